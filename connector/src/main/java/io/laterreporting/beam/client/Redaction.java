package io.laterreporting.beam.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Keeps secrets and tokens out of any text that may reach a message or a log: problem bodies echo
 * what they were sent, and exceptions carry their causes' messages.
 *
 * <p>JVM-wide: the secrets resolved and the tokens minted by every {@link LaterApiClient} of this
 * JVM are masked in every client's text (a gateway may echo another client's token in an answer to
 * this one), and so is anything shaped like a JWT. Bounded: the most recent {@value
 * #MAX_REMEMBERED} secrets and tokens are remembered.
 */
final class Redaction {
  static final int MAX_REMEMBERED = 512;
  private static final String MASK = "***";

  /** A JWT: base64url JSON header ({@code eyJ}), a dot, its payload, perhaps a signature. */
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*)?");

  private static final Map<String, Boolean> REMEMBERED =
      new LinkedHashMap<String, Boolean>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > MAX_REMEMBERED;
        }
      };

  Redaction(String secret) {
    remember(secret);
  }

  /** Remembers a freshly minted token so later text, of any client, is scrubbed of it too. */
  void minted(String jwt) {
    remember(jwt);
  }

  private static void remember(String value) {
    if (value == null || value.length() < 4) {
      return; // masking every "a" would garble messages and hide nothing
    }
    synchronized (REMEMBERED) {
      REMEMBERED.put(value, Boolean.TRUE);
    }
  }

  /**
   * {@code s} without any secret or token known to the JVM, nor anything like a JWT; null stays
   * null.
   */
  @Nullable String redact(@Nullable String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    String out = s;
    synchronized (REMEMBERED) {
      for (String value : REMEMBERED.keySet()) {
        if (out.contains(value)) {
          out = out.replace(value, MASK);
        }
      }
    }
    return JWT.matcher(out).replaceAll(MASK);
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
