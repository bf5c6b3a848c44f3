package io.laterreporting.beam.secrets;

import io.laterreporting.beam.client.SecretSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A client secret kept in Google Cloud Secret Manager, given by its version name (global or
 * regional; a version number, {@code latest} or an alias: see {@link SecretVersionName}) and read
 * where {@link #resolve()} is called: on the worker, when the API client is built. Only the name
 * travels in the job graph, the template launch parameters and the pipeline options; the value
 * never leaves the worker. Read with Google's client library ({@code google-cloud-secretmanager})
 * through a {@link SecretManagerConnection}, by default Application Default Credentials.
 *
 * <p>The payload is read as UTF-8; line terminators at its end are dropped (a secret created with
 * {@code echo ... | gcloud secrets create --data-file=-} ends with one). Values are cached per JVM
 * for {@link #DEFAULT_CACHE_TTL}, keyed by the connection (endpoint and credentials) and the name:
 * each worker reads a version a few times per job, not per element; a rotated {@code latest} or a
 * moved alias is seen within that time.
 */
public final class SecretManagerSecretSource implements SecretSource {
  private static final long serialVersionUID = 2L;

  public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(10);

  private final SecretVersionName name;
  private final SecretManagerConnection connection;

  private SecretManagerSecretSource(SecretVersionName name, SecretManagerConnection connection) {
    this.name = Objects.requireNonNull(name, "name");
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** The version {@code name}, read with Application Default Credentials. */
  public static SecretManagerSecretSource of(String name) {
    return new SecretManagerSecretSource(
        SecretVersionName.parse(name), SecretManagerConnection.applicationDefault());
  }

  public static SecretManagerSecretSource of(
      SecretVersionName name, SecretManagerConnection connection) {
    return new SecretManagerSecretSource(name, connection);
  }

  /** The same version through another connection (endpoint, credentials). */
  public SecretManagerSecretSource withConnection(SecretManagerConnection value) {
    return new SecretManagerSecretSource(name, value);
  }

  public SecretVersionName name() {
    return name;
  }

  public SecretManagerConnection connection() {
    return connection;
  }

  @Override
  public String resolve() {
    return resolve(SecretCache.SHARED);
  }

  String resolve(SecretCache cache) {
    return cache.get(connection, name, DEFAULT_CACHE_TTL.toMillis(), this::read);
  }

  private String read() {
    String value =
        stripLineEnd(
            new String(SecretManagerAccess.access(connection, name), StandardCharsets.UTF_8));
    if (value.isEmpty()) {
      throw new SecretAccessException(
          "Secret Manager: " + name + " holds an empty secret", "OK", null);
    }
    return value;
  }

  /** Forgets every cached value of this JVM (tests; or to force a re-read after a rotation). */
  public static void clearCache() {
    SecretCache.SHARED.clear();
  }

  @Override
  public String describe() {
    return name.name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretManagerSecretSource
        && ((SecretManagerSecretSource) o).name.equals(name)
        && ((SecretManagerSecretSource) o).connection.equals(connection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, connection);
  }

  @Override
  public String toString() {
    return "SecretSource{Secret Manager " + name + " via " + connection.cacheKey() + "}";
  }

  static String stripLineEnd(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }
}
