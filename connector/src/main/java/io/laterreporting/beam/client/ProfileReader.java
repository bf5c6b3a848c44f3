package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.laterreporting.beam.records.CreatorProfile;
import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A creator's profile object ({@code creatorProfile} of a post, an item of {@code
 * creator.profiles}): {@code handleName}, {@code network}, {@code fullName}, {@code profileImage},
 * {@code profileLink}; other members are kept under {@code <key>.<member>}.
 */
final class ProfileReader {
  private ProfileReader() {}

  /**
   * The profile the parser is on (null if the value is null; kept under {@code key} if not an
   * object).
   */
  static @Nullable CreatorProfile read(JsonParser p, JsonToken t, String key, Leftovers left)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      left.field(key, JsonValues.raw(p));
      return null;
    }
    String[] v = new String[5];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken vt = p.nextToken();
      int i = member(f);
      if (i < 0) {
        left.field(key + "." + f, JsonValues.raw(p));
      } else {
        v[i] = JsonValues.stringOrKeep(p, vt, key + "." + f, left);
      }
    }
    return CreatorProfile.of(v[0], v[1], v[2], v[3], v[4]);
  }

  private static int member(String f) {
    switch (f) {
      case "handleName":
        return 0;
      case "network":
        return 1;
      case "fullName":
        return 2;
      case "profileImage":
        return 3;
      case "profileLink":
        return 4;
      default:
        return -1;
    }
  }
}
