package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;

/** The client id and where its secret comes from. {@link #toString()} never shows the secret. */
@AutoValue
public abstract class ClientCredentials implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract String clientId();

  public abstract SecretSource secret();

  public static ClientCredentials of(String clientId, SecretSource secret) {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException(
          "clientId: got "
              + (clientId == null ? "null" : "'" + clientId + "'")
              + "; a non-blank client id is required");
    }
    if (secret == null) {
      throw new IllegalArgumentException(
          "secret: got null; a SecretSource is required (e.g. SecretSources.ofValue)");
    }
    return new AutoValue_ClientCredentials(clientId, secret);
  }

  @Override
  public final String toString() {
    return "ClientCredentials{clientId="
        + clientId()
        + ", secret=<"
        + secret().describe()
        + ", ***>}";
  }
}
