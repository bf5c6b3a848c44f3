package io.laterreporting.beam.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The JVM's redaction of secrets and tokens from text that may reach a message or a log line (a
 * server's problem detail, a transport error): the secrets resolved and the tokens minted by every
 * {@link LaterApiClient} of this JVM, whichever client the text comes from, and anything shaped
 * like a JWT. JVM-wide because a gateway may echo another client's token in an answer to this one.
 * Bounded: the most recent {@value #MAX_REMEMBERED} secrets and tokens are remembered.
 */
final class SecretRedaction {
  static final int MAX_REMEMBERED = 512;
  static final String MASK = "***";

  /** A JWT (base64url JSON header {@code {"...}}, so {@code eyJ}), its payload and signature. */
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*)?");

  private static final Map<String, Boolean> REMEMBERED =
      new LinkedHashMap<String, Boolean>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > MAX_REMEMBERED;
        }
      };

  private SecretRedaction() {}

  /** Remembers a secret or token to mask wherever it shows up in this JVM. */
  static void remember(String value) {
    if (value == null || value.length() < 4) {
      return; // masking every "a" would destroy messages and hide nothing
    }
    synchronized (REMEMBERED) {
      REMEMBERED.put(value, Boolean.TRUE);
    }
  }

  /** {@code text} with every remembered secret and token, and every JWT, replaced by {@value #MASK}. */
  static @Nullable String redact(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    synchronized (REMEMBERED) {
      for (String value : REMEMBERED.keySet()) {
        if (out.contains(value)) {
          out = out.replace(value, MASK);
        }
      }
    }
    return JWT.matcher(out).replaceAll(MASK);
  }
}
