package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Every attempt is bounded in time and size: a server that trickles its answer is cut off at the
 * attempt's deadline (and the attempt retried), an answer larger than the maximum fails at once
 * without being read on. Each within seconds, whatever the read timeout.
 */
@RunWith(JUnit4.class)
public class RequestBoundsTest {
  private static final String SECRET = "bounds-test-secret";
  private static final RetryPolicy TWO_FAST_ATTEMPTS =
      RetryPolicy.defaults()
          .withMaxAttempts(2)
          .withInitialBackoff(Duration.ofMillis(10))
          .withMaxBackoff(Duration.ofMillis(20));

  @Rule public final Timeout timeout = Timeout.seconds(30);

  private static LaterApiClient client(RawServer server, Duration deadline, long maxBytes) {
    return LaterApiClient.create(
        ApiClientConfig.builder()
            .setBaseUrl("http://127.0.0.1:" + server.port())
            .setCredentials("bounds-client", SecretSources.ofValue(SECRET))
            .setReadTimeout(Duration.ofSeconds(20))
            .setRequestDeadline(deadline)
            .setMaxResponseBytes(maxBytes)
            .setRetryPolicy(TWO_FAST_ATTEMPTS)
            .build(),
        ClientObserver.NONE);
  }

  /** Answers the token request, then hands every data request to {@code data}. */
  private interface DataAnswer {
    void answer(OutputStream out) throws Exception;
  }

  private static RawServer server(DataAnswer data) throws Exception {
    RawServer[] self = new RawServer[1];
    self[0] =
        new RawServer(
            (socket, connection) -> {
              InputStream in = socket.getInputStream();
              OutputStream out = socket.getOutputStream();
              while (true) {
                String request = self[0].readRequest(in);
                if (request.startsWith("POST /oauth/token")) {
                  RawServer.token(out);
                } else {
                  data.answer(out);
                  return;
                }
              }
            });
    return self[0];
  }

  private static void trickle(OutputStream out, String text) throws Exception {
    for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
      out.write(b);
      out.flush();
      Thread.sleep(50); // the server's pace: a byte every 50 ms, well within the read timeout
    }
  }

  @Test
  public void givenAServerThatTricklesItsBodyOrItsHeaders_thenEachAttemptEndsAtItsDeadline()
      throws Exception {
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
    for (boolean headersToo : new boolean[] {false, true}) {
      try (RawServer server =
              server(
                  out -> {
                    if (headersToo) {
                      trickle(out, head);
                    } else {
                      out.write(head.getBytes(StandardCharsets.US_ASCII));
                    }
                    trickle(out, "{\"data\":[" + " ".repeat(100_000));
                  });
          LaterApiClient client = client(server, Duration.ofMillis(400), 1 << 20)) {
        RetryBudgetExhaustedException failure =
            assertThrows(
                RetryBudgetExhaustedException.class, () -> client.instances(PageRequest.first(10)));
        assertThat(
            failure.getMessage(),
            containsString("no complete answer within the attempt deadline of 400 ms"));
        assertThat(failure.getMessage(), not(containsString(SECRET)));
        assertEquals(
            "token request and two attempts (headers trickled: " + headersToo + ")",
            3,
            server.requests());
      }
    }
  }

  @Test
  public void givenAnAnswerLargerThanTheMaximum_thenTheRequestFailsAtOnceUnread() throws Exception {
    String declared =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n";
    String chunked =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (boolean lengthDeclared : new boolean[] {true, false}) {
      try (RawServer server =
              server(
                  out -> {
                    out.write(
                        (lengthDeclared ? declared : chunked).getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk =
                        ("2000\r\n" + " ".repeat(0x2000) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII);
                    while (true) { // without end, as fast as the client reads
                      out.write(
                          lengthDeclared
                              ? " ".repeat(0x2000).getBytes(StandardCharsets.US_ASCII)
                              : chunk);
                    }
                  });
          LaterApiClient client = client(server, Duration.ofMinutes(1), 64 * 1024)) {
        LaterApiException failure =
            assertThrows(LaterApiException.class, () -> client.instances(PageRequest.first(10)));
        assertThat(failure, not(instanceOf(RetryBudgetExhaustedException.class)));
        assertThat(
            failure.getMessage(),
            containsString("larger than the maximum of 65536 bytes (withMaxResponseBytes)"));
        if (lengthDeclared) {
          assertThat(failure.getMessage(), containsString("Content-Length 10000000000"));
        }
        assertEquals("the token request and one attempt", 2, server.requests());
      }
    }
  }
}
