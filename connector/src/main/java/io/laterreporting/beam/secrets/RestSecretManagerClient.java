package io.laterreporting.beam.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * Secret Manager's REST API v1, {@code GET {endpoint}/v1/{name}:access}, through google-http-client
 * with a bearer token from an {@link AccessTokenSource} (by default Application Default
 * Credentials). Retries 429, 5xx and I/O failures with exponential backoff; fails at once on other
 * answers, naming the version, the HTTP status and Google's error message (never the payload).
 * Verifies the payload's CRC32C when the answer carries one.
 */
public final class RestSecretManagerClient implements SecretManagerClient {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_ENDPOINT = "https://secretmanager.googleapis.com";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_CHARS_IN_MESSAGE = 300;

  private final String endpoint;
  private final AccessTokenSource tokens;
  private final Duration timeout;
  private final int maxAttempts;
  private final Duration initialBackoff;

  private RestSecretManagerClient(
      String endpoint, AccessTokenSource tokens, Duration timeout, int maxAttempts, Duration initialBackoff) {
    this.endpoint = endpoint;
    this.tokens = tokens;
    this.timeout = timeout;
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
  }

  /** The public endpoint with Application Default Credentials, 4 attempts, 20 s timeouts. */
  public static RestSecretManagerClient create() {
    return new RestSecretManagerClient(
        DEFAULT_ENDPOINT, ApplicationDefaultTokenSource.INSTANCE, Duration.ofSeconds(20), 4, Duration.ofMillis(500));
  }

  /**
   * Another endpoint: a regional one ({@code https://secretmanager.REGION.rep.googleapis.com}), a
   * private service connect name, or a local stand-in in tests ({@code http://127.0.0.1:PORT}; plain
   * http only to loopback, since the access token travels with each request).
   */
  public RestSecretManagerClient withEndpoint(String value) {
    return new RestSecretManagerClient(normalizeEndpoint(value), tokens, timeout, maxAttempts, initialBackoff);
  }

  public RestSecretManagerClient withTokenSource(AccessTokenSource value) {
    return new RestSecretManagerClient(endpoint, Objects.requireNonNull(value, "tokenSource"), timeout, maxAttempts, initialBackoff);
  }

  /** Attempts in all (1 = no retry) and the first backoff, doubled after each retry. */
  public RestSecretManagerClient withRetries(int attempts, Duration firstBackoff) {
    if (attempts < 1 || firstBackoff.isNegative()) {
      throw new IllegalArgumentException("attempts must be >= 1 and firstBackoff >= 0, but were " + attempts + ", " + firstBackoff);
    }
    return new RestSecretManagerClient(endpoint, tokens, timeout, attempts, firstBackoff);
  }

  @Override
  public String endpoint() {
    return endpoint;
  }

