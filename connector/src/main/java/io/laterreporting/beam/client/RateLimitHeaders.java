package io.laterreporting.beam.client;

import com.google.api.client.http.HttpHeaders;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the server's headers say about pacing: {@code X-Ratelimit-Limit}/{@code X-Ratelimit-Window}
 * (taught to the rate limiter on every answer), {@code X-Ratelimit-Remaining} and {@code
 * Retry-After} (seconds or an HTTP date).
 */
final class RateLimitHeaders {
  private static final Pattern LEADING_INT = Pattern.compile("^\\s*(\\d{1,9})");

  /** The window the API means when it sends a limit without one. */
  private static final int DEFAULT_WINDOW_SECONDS = 60;

  private RateLimitHeaders() {}

  /** Teaches {@code limiter} the budget the headers announce, if they announce one. */
  static void learn(HttpHeaders headers, RateLimiter limiter) {
    Integer limit = leadingInt(headers.getFirstHeaderStringValue("X-Ratelimit-Limit"));
    Integer window = leadingInt(headers.getFirstHeaderStringValue("X-Ratelimit-Window"));
    if (limit != null && limit > 0) {
      limiter.learn(
          limit, (window != null && window > 0 ? window : DEFAULT_WINDOW_SECONDS) * 1000L);
    }
  }

  /** {@code X-Ratelimit-Remaining}: requests left in the gateway's current window, if it says. */
  static @Nullable Integer remaining(@Nullable HttpHeaders headers) {
    return headers == null
        ? null
        : leadingInt(headers.getFirstHeaderStringValue("X-Ratelimit-Remaining"));
  }

  private static @Nullable Integer leadingInt(@Nullable String v) {
    if (v == null) {
      return null;
    }
    Matcher m = LEADING_INT.matcher(v);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * {@code Retry-After} as seconds or an HTTP date, in milliseconds from {@code nowMillis}; null if
   * absent or unreadable.
   */
  static @Nullable Long retryAfterMillis(HttpHeaders headers, long nowMillis) {
    String v = headers.getFirstHeaderStringValue("Retry-After");
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.trim();
    try {
      if (v.matches("\\d+(\\.\\d+)?")) {
        return (long) (Double.parseDouble(v) * 1000);
      }
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Math.max(0, at.toInstant().toEpochMilli() - nowMillis);
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }
}
