package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Certificates are verified: a loopback HTTPS server with a self-signed certificate (made here with
 * the JDK's {@code keytool}) is refused at the handshake, at once, before the secret is sent. A
 * handshake dropped on the way (a load balancer resetting it) is not a certificate failure: it is
 * retried, and the next attempt succeeds.
 */
@RunWith(JUnit4.class)
public class TlsVerificationTest {
  private static final String SECRET = "tls-test-secret";

  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private HttpsServer server;
  private KeyStore keys;
  private SSLContext serverTls;
  private final AtomicInteger requestsSeen = new AtomicInteger();

  @Before
  public void startSelfSignedServer() throws Exception {
    Path keystore = folder.getRoot().toPath().resolve("self-signed.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals("keytool: " + output, 0, keytool.waitFor());

    keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(keystore.toFile())) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, "changeit".toCharArray());
    serverTls = SSLContext.getInstance("TLS");
    serverTls.init(keyManagers.getKeyManagers(), null, null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
    server.createContext(
        "/",
        exchange -> {
          requestsSeen.incrementAndGet();
          byte[] body = "{\"jwt\":\"x.y.z\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @After
  public void stopServer() {
    server.stop(0);
  }

  @Test
  public void givenASelfSignedCertificate_thenTheHandshakeFailsAtOnceAndNothingIsSent() {
    String baseUrl = "https://127.0.0.1:" + server.getAddress().getPort();
    try (LaterApiClient client =
        LaterApiClient.create(
            ApiClientConfig.of(baseUrl, "tls-client", SecretSources.ofValue(SECRET)),
            ClientObserver.NONE)) {
      LaterApiException failure =
          assertThrows(LaterApiException.class, () -> client.instances(PageRequest.first(10)));
      assertThat(failure.getMessage(), containsString("TLS handshake failed"));
      assertThat(failure.getMessage(), containsString("POST /oauth/token"));
      assertThat(failure.getMessage(), not(containsString(SECRET)));
    }
    assertEquals(0, requestsSeen.get());
  }

  @Test
  public void givenAHandshakeDroppedOnce_thenTheAttemptIsRetriedAndTheNextSucceeds()
      throws Exception {
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keys);
    SSLContext clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, trust.getTrustManagers(), null);
    ClientRuntime runtime =
        new ClientRuntime(
            SharedTransport.create(clientTls),
            new TokenCache(ClientRuntime.SYSTEM_CLOCK),
            new RateLimiters(ClientRuntime.SYSTEM_CLOCK),
            ClientRuntime.SYSTEM_CLOCK,
            ClientRuntime.REAL_SLEEPER,
            () -> 0.5);
    RawServer[] self = new RawServer[1];
    self[0] =
        new RawServer(
            (socket, connection) -> {
              if (connection == 0) {
                socket
                    .getInputStream()
                    .read(new byte[64]); // the ClientHello's first bytes, then gone
                return;
              }
              SSLSocket tls =
                  (SSLSocket)
                      serverTls.getSocketFactory().createSocket(socket, (InputStream) null, true);
              tls.setUseClientMode(false);
              while (true) {
                String request = self[0].readRequest(tls.getInputStream());
                if (request.startsWith("POST /oauth/token")) {
                  RawServer.token(tls.getOutputStream());
                } else {
                  byte[] page =
                      "{\"data\":[],\"nextCursor\":null}".getBytes(StandardCharsets.US_ASCII);
                  tls.getOutputStream()
                      .write(
                          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  + "Content-Length: "
                                  + page.length
                                  + "\r\n\r\n")
                              .getBytes(StandardCharsets.US_ASCII));
                  tls.getOutputStream().write(page);
                  tls.getOutputStream().flush();
                }
              }
            });
    RecordingObserver observer = new RecordingObserver();
    try (RawServer raw = self[0];
        LaterApiClient client =
            LaterApiClient.create(
                ApiClientConfig.builder()
                    .setBaseUrl("https://127.0.0.1:" + raw.port())
                    .setCredentials("tls-client", SecretSources.ofValue(SECRET))
                    .setRetryPolicy(
                        RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(10)))
                    .build(),
                observer,
                runtime)) {
      assertEquals(List.of(), client.instances(PageRequest.first(10)).instanceIds());
      assertEquals(
          "one retry, for the dropped handshake", List.of(RetryCause.CONNECTION), observer.retries);
      assertEquals(
          "the dropped connection, then one that served every request", 2, raw.connections());
    }
  }
}
