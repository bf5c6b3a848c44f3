package io.laterreporting.beam.secrets;

import io.laterreporting.beam.client.SecretSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client secret kept in Google Cloud Secret Manager, given by its version name ({@code
 * projects/P/secrets/S/versions/V} or {@code .../versions/latest}) and read where {@link #resolve()}
 * is called: on the worker, when the API client is built. Only the name travels in the job graph,
 * the template launch parameters and the pipeline options; the value never leaves the worker.
 *
 * <p>The payload is read as UTF-8; line terminators at its end are dropped (a secret created with
 * {@code echo ... | gcloud secrets create --data-file=-} ends with one). Values are cached per JVM
 * for {@link #DEFAULT_CACHE_TTL} (each worker reads a version a few times per job, not per element;
 * a rotated {@code latest} is seen within that time).
 */
public final class SecretManagerSecretSource implements SecretSource {
  private static final long serialVersionUID = 1L;

  public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(10);

  private static final ConcurrentHashMap<String, Cached> CACHE = new ConcurrentHashMap<>();

  private final SecretVersionName name;
  private final SecretManagerClient client;

  private SecretManagerSecretSource(SecretVersionName name, SecretManagerClient client) {
    this.name = Objects.requireNonNull(name, "name");
    this.client = Objects.requireNonNull(client, "client");
  }

  /** The version {@code name}, read from the public endpoint with Application Default Credentials. */
  public static SecretManagerSecretSource of(String name) {
    return new SecretManagerSecretSource(SecretVersionName.parse(name), RestSecretManagerClient.create());
  }

  public static SecretManagerSecretSource of(SecretVersionName name, SecretManagerClient client) {
    return new SecretManagerSecretSource(name, client);
  }

  /** The same version through another client (endpoint, credentials). */
  public SecretManagerSecretSource withClient(SecretManagerClient value) {
    return new SecretManagerSecretSource(name, value);
  }

  public SecretVersionName name() {
    return name;
  }

  public SecretManagerClient client() {
    return client;
  }

  @Override
  public String resolve() {
    String key = client.endpoint() + "|" + name.name();
    long now = System.nanoTime();
    Cached cached = CACHE.get(key);
    if (cached != null && now - cached.readAtNanos < DEFAULT_CACHE_TTL.toNanos()) {
      return cached.value;
    }
    String value = stripLineEnd(new String(client.access(name), StandardCharsets.UTF_8));
    if (value.isEmpty()) {
      throw new SecretAccessException("Secret Manager: " + name + " holds an empty secret", 200, null);
    }
    CACHE.put(key, new Cached(value, now));
    return value;
  }

  /** Forgets every cached value of this JVM (tests; or to force a re-read after a rotation). */
  public static void clearCache() {
    CACHE.clear();
  }

  @Override
  public String describe() {
    return name.name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretManagerSecretSource
        && ((SecretManagerSecretSource) o).name.equals(name)
        && ((SecretManagerSecretSource) o).client.equals(client);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, client);
  }

  @Override
  public String toString() {
    return "SecretSource{Secret Manager " + name + " via " + client.endpoint() + "}";
  }

  static String stripLineEnd(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  private static final class Cached {
    final String value;
    final long readAtNanos;

    Cached(String value, long readAtNanos) {
      this.value = value;
      this.readAtNanos = readAtNanos;
    }

    @Override
    public String toString() {
      return "Cached{***}";
    }
  }
}
