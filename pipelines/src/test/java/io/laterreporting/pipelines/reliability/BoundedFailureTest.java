package io.laterreporting.pipelines.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.laterreporting.beam.client.LaterApiException;
import io.laterreporting.emulator.FaultKind;
import io.laterreporting.emulator.FaultPlan;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.pipelines.ParquetExport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * A persistent failure ends the export with a clear error within the retry budget, naming the unit
 * and the last answer; credentials problems fail fast. Runs through {@code ParquetExport.run} (the
 * real entry point, default retry policy) where the failure needs no retries, and through {@link
 * ExportHarness} (the same export with a fast retry policy: 8 attempts, backoff 10..200 ms, read
 * timeout 600 ms) where it does. A JUnit timeout proves there is no hang.
 */
@RunWith(JUnit4.class)
public class BoundedFailureTest {
  private static final String CLIENT_ID = "bounded-client";
  private static final String SECRET = "bounded-s3cret";

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final Timeout timeout = Timeout.seconds(60);

  private final List<ReportingApiEmulator> emulators = new ArrayList<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @After
  public void stop() {
    emulators.forEach(ReportingApiEmulator::close);
  }

  private ReportingApiEmulator start(ReportingApiEmulator.Builder builder) {
    ReportingApiEmulator emulator =
        builder
            .seed(5)
            .instances(2)
            .campaignsPerInstance(20)
            .credentials(CLIENT_ID, SECRET)
            .start();
    emulators.add(emulator);
    return emulator;
  }

