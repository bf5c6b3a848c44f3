package io.laterreporting.beam.client;

import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Scenario S: the connector's own page parser ({@code ReportFormat.CAMPAIGNS.parsePage}, what
 * {@link LaterApiClient} runs on every answer) turning pages of 100 campaign rows, every metric
 * present, into {@code CampaignPerformance} records, on one thread. Lives in the client's package
 * because the parser is package-private.
 */
public final class ParseBench {
  private ParseBench() {}

  /** Result: rows, wall nanos, CPU nanos of the measuring thread, body bytes per row. */
  public static final class Result {
    public long rows;
    public long wallNanos;
    public long cpuNanos;
    public int bytesPerRow;
  }

  public static byte[] pageBody(int rowsPerPage) {
    List<String> metrics = CampaignMetric.apiNames();
    StringBuilder s = new StringBuilder("{\"data\":[");
    for (int i = 0; i < rowsPerPage; i++) {
      if (i > 0) {
        s.append(',');
      }
      long id = 40_000 + i;
      s.append("{\"campaignId\":")
          .append(id)
          .append(",\"campaignName\":\"Campaign number ")
          .append(id)
          .append(" \\u2013 Summer\"")
          .append(",\"instanceId\":\"instance_")
          .append(i % 7)
          .append("abc\"")
          .append(",\"description\":\"Seasonal product launch with creators, wave ")
          .append(i)
          .append("\"")
          .append(
              ",\"firstPostDate\":\"2024-06-15T00:00:00.000Z\",\"lastPostDate\":\"2024-09-30T00:00:00.000Z\"")
          .append(",\"platforms\":[\"instagram\",\"tiktok\",\"youtube\"],\"metrics\":{");
      for (int m = 0; m < metrics.size(); m++) {
        if (m > 0) {
          s.append(',');
        }
        s.append('"').append(metrics.get(m)).append("\":");
        if (m % 3 == 0) {
          s.append(String.format(Locale.ROOT, "%.2f", (id * 31 + m * 7) % 100_000 / 7.0));
        } else {
          s.append((id * 131 + m * 17) % 10_000_000);
        }
      }
      s.append("}}");
    }
    s.append(
        "],\"pagination\":{\"page\":1,\"pageSize\":100,\"totalPages\":10000,\"totalItems\":1000000}}");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static Result run(long rows) throws Exception {
    int perPage = 100;
    byte[] body = pageBody(perPage);
    PerformanceQuery query =
        PerformanceQuery.builder()
            .setStartDate(LocalDate.of(2024, 1, 1))
            .setEndDate(LocalDate.of(2024, 12, 31))
            .build();
    PageRequest request = PageRequest.number(1, perPage);
    List<String> metrics = CampaignMetric.apiNames();
    // warm up: the JIT first
    long sink = 0;
    for (int i = 0; i < 2_000; i++) {
      sink += ReportFormat.CAMPAIGNS.parsePage(body, query, request, metrics).rows().size();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long pages = rows / perPage;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (long i = 0; i < pages; i++) {
      PerformancePage<CampaignPerformance> page =
          ReportFormat.CAMPAIGNS.parsePage(body, query, request, metrics);
      sink += page.rows().size();
      if (page.rows().get(perPage - 1).getCampaignId() != 40_000 + perPage - 1) {
        throw new IllegalStateException("parse check failed");
      }
    }
    Result r = new Result();
    r.wallNanos = System.nanoTime() - t0;
    r.cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
    r.rows = pages * perPage;
    r.bytesPerRow = body.length / perPage;
    if (sink == 42) {
      System.out.println();
    }
    return r;
  }
}
