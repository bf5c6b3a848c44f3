package io.laterreporting.beam.secrets;

import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import java.io.IOException;
import java.io.Serializable;

/**
 * How a worker reaches Secret Manager: the settings of the client library's {@code
 * SecretManagerServiceClient} (endpoint, credentials, transport, retries) for a version. It travels
 * with the pipeline, so implementations hold how to connect, never a token or a secret.
 *
 * <p>The default, {@link #applicationDefault()}, uses Application Default Credentials (on Dataflow,
 * the worker service account) over TLS, and the regional endpoint for regional secrets. Implement
 * this to use other credentials (e.g. impersonation) or a private endpoint.
 */
public interface SecretManagerConnection extends Serializable {
  /** The client settings to read {@code name} with. */
  SecretManagerServiceSettings settings(SecretVersionName name) throws IOException;

  /**
   * Identifies the endpoint and the credentials, for the JVM-wide cache of resolved values: two
   * connections that may see different values (other credentials, other endpoint) must differ. Not
   * secret: it may appear in logs.
   */
  String cacheKey();

  /** Application Default Credentials, public endpoints (regional ones for regional secrets). */
  static SecretManagerConnection applicationDefault() {
    return ApplicationDefaultConnection.INSTANCE;
  }
}
