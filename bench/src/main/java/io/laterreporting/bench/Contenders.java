package io.laterreporting.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/** The three ways to read the same data: the connector, a sequential page loop, a fan-out. */
public final class Contenders {
  private Contenders() {}

  /** What a contender reports of itself (requests are counted by the emulator). */
  static final class Outcome {
    long rows;
    long failed;
    String note = "";
  }

  // ---------------------------------------------------------------- the connector

  static final AtomicLong CONNECTOR_ROWS = new AtomicLong();

  /** Counts rows where they arrive, without collecting them. */
  static final class CountRows extends DoFn<CampaignPerformance, Void> {
    @ProcessElement
    public void process(@Element CampaignPerformance row) {
      CONNECTOR_ROWS.incrementAndGet();
    }
  }

  static PipelineOptions directOptions() {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    // The DirectRunner's checks encode every element again; no production runner does that.
    options.setEnforceEncodability(false);
    options.setEnforceImmutability(false);
    options.setBlockOnRun(true);
    return options;
  }

  static Outcome connector(
      String baseUrl,
      LocalDate start,
      LocalDate end,
      Granularity granularity,
      int concurrency,
      PipelineOptions options) {
    return connector(baseUrl, start, end, granularity, concurrency, options, 0);
  }

  /** The read with this JVM's share of the budget ({@code withMaxRequestsPerMinute}, 0: none). */
  static Outcome connector(
      String baseUrl,
      LocalDate start,
      LocalDate end,
      Granularity granularity,
      int concurrency,
      PipelineOptions options,
      int maxRequestsPerMinute) {
    CONNECTOR_ROWS.set(0);
    Pipeline p = Pipeline.create(options);
    p.apply(
            "Read",
            LaterReportingIO.read()
                .withBaseUrl(baseUrl)
                .withAllowInsecureHttp(true)
                .withClientId("demo-client")
                .withClientSecret("demo-secret")
                .withDateRange(start, end)
                .withGranularity(granularity)
                .withMaxConcurrentRequests(concurrency)
                .withMaxRequestsPerMinute(maxRequestsPerMinute))
        .apply("Count", ParDo.of(new CountRows()));
    Outcome o = new Outcome();
    try {
      PipelineResult result = p.run();
      result.waitUntilFinish();
    } catch (RuntimeException e) {
      o.failed++;
      o.note = "pipeline failed: " + e;
    }
    o.rows = CONNECTOR_ROWS.get();
    return o;
  }

  // ---------------------------------------------------------------- plain HTTP helpers

  public static final class Http {
    final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final ObjectMapper json = new ObjectMapper();
    final String baseUrl;
    final String jwt;
    final AtomicLong rateLimited = new AtomicLong();

    public Http(String baseUrl) throws IOException, InterruptedException {
      this.baseUrl = baseUrl;
      HttpRequest token =
          HttpRequest.newBuilder(URI.create(baseUrl + "/oauth/token"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"clientId\":\"demo-client\",\"clientSecret\":\"demo-secret\"}"))
              .build();
      JsonNode body =
          json.readTree(client.send(token, HttpResponse.BodyHandlers.ofByteArray()).body());
      this.jwt = body.get("jwt").asText();
    }

    /** One page; on 429 waits Retry-After (or 1 s) and tries again, at most 5 attempts. */
    JsonNode page(DateWindow w, int pageNumber) throws IOException, InterruptedException {
      return page(w, pageNumber, 100);
    }

    public JsonNode page(DateWindow w, int pageNumber, int pageSize)
        throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      baseUrl
                          + "/v2/campaigns/performance?startDate="
                          + w.start()
                          + "&endDate="
                          + w.end()
                          + "&pageSize="
                          + pageSize
                          + "&pageNumber="
                          + pageNumber))
              .header("Authorization", "Bearer " + jwt)
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build();
      for (int attempt = 1; ; attempt++) {
        HttpResponse<byte[]> resp = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() == 200) {
          return json.readTree(resp.body());
        }
        if (resp.statusCode() == 429 && attempt < 5) {
          rateLimited.incrementAndGet();
          long wait = resp.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
          Thread.sleep(wait * 1000);
          continue;
        }
        throw new IOException("HTTP " + resp.statusCode() + " for " + w + " page " + pageNumber);
      }
    }
  }

  // ---------------------------------------------------------------- naive sequential loop

  /** What people write first: one DoFn that walks every window's pages one after another. */
  static final class SequentialPagesFn extends DoFn<String, String> {
    private final ArrayList<DateWindow> windows;
    private final String baseUrl;

    SequentialPagesFn(String baseUrl, List<DateWindow> windows) {
      this.baseUrl = baseUrl;
      this.windows = new ArrayList<>(windows);
    }

    @ProcessElement
    public void process(OutputReceiver<String> out) throws Exception {
      Http http = new Http(baseUrl);
      for (DateWindow w : windows) {
        int page = 1;
        int totalPages;
        do {
          JsonNode body = http.page(w, page);
          totalPages = body.get("pagination").get("totalPages").asInt();
          for (JsonNode row : body.get("data")) {
            out.output(row.toString());
          }
          page++;
        } while (page <= totalPages);
      }
    }
  }

  static final AtomicLong SEQUENTIAL_ROWS = new AtomicLong();

  static final class CountStrings extends DoFn<String, Void> implements Serializable {
    @ProcessElement
    public void process(@Element String row) {
      SEQUENTIAL_ROWS.incrementAndGet();
    }
  }

  static Outcome sequential(String baseUrl, List<DateWindow> windows) {
    SEQUENTIAL_ROWS.set(0);
    Pipeline p = Pipeline.create(directOptions());
    p.apply(Create.of("go"))
        .apply("SequentialPages", ParDo.of(new SequentialPagesFn(baseUrl, windows)))
        .apply(ParDo.of(new CountStrings()));
    Outcome o = new Outcome();
    try {
      p.run().waitUntilFinish();
    } catch (RuntimeException e) {
      o.failed++;
      o.note = "pipeline failed: " + rootMessage(e);
    }
    o.rows = SEQUENTIAL_ROWS.get();
    return o;
  }

  // ---------------------------------------------------------------- unthrottled fan-out

  /**
   * Every page at once on {@code threads} threads, no limiter: page 1 of every window, then all the
   * other pages. A 429 is retried after Retry-After up to 5 attempts, then the page counts as
   * failed.
   */
  static Outcome fanOut(String baseUrl, List<DateWindow> windows, int threads) throws Exception {
    Http http = new Http(baseUrl);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Outcome o = new Outcome();
    AtomicLong rows = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    try {
      List<Future<Integer>> firsts = new ArrayList<>();
      for (DateWindow w : windows) {
        firsts.add(
            pool.submit(
                () -> {
                  try {
                    JsonNode body = http.page(w, 1);
                    rows.addAndGet(body.get("data").size());
                    return body.get("pagination").get("totalPages").asInt();
                  } catch (IOException e) {
                    failed.incrementAndGet();
                    return 0;
                  }
                }));
      }
      List<Future<?>> rest = new ArrayList<>();
      for (int i = 0; i < windows.size(); i++) {
        DateWindow w = windows.get(i);
        int total = firsts.get(i).get();
        for (int page = 2; page <= total; page++) {
          int n = page;
          rest.add(
              pool.submit(
                  () -> {
                    try {
                      rows.addAndGet(http.page(w, n).get("data").size());
                    } catch (IOException e) {
                      failed.incrementAndGet();
                    }
                    return null;
                  }));
        }
      }
      for (Future<?> f : rest) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    o.rows = rows.get();
    o.failed = failed.get();
    return o;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.toString();
  }
}
