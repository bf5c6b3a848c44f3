package io.laterreporting.beam.client;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The one HTTP transport of the JVM: google-http-client over Apache HttpClient 4.5 with a pooled
 * connection manager (64 connections in all, 32 per host), shared by every {@link LaterApiClient}.
 *
 * <p>Why not the default {@code NetHttpTransport}: it relies on {@code HttpURLConnection}'s
 * keep-alive cache, which keeps at most 5 idle connections per host ({@code http.maxConnections},
 * a JVM-wide system property we should not change under a runner): with 16-32 reader threads most
 * requests would open a new TCP/TLS connection. Apache's pool is sized here, per transport, and
 * reuses connections; its automatic retries and redirects are off (this client retries itself and a
 * redirect could carry the bearer token elsewhere); stale pooled connections are revalidated after
 * 2 s idle.
 */
final class SharedTransport {
  static final int MAX_TOTAL = 64;
  static final int MAX_PER_ROUTE = 32;

  private SharedTransport() {}

  private static final class Holder {
    static final ApacheHttpTransport TRANSPORT = create();
  }

  static HttpTransport get() {
    return Holder.TRANSPORT;
  }

  private static ApacheHttpTransport create() {
    PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
    pool.setMaxTotal(MAX_TOTAL);
    pool.setDefaultMaxPerRoute(MAX_PER_ROUTE);
    pool.setValidateAfterInactivity(2_000);
    CloseableHttpClient http = HttpClientBuilder.create()
        .useSystemProperties()
        .setConnectionManager(pool)
        .setConnectionManagerShared(false)
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression() // google-http-client asks for and decodes gzip itself
        .disableCookieManagement()
        .build();
    return new ApacheHttpTransport(http);
  }
}