  private List<String> args(String baseUrl, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--apiBaseUrl=" + baseUrl,
                "--clientId=" + CLIENT_ID,
                "--clientSecret=" + SECRET,
                "--startDate=2025-01-01",
                "--endDate=2025-01-31",
                "--pageSize=5",
                "--output=" + folder.getRoot().toPath().resolve("out")));
    args.addAll(List.of(more));
    return args;
  }

  private int export(List<String> args) {
    try {
      return ParquetExport.run(
          args.toArray(String[]::new),
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
    } finally {
      System.out.println("export stderr: " + err.toString(StandardCharsets.UTF_8));
    }
  }

  /** The message of the API client's exception in the failure of a fast export. */
  private String failFast(List<String> args) {
    Path output = folder.getRoot().toPath().resolve("fast");
    Exception failure = assertThrows(Exception.class, () -> ExportHarness.runFast(args, output));
    Throwable api = failure;
    while (!(api instanceof LaterApiException) && api.getCause() != null) {
      api = api.getCause();
    }
    String message = api.getClass().getSimpleName() + ": " + api.getMessage();
    assertThat(failure.toString() + message, not(containsString(SECRET)));
    System.out.println("failure message: " + message);
    return message;
  }

  @Test
  public void
      givenTheApiDownConnectionRefused_thenTheExportFailsWithinTheBudgetNamingRouteAndAnswer()
          throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    long started = System.nanoTime();

    String message = failFast(args("http://127.0.0.1:" + port));

    assertThat(
        message,
        allOf(
            containsString("Gave up after 8 attempt(s)"),
            containsString("maxAttempts 8 reached"),
            containsString("POST /oauth/token"),
            containsString("clientId=" + CLIENT_ID),
            containsString("last answer: connection: ")));
    assertThat(Duration.ofNanos(System.nanoTime() - started).toSeconds(), lessThanOrEqualTo(20L));
  }

  /**
   * The real entry point with the default retry policy (8 attempts, backoff 0.25 s doubling with
   * jitter, at most about 32 s of waiting): exit code 1 and a message that names the route, the
   * attempts and the last answer, not only the socket error at the bottom of the cause chain.
   */
  @Test
  public void
      givenTheApiDownWithTheDefaultPolicy_thenParquetExportExitsWithinAbout32sNamingTheUnit()
          throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    long started = System.nanoTime();

    int exitCode = export(args("http://127.0.0.1:" + port));

    assertEquals(1, exitCode);
    assertThat(
        err.toString(StandardCharsets.UTF_8),
        allOf(
            containsString(
                "Export failed: RetryBudgetExhaustedException: Gave up after 8 attempt(s)"),
            containsString("POST /oauth/token"),
            containsString("last answer: connection: HttpHostConnectException"),
            containsString("Connection refused"),
            not(containsString(SECRET))));
    assertThat(Duration.ofNanos(System.nanoTime() - started).toSeconds(), lessThanOrEqualTo(45L));
  }

  @Test
  public void
      givenAPermanent500OnTheDataRoute_thenTheExportFailsNamingInstancesWindowPageAndAnswer()
          throws Exception {
    ReportingApiEmulator emulator = start(ReportingApiEmulator.builder());
    emulator.failNext(Route.CAMPAIGN_PERFORMANCE, FaultKind.HTTP_500, 10_000);

    String message = failFast(args(emulator.baseUrl()));

    assertThat(
        message,
        allOf(
            containsString("Gave up after 8 attempt(s)"),
            containsString("GET /v2/campaigns/performance"),
            containsString("2025-01-01"),
            containsString("2025-01-31"),
            containsString("instanceIds="),
            containsString("page"),
            containsString("last answer: HTTP 500")));
    assertThat(emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE), lessThanOrEqualTo(8L * 2));
  }

  @Test
  public void
      givenEveryAnswerSlowerThanTheTimeout_thenTheExportFailsWithinTheBudgetInsteadOfHanging()
          throws Exception {
    ReportingApiEmulator emulator =
        start(
            ReportingApiEmulator.builder()
                .faults(
                    FaultPlan.of(1.0, 3)
                        .withKinds(FaultKind.SLOW)
                        .withSlowDelay(Duration.ofSeconds(2))
                        .withMaxConsecutiveFaults(Integer.MAX_VALUE)));

    String message = failFast(args(emulator.baseUrl()));

    assertThat(
        message,
        allOf(
            containsString("Gave up after 8 attempt(s)"),
            containsString("/v2/instances"),
            containsString("last answer: timeout: SocketTimeoutException")));
  }

  @Test
  public void givenA401ThatAFreshTokenDoesNotFix_thenTheExportFailsFastSayingSo() {
    ReportingApiEmulator emulator =
        start(ReportingApiEmulator.builder().tokenTtl(Duration.ZERO).pagination(Pagination.CURSOR));

    int exitCode = export(args(emulator.baseUrl()));

    assertEquals(1, exitCode);
    assertThat(
        err.toString(StandardCharsets.UTF_8),
        allOf(
            containsString("Export failed: CredentialsRejectedException"),
            containsString("HTTP 401 right after a fresh token"),
            not(containsString(SECRET))));
    assertEquals("one mint, one renewal: no loop", 2, emulator.stats().tokensMinted());
  }

  @Test
  public void givenADisabledClient403_thenTheExportFailsFastWithTheReason() {
    ReportingApiEmulator emulator = start(ReportingApiEmulator.builder().clientDisabled(true));

    int exitCode = export(args(emulator.baseUrl()));

    assertEquals(1, exitCode);
    assertThat(
        err.toString(StandardCharsets.UTF_8),
        allOf(
            containsString("Export failed: CredentialsRejectedException"),
            containsString("403"),
            containsString("disabled"),
            not(containsString(SECRET))));
    assertEquals(1, emulator.stats().requests(Route.TOKEN));
  }

  @Test
  public void givenWrongCredentials_thenTheExportFailsFastWithOneTokenRequest() {
    ReportingApiEmulator emulator = start(ReportingApiEmulator.builder());
    List<String> args = args(emulator.baseUrl());
    args.set(2, "--clientSecret=not-the-secret");

    int exitCode = export(args);

    assertEquals(1, exitCode);
    assertThat(
        err.toString(StandardCharsets.UTF_8),
        allOf(
            containsString("401"),
            containsString("wrong client id or secret"),
            containsString(CLIENT_ID),
            not(containsString("not-the-secret"))));
    assertEquals(1, emulator.stats().requests(Route.TOKEN));
    assertEquals(0, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void
      givenAnInstanceTheCredentialsCannotSee_thenTheExportFailsBeforeAnyDataRequestNamingIt() {
    ReportingApiEmulator emulator = start(ReportingApiEmulator.builder());

    int exitCode = export(args(emulator.baseUrl(), "--instanceIds=instance_nobody"));

    assertEquals(1, exitCode);
    assertThat(err.toString(StandardCharsets.UTF_8), containsString("instance_nobody"));
    assertEquals(0, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }
}
