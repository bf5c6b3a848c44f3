package io.laterreporting.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Generation B cursors: opaque base64url text holding the query's fingerprint and an offset. */
final class CursorCodec {
  private static final String VERSION = "c1";

  private CursorCodec() {}

  static String encode(long queryFingerprint, int offset) {
    String text = VERSION + ":" + Long.toHexString(queryFingerprint) + ":" + offset;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The offset the cursor points at, if it was issued for the query with this fingerprint. */
  static int decode(String cursor, long queryFingerprint) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
    } catch (IllegalArgumentException e) {
      throw ApiProblem.validation("nextCursor is not a cursor issued by this API.");
    }
    if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[2].matches("\\d{1,9}")) {
      throw ApiProblem.validation("nextCursor is not a cursor issued by this API.");
    }
    if (!parts[1].equals(Long.toHexString(queryFingerprint))) {
      throw ApiProblem.validation(
          "nextCursor was issued for a different query: a cursor is only"
              + " valid with exactly the parameters of the request that returned it.");
    }
    return Integer.parseInt(parts[2]);
  }
}