  @Override
  public byte[] access(SecretVersionName name) {
    String where = "Secret Manager: cannot access " + name + " at " + endpoint;
    Duration backoff = initialBackoff;
    for (int attempt = 1; ; attempt++) {
      int status = 0;
      String reason;
      IOException failure = null;
      try {
        HttpRequest request =
            Transport.TRANSPORT
                .createRequestFactory()
                .buildGetRequest(new GenericUrl(endpoint + "/v1/" + name.name() + ":access"));
        request.getHeaders().setAuthorization("Bearer " + tokens.accessToken());
        request.setConnectTimeout((int) timeout.toMillis());
        request.setReadTimeout((int) timeout.toMillis());
        request.setThrowExceptionOnExecuteError(false);
        request.setNumberOfRetries(0);
        request.setFollowRedirects(false);
        request.setLoggingEnabled(false);
        HttpResponse response = request.execute();
        try {
          status = response.getStatusCode();
          if (status == 200) {
            return payload(name, where, response.getContent());
          }
          reason = "HTTP " + status + errorDetail(response.getContent());
        } finally {
          response.disconnect();
        }
      } catch (IOException e) {
        failure = e;
        reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
      boolean transient_ = failure != null || status == 429 || status >= 500;
      if (!transient_ || attempt >= maxAttempts) {
        throw new SecretAccessException(
            where + ": " + reason + hint(status) + (transient_ ? " (after " + attempt + " attempts)" : ""),
            status,
            failure);
      }
      try {
        Thread.sleep(backoff.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SecretAccessException(where + ": interrupted while retrying after " + reason, status, e);
      }
      backoff = backoff.multipliedBy(2);
    }
  }

  private static byte[] payload(SecretVersionName name, String where, InputStream body) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      // The exception would quote the body, which holds the secret.
      throw new SecretAccessException(where + ": the answer is not JSON", 200, null);
    }
    JsonNode data = root == null ? null : root.path("payload").get("data");
    if (data == null || !data.isTextual()) {
      throw new SecretAccessException(where + ": the answer has no payload.data", 200, null);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(data.asText());
    } catch (IllegalArgumentException e) {
      throw new SecretAccessException(where + ": payload.data is not base64", 200, null);
    }
    JsonNode crc = root.path("payload").get("dataCrc32c");
    if (crc != null && !crc.isNull()) {
      CRC32C expected = new CRC32C();
      expected.update(bytes);
      if (!Long.toString(expected.getValue()).equals(crc.asText())) {
        throw new SecretAccessException(where + ": the payload does not match its dataCrc32c (corrupted in transit)", 200, null);
      }
    }
    return bytes;
  }

  /** Google's error status and message ({"error":{"status","message"}}), which never hold a payload. */
  private static String errorDetail(InputStream body) {
    if (body == null) {
      return "";
    }
    try {
      JsonNode error = JSON.readTree(body).path("error");
      String status = error.path("status").asText("");
      String message = error.path("message").asText("");
      if (message.length() > MAX_BODY_CHARS_IN_MESSAGE) {
        message = message.substring(0, MAX_BODY_CHARS_IN_MESSAGE) + "...";
      }
      String detail = (status + " " + message).trim();
      return detail.isEmpty() ? "" : " " + detail;
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String hint(int status) {
    switch (status) {
      case 401:
        return "; the access token was rejected: check the credentials of the worker (Application Default Credentials)";
      case 403:
        return "; the service account that resolves it (on Dataflow: the worker service account) needs"
            + " roles/secretmanager.secretAccessor on the secret, and the Secret Manager API must be enabled";
      case 404:
        return "; no such secret or version in that project";
      case 400:
        return "; a disabled or destroyed version answers FAILED_PRECONDITION";
      default:
        return "";
    }
  }

  static String normalizeEndpoint(String value) {
    if (value == null) {
      throw new IllegalArgumentException("endpoint: got null; e.g. " + DEFAULT_ENDPOINT);
    }
    String s = value.trim().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint: got '" + value + "', not a URL; e.g. " + DEFAULT_ENDPOINT);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean loopback =
        uri.getHost() != null
            && (uri.getHost().equals("localhost") || uri.getHost().startsWith("127.") || uri.getHost().equals("[::1]"));
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && loopback)
        || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "endpoint: got '" + value + "'; an https:// URL (http:// only to a loopback host) without query is required, e.g. "
              + DEFAULT_ENDPOINT);
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RestSecretManagerClient)) {
      return false;
    }
    RestSecretManagerClient other = (RestSecretManagerClient) o;
    return endpoint.equals(other.endpoint) && tokens.equals(other.tokens) && timeout.equals(other.timeout)
        && maxAttempts == other.maxAttempts && initialBackoff.equals(other.initialBackoff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endpoint, tokens, timeout, maxAttempts, initialBackoff);
  }

  @Override
  public String toString() {
    return "RestSecretManagerClient{endpoint=" + endpoint + ", credentials=" + tokens + "}";
  }

  /** One JDK transport per JVM: Secret Manager is called a few times per worker, not per element. */
  private static final class Transport {
    static final HttpTransport TRANSPORT = new NetHttpTransport();
  }
}
