package io.laterreporting.beam.secrets;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.javanet.NetHttpTransport;
import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.client.RetryPolicy;
import io.laterreporting.beam.client.SecretSources;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.FaultPlan;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/**
 * The program {@link SecretsAtEveryLogLevelTest} runs in a JVM of its own, with every logger at the
 * level under test: reads in both pagination generations under faults of every kind (token route
 * included), tokens that expire every few seconds and a revocation (401, renewal), a rejected
 * secret, and one request of another google-http-client user of the JVM (over {@code
 * HttpURLConnection}, its logging on) that carries a token and the secret. Prints {@code PROBE}
 * lines saying what ran.
 */
public final class LeakProbe {
  static final String CLIENT_ID = "probe-client";
  static final String SECRET = "Probe-s3cret-4417-canary";
  static final String WRONG_SECRET = "Wr0ng-probe-canary-9034";
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 3, 31);

  private LeakProbe() {}

  public static void main(String[] args) throws Exception {
    try (ReportingApiEmulator pages = faulty(Pagination.PAGE_NUMBER).start();
        ReportingApiEmulator cursors = faulty(Pagination.CURSOR).start()) {
      Pipeline pipeline =
          Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
      for (ReportingApiEmulator emulator : List.of(pages, cursors)) {
        String name = emulator.pagination().name();
        pipeline
            .apply("Read" + name, read(emulator, SECRET))
            .apply("Collect" + name, ParDo.of(new Collect(name)));
      }
      long started = System.nanoTime();
      pipeline.run().waitUntilFinish();
      for (ReportingApiEmulator emulator : List.of(pages, cursors)) {
        List<String> expected = new ArrayList<>();
        EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(START, END)))
            .forEach(row -> expected.add(row.toString()));
        Collections.sort(expected);
        List<String> got =
            new ArrayList<>(Collect.ROWS.getOrDefault(emulator.pagination().name(), List.of()));
        Collections.sort(got);
        System.out.println(
            "PROBE "
                + emulator.pagination()
                + " rows="
                + (got.equals(expected) ? "exact" : "DIFFERENT")
                + " ("
                + got.size()
                + " of "
                + expected.size()
                + ")");
      }
      System.out.println(
          "PROBE tokens minted: "
              + pages.stats().tokensMinted()
              + "+"
              + cursors.stats().tokensMinted()
              + " in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");

      Pipeline rejected =
          Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
      rejected.apply(read(pages, WRONG_SECRET));
      try {
        rejected.run().waitUntilFinish();
        System.out.println("PROBE rejected=no");
      } catch (RuntimeException e) {
        System.out.println("PROBE rejected=yes");
        e.printStackTrace(System.out);
      }
    }
    try (ReportingApiEmulator emulator =
        ReportingApiEmulator.builder()
            .seed(11)
            .instances(1)
            .credentials(CLIENT_ID, SECRET)
            .start()) {
      otherLibraryRequest(emulator);
    }
  }

  /** Keeps what a read emitted (the probe's pipelines run in this JVM). */
  private static final class Collect extends DoFn<CampaignPerformance, Void> {
    static final Map<String, List<String>> ROWS = new ConcurrentHashMap<>();
    private final String name;

    Collect(String name) {
      this.name = name;
    }

    @ProcessElement
    public void processElement(@Element CampaignPerformance row) {
      ROWS.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>()))
          .add(row.toString());
    }
  }

  /** Faults of every kind (token route included), tokens that expire every few seconds. */
  private static ReportingApiEmulator.Builder faulty(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(11)
        .instances(2)
        .campaignsPerInstance(30)
        .pagination(pagination)
        .credentials(CLIENT_ID, SECRET)
        .tokenTtl(Duration.ofSeconds(3))
        .latency(Duration.ofMillis(10))
        .faults(
            FaultPlan.of(0.15, 3).withSlowDelay(Duration.ofMillis(300)).includingTokenRoute(true));
  }

  private static LaterReportingIO.Read<CampaignPerformance> read(
      ReportingApiEmulator emulator, String secret) {
    return LaterReportingIO.read()
        .withBaseUrl(emulator.baseUrl())
        .withClientId(CLIENT_ID)
        .withClientSecret(SecretSources.ofValue(secret))
        .withDateRange(START, END)
        .withPageSize(4)
        .withReadTimeout(Duration.ofMillis(200))
        .withRetryPolicy(
            RetryPolicy.defaults()
                .withMaxAttempts(12)
                .withInitialBackoff(Duration.ofMillis(5))
                .withMaxBackoff(Duration.ofMillis(50)));
  }

  /**
   * Another user of google-http-client in the JVM, over the JDK's {@code HttpURLConnection} with
   * its logging on: mints a token with the secret in the body, then sends the token in a header.
   */
  private static void otherLibraryRequest(ReportingApiEmulator emulator) throws Exception {
    NetHttpTransport transport = new NetHttpTransport();
    HttpRequest mint =
        transport
            .createRequestFactory()
            .buildPostRequest(
                new GenericUrl(emulator.baseUrl() + "/oauth/token"),
                new ByteArrayContent(
                    "application/json",
                    ("{\"clientId\":\"" + CLIENT_ID + "\",\"clientSecret\":\"" + SECRET + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));
    mint.setNumberOfRetries(5);
    String body = mint.execute().parseAsString();
    String jwt = body.replaceAll(".*\"jwt\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    HttpRequest data =
        transport
            .createRequestFactory()
            .buildGetRequest(new GenericUrl(emulator.baseUrl() + "/v2/instances"));
    data.getHeaders().setAuthorization("Bearer " + jwt);
    data.setNumberOfRetries(5);
    data.setThrowExceptionOnExecuteError(false);
    HttpResponse answer = data.execute();
    System.out.println("PROBE other library: HTTP " + answer.getStatusCode());
    answer.disconnect();
  }
}
