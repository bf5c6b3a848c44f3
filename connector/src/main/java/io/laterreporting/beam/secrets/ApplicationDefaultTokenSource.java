package io.laterreporting.beam.secrets;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.util.List;

/**
 * Application Default Credentials with the {@code cloud-platform} scope: on Dataflow, the worker's
 * service account (metadata server); elsewhere {@code GOOGLE_APPLICATION_CREDENTIALS} or the gcloud
 * user credentials. Loaded lazily, once per JVM, and refreshed by the library when they expire.
 */
final class ApplicationDefaultTokenSource implements AccessTokenSource {
  private static final long serialVersionUID = 1L;
  static final ApplicationDefaultTokenSource INSTANCE = new ApplicationDefaultTokenSource();
  private static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/cloud-platform");

  private static volatile GoogleCredentials credentials;

  private ApplicationDefaultTokenSource() {}

  @Override
  public String accessToken() throws IOException {
    GoogleCredentials c = credentials;
    if (c == null) {
      synchronized (ApplicationDefaultTokenSource.class) {
        c = credentials;
        if (c == null) {
          c = GoogleCredentials.getApplicationDefault().createScoped(SCOPES);
          credentials = c;
        }
      }
    }
    c.refreshIfExpired();
    AccessToken token = c.getAccessToken();
    if (token == null) {
      throw new IOException("Application Default Credentials gave no access token");
    }
    return token.getTokenValue();
  }

  private Object readResolve() {
    return INSTANCE;
  }

  @Override
  public String toString() {
    return "ApplicationDefaultCredentials";
  }
}
