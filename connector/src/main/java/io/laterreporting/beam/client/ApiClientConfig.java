package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Everything a {@link LaterApiClient} needs: where the API is, who we are, timeouts and retries.
 *
 * <p>{@link #baseUrl()} must be an absolute {@code https://} URL; plain {@code http://} is accepted
 * only for a loopback host (an emulator: {@code localhost} or a literal loopback address, never a
 * name that merely looks like one, such as {@code 127.example.com}) unless {@link
 * #allowInsecureHttp()} is set, because the client secret and the bearer token travel in clear text
 * over it. The stored URL has no trailing slash. A URL with user info is refused, and is never
 * echoed with it in a message. {@link #toString()} never shows the secret.
 *
 * <p>Every attempt is bounded: {@link #requestDeadline()} for the whole attempt (connection,
 * request, the answer's headers and whole body; a trickling server is cut off), {@link
 * #maxResponseBytes()} for the answer's body (a larger one fails the request at once, unread).
 */
@AutoValue
public abstract class ApiClientConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  static {
    // As early as a read is configured or deserialized on a worker, before the first request of any
    // HTTP client in the JVM (Google's too): their request dumps never reach a log.
    TransportLogging.install();
  }

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Two minutes: a page takes well under a second to serve; a generous margin for slow gateways.
   */
  public static final Duration DEFAULT_REQUEST_DEADLINE = Duration.ofMinutes(2);

  /** 64 MiB: a page of the API's largest size is well under 1 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

  /** The largest {@link #maxResponseBytes()} allowed: 1 GiB. */
  public static final long MAX_RESPONSE_BYTES_LIMIT = 1L << 30;

  public abstract String baseUrl();

  public abstract ClientCredentials credentials();

  public abstract Duration connectTimeout();

  public abstract Duration readTimeout();

  /** The deadline of one attempt, from sending to the last byte of the answer. */
  public abstract Duration requestDeadline();

  /** The largest answer body accepted, in bytes (after decompression). */
  public abstract long maxResponseBytes();

  public abstract RetryPolicy retryPolicy();

  public abstract boolean allowInsecureHttp();

  /**
   * This JVM's share of the gateway's request budget, in requests per minute; 0 (default): no
   * share, the client paces by what the gateway says and does. Shared by every client of the base
   * URL in the JVM (the lowest share set wins).
   */
  public abstract int maxRequestsPerMinute();

  /** Which pagination generation to speak; {@link PaginationMode#AUTO} detects it. */
  public abstract PaginationMode pagination();

  public static Builder builder() {
    return new AutoValue_ApiClientConfig.Builder()
        .setConnectTimeout(DEFAULT_CONNECT_TIMEOUT)
        .setReadTimeout(DEFAULT_READ_TIMEOUT)
        .setRequestDeadline(DEFAULT_REQUEST_DEADLINE)
        .setMaxResponseBytes(DEFAULT_MAX_RESPONSE_BYTES)
        .setRetryPolicy(RetryPolicy.defaults())
        .setAllowInsecureHttp(false)
        .setMaxRequestsPerMinute(0)
        .setPagination(PaginationMode.AUTO);
  }

  /** A config with default timeouts and retries. */
  public static ApiClientConfig of(String baseUrl, String clientId, SecretSource secret) {
    return builder()
        .setBaseUrl(baseUrl)
        .setCredentials(ClientCredentials.of(clientId, secret))
        .build();
  }

  public abstract Builder toBuilder();

  public ApiClientConfig withBaseUrl(String value) {
    return toBuilder().setBaseUrl(value).build();
  }

  public ApiClientConfig withCredentials(ClientCredentials value) {
    return toBuilder().setCredentials(value).build();
  }

  public ApiClientConfig withConnectTimeout(Duration value) {
    return toBuilder().setConnectTimeout(value).build();
  }

  public ApiClientConfig withReadTimeout(Duration value) {
    return toBuilder().setReadTimeout(value).build();
  }

  public ApiClientConfig withRequestDeadline(Duration value) {
    return toBuilder().setRequestDeadline(value).build();
  }

  public ApiClientConfig withMaxResponseBytes(long value) {
    return toBuilder().setMaxResponseBytes(value).build();
  }

  public ApiClientConfig withRetryPolicy(RetryPolicy value) {
    return toBuilder().setRetryPolicy(value).build();
  }

  public ApiClientConfig withAllowInsecureHttp(boolean value) {
    return toBuilder().setAllowInsecureHttp(value).build();
  }

  public ApiClientConfig withMaxRequestsPerMinute(int value) {
    return toBuilder().setMaxRequestsPerMinute(value).build();
  }

  public ApiClientConfig withPagination(PaginationMode value) {
    return toBuilder().setPagination(value).build();
  }

  @Override
  public final String toString() {
    return "ApiClientConfig{baseUrl="
        + baseUrl()
        + ", credentials="
        + credentials()
        + ", connectTimeout="
        + connectTimeout()
        + ", readTimeout="
        + readTimeout()
        + ", requestDeadline="
        + requestDeadline()
        + ", maxResponseBytes="
        + maxResponseBytes()
        + ", retryPolicy="
        + retryPolicy()
        + ", allowInsecureHttp="
        + allowInsecureHttp()
        + ", pagination="
        + pagination()
        + ", maxRequestsPerMinute="
        + maxRequestsPerMinute()
        + "}";
  }

  /** Builder of {@link ApiClientConfig}; {@link #build()} validates and normalizes. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setBaseUrl(String value);

    public abstract Builder setCredentials(ClientCredentials value);

    /** Shortcut for {@code setCredentials(ClientCredentials.of(clientId, secret))}. */
    public Builder setCredentials(String clientId, SecretSource secret) {
      return setCredentials(ClientCredentials.of(clientId, secret));
    }

    public abstract Builder setConnectTimeout(Duration value);

    public abstract Builder setReadTimeout(Duration value);

    public abstract Builder setRequestDeadline(Duration value);

    public abstract Builder setMaxResponseBytes(long value);

    public abstract Builder setRetryPolicy(RetryPolicy value);

    public abstract Builder setAllowInsecureHttp(boolean value);

    public abstract Builder setMaxRequestsPerMinute(int value);

    public abstract Builder setPagination(PaginationMode value);

    abstract String baseUrl();

    abstract boolean allowInsecureHttp();

    abstract ApiClientConfig autoBuild();

    public ApiClientConfig build() {
      try {
        setBaseUrl(normalizeBaseUrl(baseUrl(), allowInsecureHttp()));
      } catch (IllegalStateException unset) {
        throw new IllegalArgumentException(
            "baseUrl: got nothing; an absolute https:// URL is required");
      }
      ApiClientConfig c;
      try {
        c = autoBuild();
      } catch (IllegalStateException missing) {
        throw new IllegalArgumentException(
            "credentials: got nothing; ClientCredentials.of(clientId, secretSource) is required ("
                + missing.getMessage()
                + ")");
      }
      Checks.positive("connectTimeout", c.connectTimeout());
      Checks.positive("readTimeout", c.readTimeout());
      Checks.positive("requestDeadline", c.requestDeadline());
      if (c.maxResponseBytes() < 1024 || c.maxResponseBytes() > MAX_RESPONSE_BYTES_LIMIT) {
        throw new IllegalArgumentException(
            "maxResponseBytes: got "
                + c.maxResponseBytes()
                + "; allowed 1024 to "
                + MAX_RESPONSE_BYTES_LIMIT
                + " bytes");
      }
      if (c.maxRequestsPerMinute() < 0) {
        throw new IllegalArgumentException(
            "maxRequestsPerMinute: got "
                + c.maxRequestsPerMinute()
                + "; 0 (no share) or a positive number of requests is required");
      }
      return c;
    }
  }

  static String normalizeBaseUrl(String url, boolean allowInsecureHttp) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(
          "baseUrl: got "
              + (url == null ? "null" : "'" + url + "'")
              + "; an absolute https:// URL is required");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "baseUrl: got '"
              + BaseUrls.redacted(url)
              + "', which is not a URL ("
              + e.getReason()
              + "); an absolute https:// URL is required");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl: got '"
              + BaseUrls.redacted(url)
              + "'; an absolute http(s) URL with a host is required, e.g. https://reporting.api.later.com");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "baseUrl: got '"
              + BaseUrls.redacted(url)
              + "'; allowed scheme, host, port and path only (no user info, query or fragment)");
    }
    if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException(
          "baseUrl: got '"
              + BaseUrls.redacted(url)
              + "'; plain http:// is allowed only to a loopback host (localhost, 127.0.0.0/8, ::1)"
              + " unless allowInsecureHttp(true): the secret and the token would travel in clear text");
    }
    String s = uri.toString().trim();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost")) {
      return true; // not "*.localhost": whether a resolver maps those to loopback is up to it
    }
    // Literal addresses only: never resolve a name here (no DNS during validation).
    if (h.matches("[0-9.]+") || h.contains(":")) {
      try {
        return InetAddress.getByName(h).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }
}
