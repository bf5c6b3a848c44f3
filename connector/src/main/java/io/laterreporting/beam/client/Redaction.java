package io.laterreporting.beam.client;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Keeps the client's secret and the last token it minted out of any text that may reach a message
 * or a log: problem bodies echo what they were sent, and exceptions carry their causes' messages.
 */
final class Redaction {
  private static final String MASK = "***";

  private final String secret;
  private volatile @Nullable String lastJwt;

  Redaction(String secret) {
    this.secret = secret;
  }

  /** Remembers a freshly minted token so later text is scrubbed of it too. */
  void minted(String jwt) {
    lastJwt = jwt;
  }

  /** {@code s} without the secret and the last token; null stays null. */
  @Nullable String redact(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String out = s.replace(secret, MASK);
    String jwt = lastJwt;
    if (jwt != null) {
      out = out.replace(jwt, MASK);
    }
    return out;
  }

  /** {@code p} with its type, title and detail redacted. */
  Problem sanitize(Problem p) {
    return new Problem(redact(p.type), redact(p.title), redact(p.detail), p.extensions, p.arrays);
  }

  /** The first line of {@code s} ("" for null): exception messages may carry a body after it. */
  static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
