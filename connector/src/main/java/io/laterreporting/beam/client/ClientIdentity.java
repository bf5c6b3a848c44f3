package io.laterreporting.beam.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who asks whom: the API's base URL, the client id and a keyed hash of the client secret. The key
 * of every JVM-wide cache whose answer depends on who asks (tokens, narrowed metric lists, pages
 * parked for a split's residual), so that two reads with different credentials in one JVM never
 * share an entry, even for the same gateway, query and window.
 *
 * <p>The secret itself is never kept: only an HMAC-SHA256 of it under a random key drawn once per
 * JVM, which is worthless outside this JVM (no dictionary attack on a leaked hash) and is never
 * printed. {@link #toString()} shows the base URL and client id only.
 */
public final class ClientIdentity {
  private static final byte[] JVM_KEY = randomKey();

  private final String baseUrl;
  private final String clientId;
  private final byte[] secretHash;

  private ClientIdentity(String baseUrl, String clientId, byte[] secretHash) {
    this.baseUrl = baseUrl;
    this.clientId = clientId;
    this.secretHash = secretHash;
  }

  /** The identity of {@code clientId} with {@code secret} at {@code baseUrl}. */
  static ClientIdentity of(String baseUrl, String clientId, String secret) {
    return new ClientIdentity(
        Objects.requireNonNull(baseUrl, "baseUrl"),
        Objects.requireNonNull(clientId, "clientId"),
        hash(Objects.requireNonNull(secret, "secret")));
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String clientId() {
    return clientId;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ClientIdentity)) {
      return false;
    }
    ClientIdentity other = (ClientIdentity) o;
    return baseUrl.equals(other.baseUrl)
        && clientId.equals(other.clientId)
        && Arrays.equals(secretHash, other.secretHash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(baseUrl, clientId, Arrays.hashCode(secretHash));
  }

  /** Base URL and client id; never the secret or its hash. */
  @Override
  public String toString() {
    return "ClientIdentity{baseUrl=" + baseUrl + ", clientId=" + clientId + ", secret=***}";
  }

  private static byte[] hash(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(JVM_KEY, "HmacSHA256"));
      return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
