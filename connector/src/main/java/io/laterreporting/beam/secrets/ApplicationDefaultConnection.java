package io.laterreporting.beam.secrets;

import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import java.io.IOException;

/**
 * Application Default Credentials (the library's default credentials provider: on Dataflow the
 * worker's service account, elsewhere {@code GOOGLE_APPLICATION_CREDENTIALS} or gcloud's user
 * credentials), over TLS to {@code secretmanager.googleapis.com}, or to {@code
 * secretmanager.LOCATION.rep.googleapis.com} for a regional secret (regional secrets are served by
 * their region's endpoint only).
 */
final class ApplicationDefaultConnection implements SecretManagerConnection {
  private static final long serialVersionUID = 1L;
  static final ApplicationDefaultConnection INSTANCE = new ApplicationDefaultConnection();

  private ApplicationDefaultConnection() {}

  @Override
  public SecretManagerServiceSettings settings(SecretVersionName name) throws IOException {
    SecretManagerServiceSettings.Builder settings = SecretManagerServiceSettings.newBuilder();
    name.location().ifPresent(location -> settings.setEndpoint(regionalEndpoint(location)));
    return settings.build();
  }

  static String regionalEndpoint(String location) {
    return "secretmanager." + location + ".rep.googleapis.com:443";
  }

  @Override
  public String cacheKey() {
    return "application-default-credentials";
  }

  private Object readResolve() {
    return INSTANCE;
  }

  @Override
  public String toString() {
    return "ApplicationDefaultCredentials";
  }
}
