package io.laterreporting.beam.client;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import javax.net.ssl.SSLContext;
import org.apache.http.config.ConnectionConfig;
import org.apache.http.config.MessageConstraints;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.ssl.SSLContexts;

/**
 * The one HTTP transport of the JVM: google-http-client over Apache HttpClient 4.5 with a pooled
 * connection manager (64 connections in all, 32 per host), shared by every {@link LaterApiClient}.
 *
 * <p>Why not the default {@code NetHttpTransport}: it relies on {@code HttpURLConnection}'s
 * keep-alive cache, which keeps at most 5 idle connections per host ({@code http.maxConnections}, a
 * JVM-wide system property we should not change under a runner): with 16-32 reader threads most
 * requests would open a new TCP/TLS connection. Apache's pool is sized here, per transport, and
 * reuses connections; its automatic retries and redirects are off (this client retries itself and a
 * redirect could carry the bearer token elsewhere); stale pooled connections are revalidated after
 * 2 s idle.
 *
 * <p>Its connections never log headers or bodies ({@link TransportLogging}), every attempt runs
 * under a deadline ({@link RequestBounds}), and a status line or header longer than {@value
 * #MAX_HEADER_LINE} characters, or more than {@value #MAX_HEADER_COUNT} headers, end the answer.
 */
final class SharedTransport {
  static final int MAX_TOTAL = 64;
  static final int MAX_PER_ROUTE = 32;
  static final int MAX_HEADER_LINE = 16_384;
  static final int MAX_HEADER_COUNT = 200;

  private SharedTransport() {}

  private static final class Holder {
    static final ApacheHttpTransport TRANSPORT = create(SSLContexts.createDefault());
  }

  static HttpTransport get() {
    return Holder.TRANSPORT;
  }

  /** A transport like the shared one that trusts what {@code tls} trusts (tests). */
  static ApacheHttpTransport create(SSLContext tls) {
    TransportLogging.install();
    PoolingHttpClientConnectionManager pool =
        new PoolingHttpClientConnectionManager(
            RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", PlainConnectionSocketFactory.getSocketFactory())
                .register(
                    "https",
                    new SSLConnectionSocketFactory(
                        tls, SSLConnectionSocketFactory.getDefaultHostnameVerifier()))
                .build(),
            TransportLogging.quietConnections());
    pool.setDefaultConnectionConfig(
        ConnectionConfig.custom()
            .setMessageConstraints(
                MessageConstraints.custom()
                    .setMaxLineLength(MAX_HEADER_LINE)
                    .setMaxHeaderCount(MAX_HEADER_COUNT)
                    .build())
            .build());
    pool.setMaxTotal(MAX_TOTAL);
    pool.setDefaultMaxPerRoute(MAX_PER_ROUTE);
    pool.setValidateAfterInactivity(2_000);
    CloseableHttpClient http =
        HttpClientBuilder.create()
            .useSystemProperties()
            .setConnectionManager(pool)
            .setConnectionManagerShared(false)
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableContentCompression() // google-http-client asks for and decodes gzip itself
            .disableCookieManagement()
            .build();
    return new ApacheHttpTransport(RequestBounds.withDeadlines(http));
  }
}
