package io.laterreporting.beam.client;

import org.checkerframework.checker.nullness.qual.Nullable;

/** How a base URL given by a user may be shown back to them in a message. */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * {@code url} with any user info (e.g. {@code https://user:password@host}) replaced by {@code
   * ***}, for messages that quote a URL given by a user. Everything up to the last {@code @} after
   * the scheme's {@code //} is masked, so a password holding a {@code /} or an {@code @} is masked
   * whole; a URL without {@code @} is returned as given.
   */
  public static @Nullable String redacted(@Nullable String url) {
    if (url == null) {
      return null;
    }
    int at = url.lastIndexOf('@');
    if (at < 0) {
      return url;
    }
    int slashes = url.indexOf("//");
    int start = slashes >= 0 && slashes < at ? slashes + 2 : 0;
    return url.substring(0, start) + "***@" + url.substring(at + 1);
  }
}
