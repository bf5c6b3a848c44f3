package io.laterreporting.bench;

import io.laterreporting.beam.client.ParseBench;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.planning.ReadCostEstimate;
import io.laterreporting.emulator.EmulatorStats;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.emulator.RowQuery;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures {@code LaterReportingIO.read()} against what users would write instead, on the emulator.
 *
 * <pre>
 * bench/run.sh [--scenarios=L,R,S,M,C] [--quick] [--concurrency=8] [--fanout-threads=64]
 *              [--sweep=1,2,4,8,16,32] [--out=docs/BENCHMARKS.md] [--chart=docs/benchmark-concurrency.svg]
 * </pre>
 *
 * Scenarios: L latency-bound (50 ms per request, no budget), R rate-bound (20 requests/s, page
 * numbers and cursors), S parse-and-convert CPU, M peak heap of the read on the FlinkRunner in a
 * child JVM, C a concurrency sweep of the connector in the latency-bound setting (the chart).
 */
public final class Benchmark {
  static final long SEED = 42;

  /** One line of the table. */
  static final class Row {
    String scenario;
    String contender;
    double wallS;
    double idealS;
    long dataRequests = -1;
    long minimalRequests = -1;
    long r429 = -1;
    long failed;
    String extra = "";

    /**
     * Mean round trip of one 100-row page measured alone on the same emulator (ms); 0 if not
     * measured.
     */
    double roundTripMs;

    /**
     * The latency ideal again, with the measured round trip in place of the emulator's latency
     * knob.
     */
    void addEffectiveIdeal(int concurrency) {
      if (roundTripMs > 0 && dataRequests > 0) {
        double eff = dataRequests * roundTripMs / 1000.0 / concurrency;
        extra +=
            String.format(
                Locale.ROOT,
                "; measured round trip %.1f ms -> ideal %.2f s, ratio %.2fx",
                roundTripMs,
                eff,
                wallS / eff);
      }
    }

    double ratio() {
      return idealS > 0 ? wallS / idealS : Double.NaN;
    }
  }

  private final Map<String, String> flags;
  private final boolean quick;
  private final int concurrency;
  private final int fanOutThreads;
  private final List<Row> rows = new ArrayList<>();
  private final List<double[]> sweep = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Benchmark(Map<String, String> flags) {
    this.flags = flags;
    this.quick = flags.containsKey("quick");
    this.concurrency = Integer.parseInt(flags.getOrDefault("concurrency", "8"));
    this.fanOutThreads = Integer.parseInt(flags.getOrDefault("fanout-threads", "64"));
  }

  public static void main(String[] args) throws Exception {
    // Before any JDK HttpServer starts (emulator/README.md, performance note).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Map<String, String> flags = new LinkedHashMap<>();
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        System.out.println(
            "usage: bench/run.sh [--scenarios=L,R,S,M,C,T] [--t-parts=12345] [--no-contenders] [--quick] [--concurrency=8] [--fanout-threads=64]\n"
                + "       [--sweep=1,2,4,8,16,32] [--out=docs/BENCHMARKS.md] [--chart=docs/benchmark-concurrency.svg] [--no-write]");
        return;
      }
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unknown argument " + a);
      }
      String[] kv = a.substring(2).split("=", 2);
      flags.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    new Benchmark(flags).run();
  }

  void run() throws Exception {
    Set<String> scenarios =
        new TreeSet<>(Arrays.asList(flags.getOrDefault("scenarios", "L,R,S,M,C").split(",")));
    String loadBefore = load();
    long t0 = System.nanoTime();
    System.out.println("load before: " + loadBefore);
    if (scenarios.contains("S")) {
      scenarioS();
    }
    if (scenarios.contains("L") || scenarios.contains("R") || scenarios.contains("C")) {
      warmUp();
    }
    if (scenarios.contains("L")) {
      scenarioL();
    }
    if (scenarios.contains("R")) {
      scenarioR();
    }
    if (scenarios.contains("C")) {
      scenarioC();
    }
    if (scenarios.contains("M")) {
      scenarioM();
    }
    List<Row> throughput = new ArrayList<>();
    List<String> throughputNotes = new ArrayList<>();
    if (scenarios.contains("T")) {
      Throughput t = new Throughput(quick, concurrency, fanOutThreads, throughputNotes);
      if (flags.containsKey("no-contenders")) {
        t.withoutContenders();
      }
      throughput = t.run(flags.getOrDefault("t-parts", "12345"));
    }
    String loadAfter = load();
    System.out.println("load after: " + loadAfter);
    String table = table(rows);
    String throughputTable = table(throughput);
    System.out.println(table);
    System.out.println(throughputTable);
    if (!flags.containsKey("no-write")) {
      String chart = flags.getOrDefault("chart", "docs/benchmark-concurrency.svg");
      if (!sweep.isEmpty()) {
        Files.createDirectories(Paths.get(chart).toAbsolutePath().getParent());
        Files.writeString(Paths.get(chart), Chart.svg(sweep, concurrency));
      }
      Path out = Paths.get(flags.getOrDefault("out", "docs/BENCHMARKS.md"));
      Files.createDirectories(out.toAbsolutePath().getParent());
      double secs = (System.nanoTime() - t0) / 1e9;
      if (!rows.isEmpty()) {
        String results =
            results(
                table,
                notes,
                loadBefore,
                loadAfter,
                secs,
                sweep.isEmpty() ? null : Paths.get(chart).getFileName().toString());
        Files.writeString(out, Docs.merge(out, results));
      }
      if (!throughput.isEmpty()) {
        Files.writeString(
            out,
            Docs.mergeThroughput(
                out, results(throughputTable, throughputNotes, loadBefore, loadAfter, secs, null)));
      }
      System.out.println("wrote " + out + (sweep.isEmpty() ? "" : " and " + chart));
    }
  }

  // ------------------------------------------------------------------ datasets

  /** The data of a scenario: emulator shape and the read's range. */
  static final class Data {
    int instances;
    double campaigns;
    LocalDate start;
    LocalDate end;
    Granularity granularity = Granularity.MONTH;
    List<DateWindow> windows;
    List<Long> rowsPerWindow;
    long rows;

    Data(int instances, double campaigns, LocalDate start, LocalDate end) {
      this.instances = instances;
      this.campaigns = campaigns;
      this.start = start;
      this.end = end;
      this.windows = DateWindows.cover(start, end, granularity);
    }

    ReportingApiEmulator.Builder emulator() {
      return ReportingApiEmulator.builder()
          .seed(SEED)
          .instances(instances)
          .campaignsPerInstance(campaigns);
    }

    /** Rows per window from the emulator's own oracle (no HTTP). */
    Data count() {
      try (ReportingApiEmulator emu = emulator().start()) {
        rowsPerWindow = new ArrayList<>();
        for (DateWindow w : windows) {
          rowsPerWindow.add(
              (long)
                  emu.dataset()
                      .campaignRows(
                          RowQuery.builder().startDate(w.start()).endDate(w.end()).build())
                      .size());
        }
      }
      rows = rowsPerWindow.stream().mapToLong(Long::longValue).sum();
      return this;
    }

    ReadCostEstimate cost(int concurrency, Duration latency, int rate) {
      ReadCostEstimate.Builder b =
          ReadCostEstimate.builder()
              .windows(windows)
              .instances(instances)
              .rowsPerWindow(rowsPerWindow)
              .concurrency(concurrency)
              .latency(latency);
      return (rate > 0 ? b.rateBudget(rate, Duration.ofSeconds(1)) : b.noRateBudget()).build();
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%d instances x ~%.0f campaigns, %s..%s %s (%d windows), %,d rows",
          instances,
          campaigns,
          start,
          end,
          granularity,
          windows.size(),
          rows);
    }
  }

  // ------------------------------------------------------------------ L

  void scenarioL() throws Exception {
    Duration latency = Duration.ofMillis(50);
    Data data =
        (quick
                ? new Data(100, 100, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                : new Data(100, 450, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)))
            .count();
    notes.add("L data: " + data.describe());
    System.out.println("L: " + data.describe());
    ReadCostEstimate est = data.cost(concurrency, latency, 0);
    System.out.println(est.describe());
    Row ours =
        measure(
            "L",
            "LaterReportingIO.read() c=" + concurrency + runnerSuffix(),
            data,
            latency,
            0,
            Pagination.PAGE_NUMBER,
            base ->
                Contenders.connector(
                    base, data.start, data.end, data.granularity, concurrency, readOptions()));
    ours.idealS = seconds(data.cost(concurrency, latency, 0).latencyBound());
    ours.addEffectiveIdeal(concurrency);
    Row seq =
        measure(
            "L",
            "sequential loop (1 DoFn)",
            data,
            latency,
            0,
            Pagination.PAGE_NUMBER,
            base -> Contenders.sequential(base, data.windows));
    seq.idealS = seconds(data.cost(1, latency, 0).latencyBound());
    seq.addEffectiveIdeal(1);
    Row fan =
        measure(
            "L",
            "fan-out " + fanOutThreads + " threads",
            data,
            latency,
            0,
            Pagination.PAGE_NUMBER,
            base -> Contenders.fanOut(base, data.windows, fanOutThreads));
    fan.idealS = seconds(data.cost(fanOutThreads, latency, 0).latencyBound());
    fan.addEffectiveIdeal(fanOutThreads);
    ours.extra +=
        String.format(Locale.ROOT, "; %.1fx faster than sequential", seq.wallS / ours.wallS);
  }

  // ------------------------------------------------------------------ R

  void scenarioR() throws Exception {
    Duration latency = Duration.ofMillis(20);
    int rate = 20;
    Data data =
        (quick
                ? new Data(100, 60, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                : new Data(100, 150, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)))
            .count();
    notes.add(
        "R data: "
            + data.describe()
            + "; latency 20 ms; budget 20 requests per 1 s window (fixed window, Retry-After sent)");
    System.out.println("R: " + data.describe());
    System.out.println(data.cost(concurrency, latency, rate).describe());
    Row ours =
        measure(
            "R",
            "LaterReportingIO.read() c=" + concurrency + runnerSuffix(),
            data,
            latency,
            rate,
            Pagination.PAGE_NUMBER,
            base ->
                Contenders.connector(
                    base, data.start, data.end, data.granularity, concurrency, readOptions()));
    ours.idealS = seconds(data.cost(concurrency, latency, rate).lowerBound());
    Row seq =
        measure(
            "R",
            "sequential loop (1 DoFn)",
            data,
            latency,
            rate,
            Pagination.PAGE_NUMBER,
            base -> Contenders.sequential(base, data.windows));
    seq.idealS =
        Math.max(
            seconds(data.cost(1, latency, rate).latencyBound()),
            (data.cost(1, latency, rate).plannedDataRequests() + 1) / (double) rate);
    Row fan =
        measure(
            "R",
            "fan-out " + fanOutThreads + " threads",
            data,
            latency,
            rate,
            Pagination.PAGE_NUMBER,
            base -> Contenders.fanOut(base, data.windows, fanOutThreads));
    fan.idealS =
        (data.cost(fanOutThreads, latency, rate).plannedDataRequests() + 1) / (double) rate;
    Row cursor =
        measure(
            "R",
            "LaterReportingIO.read() c=" + concurrency + " CURSOR",
            data,
            latency,
            rate,
            Pagination.CURSOR,
            base ->
                Contenders.connector(
                    base,
                    data.start,
                    data.end,
                    data.granularity,
                    concurrency,
                    Contenders.directOptions()));
    ReadCostEstimate cursorCost =
        ReadCostEstimate.builder()
            .windows(data.windows)
            .instances(data.instances)
            .rowsPerWindow(data.rowsPerWindow)
            .concurrency(concurrency)
            .latency(latency)
            .rateBudget(rate, Duration.ofSeconds(1))
            .pagination(io.laterreporting.beam.client.PaginationGeneration.CURSOR)
            .build();
    cursor.idealS = seconds(cursorCost.lowerBound());
  }

  // ------------------------------------------------------------------ C (sweep for the chart)

  void scenarioC() throws Exception {
    Duration latency = Duration.ofMillis(50);
    Data data =
        new Data(100, quick ? 40 : 100, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
            .count();
    notes.add("C data (concurrency sweep, 50 ms, no budget): " + data.describe());
    for (String c : flags.getOrDefault("sweep", "1,2,4,8,16,32").split(",")) {
      int n = Integer.parseInt(c.trim());
      Row r =
          measure(
              "C",
              "LaterReportingIO.read() c=" + n,
              data,
              latency,
              0,
              Pagination.PAGE_NUMBER,
              base ->
                  Contenders.connector(
                      base, data.start, data.end, data.granularity, n, Contenders.directOptions()));
      r.idealS = seconds(data.cost(n, latency, 0).latencyBound());
      r.addEffectiveIdeal(n);
      sweep.add(new double[] {n, r.wallS, r.idealS});
    }
  }

  // ------------------------------------------------------------------ S

  void scenarioS() throws Exception {
    long n = quick ? 200_000 : 1_000_000;
    ParseBench.Result r = ParseBench.run(n);
    Row row = new Row();
    row.scenario = "S";
    row.contender = "CampaignRowParser -> CampaignPerformance, 1 thread";
    row.wallS = r.wallNanos / 1e9;
    double perCore = r.rows / (r.cpuNanos / 1e9);
    row.idealS = r.rows / 50_000.0;
    row.extra =
        String.format(
            Locale.ROOT,
            "%,d rows, %,d rows/s per core (CPU time), %,d rows/s wall, %d B/row; target 50,000",
            r.rows,
            (long) perCore,
            (long) (r.rows / row.wallS),
            r.bytesPerRow);
    row.dataRequests = 0;
    row.r429 = 0;
    rows.add(row);
    System.out.println("S: " + row.extra);
  }

  // ------------------------------------------------------------------ M

  void scenarioM() throws Exception {
    Data big = new Data(200, quick ? 70 : 700, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30));
    Data small =
        new Data(
            200,
            quick ? 70 : 700,
            LocalDate.of(2024, 1, 1),
            quick ? LocalDate.of(2024, 6, 30) : LocalDate.of(2024, 4, 30));
    String xmx = flags.getOrDefault("m-xmx", "2g");
    notes.add(
        "M: one emulator of "
            + big.instances
            + " instances x ~"
            + (int) big.campaigns
            + " campaigns (seed "
            + SEED
            + "); the small read is "
            + small.start
            + ".."
            + small.end
            + " monthly, the large "
            + big.start
            + ".."
            + big.end
            + " monthly; the read runs on the FlinkRunner"
            + " (embedded, parallelism 2) in a child JVM with -Xmx"
            + xmx
            + " -XX:+UseG1GC, rows counted and dropped");
    try (ReportingApiEmulator emu = big.emulator().start()) {
      for (Data d : List.of(small, big)) {
        emu.stats().reset();
        List<String> cmd =
            new ArrayList<>(
                List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + xmx,
                    "-XX:+UseG1GC",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp",
                    System.getProperty("java.class.path"),
                    MemoryRun.class.getName(),
                    emu.baseUrl(),
                    d.start.toString(),
                    d.end.toString(),
                    d.granularity.name(),
                    flags.getOrDefault("m-runner", "flink"),
                    Integer.toString(concurrency)));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String mem = null;
        try (BufferedReader in =
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("MEM ")) {
              mem = line;
            } else if (line.contains("Exception") || line.contains("ERROR")) {
              System.out.println("  [child] " + line);
            }
          }
        }
        p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        Row row = new Row();
        row.scenario = "M";
        row.contender =
            "LaterReportingIO.read() on Flink, " + String.format(Locale.ROOT, "%,d", 0L);
        row.dataRequests = emu.stats().requests(Route.CAMPAIGN_PERFORMANCE);
        row.r429 = emu.stats().requests(Route.CAMPAIGN_PERFORMANCE, 429);
        row.wallS = wall;
        if (mem == null) {
          row.failed = 1;
          row.extra = "child JVM printed no result (exit " + p.exitValue() + ")";
        } else {
          Map<String, String> kv = new LinkedHashMap<>();
          for (String part : mem.substring(4).split(" ")) {
            String[] x = part.split("=", 2);
            if (x.length == 2) {
              kv.put(x[0], x[1]);
            }
          }
          long rowsRead = Long.parseLong(kv.get("rows"));
          row.contender =
              String.format(Locale.ROOT, "LaterReportingIO.read() on Flink, %,d rows", rowsRead);
          row.failed = Long.parseLong(kv.get("failed"));
          row.wallS = Long.parseLong(kv.get("wallMs")) / 1000.0;
          long live = Long.parseLong(kv.get("liveAfterGcPeak"));
          long used = Long.parseLong(kv.get("usedPeak"));
          row.extra =
              String.format(
                  Locale.ROOT,
                  "peak live heap (after GC) %d MB; peak used %d MB",
                  live >> 20,
                  used >> 20);
          memPeaks.add(new long[] {rowsRead, live, used});
        }
        rows.add(row);
        System.out.println(
            "M: "
                + row.contender
                + " "
                + row.extra
                + String.format(Locale.ROOT, " (%.1f s)", row.wallS));
      }
    }
    if (memPeaks.size() == 2) {
      Row big1 = rows.get(rows.size() - 1);
      big1.extra +=
          String.format(
              Locale.ROOT,
              "; live %.2fx, used %.2fx the small read's",
              memPeaks.get(1)[1] / (double) memPeaks.get(0)[1],
              memPeaks.get(1)[2] / (double) memPeaks.get(0)[2]);
    }
  }

  private final List<long[]> memPeaks = new ArrayList<>();

  // ------------------------------------------------------------------ measuring

  interface Contender {
    Contenders.Outcome run(String baseUrl) throws Exception;
  }

  Row measure(
      String scenario,
      String name,
      Data data,
      Duration latency,
      int rate,
      Pagination pagination,
      Contender contender)
      throws Exception {
    ReportingApiEmulator.Builder b = data.emulator().pagination(pagination).latency(latency);
    if (rate > 0) {
      b.rateLimit(rate, Duration.ofSeconds(1));
    }
    Row row = new Row();
    row.scenario = scenario;
    row.contender = name;
    try (ReportingApiEmulator emu = b.start()) {
      prewarm(emu, data, rate > 0);
      if (rate == 0 && latency.toMillis() > 0) {
        row.roundTripMs = roundTrip(emu, data);
      }
      long t0 = System.nanoTime();
      Contenders.Outcome o = runCatching(contender, emu.baseUrl());
      row.wallS = (System.nanoTime() - t0) / 1e9;
      EmulatorStats s = emu.stats();
      row.dataRequests = s.requests(Route.CAMPAIGN_PERFORMANCE);
      row.minimalRequests = data.cost(1, latency, rate).minimalDataRequests();
      row.r429 = s.total() == 0 ? 0 : count429(s);
      long ok = 0;
      for (Route r : Route.values()) {
        ok += s.requests(r, 200);
      }
      long notOk = s.total() - ok - row.r429;
      row.failed = o.failed + notOk;
      List<String> extra = new ArrayList<>();
      extra.add(String.format(Locale.ROOT, "rows %,d/%,d", o.rows, data.rows));
      if (o.rows != data.rows) {
        extra.add("ROW COUNT MISMATCH");
      }
      extra.add(
          String.format(
              Locale.ROOT,
              "data req %.3fx minimal",
              row.dataRequests / (double) row.minimalRequests));
      extra.add("all requests " + s.total());
      if (rate > 0) {
        extra.add(
            String.format(Locale.ROOT, "budget used %.1f%%", 100.0 * ok / (row.wallS * rate)));
      }
      if (!o.note.isEmpty()) {
        extra.add(o.note.length() > 160 ? o.note.substring(0, 160) + "..." : o.note);
      }
      row.extra = String.join("; ", extra);
    }
    rows.add(row);
    System.out.printf(
        Locale.ROOT,
        "%s %-40s wall %7.2f s  requests %d  429 %d  failed %d  %s%n",
        scenario,
        name,
        row.wallS,
        row.dataRequests,
        row.r429,
        row.failed,
        row.extra);
    return row;
  }

  /**
   * The emulator shares our CPU; a real API computes on its own machines. Page 1 with pageSize=1 of
   * each window makes the emulator compute and cache every query before the clock starts (in
   * page-number mode the answers' totalItems are also the exact row counts: the probe of
   * docs/BENCHMARKS.md). Then a fresh rate window and zeroed counters.
   */
  static void prewarm(ReportingApiEmulator emu, Data data, boolean rateLimited) throws Exception {
    if (emu.pagination() == Pagination.PAGE_NUMBER) {
      Contenders.Http http = new Contenders.Http(emu.baseUrl());
      for (DateWindow w : data.windows) {
        http.page(w, 1, 1);
      }
    }
    if (rateLimited) {
      Thread.sleep(1100);
    }
    emu.stats().reset();
  }

  /** Mean of 20 sequential requests for a full page (page 1, 100 rows) of the first window. */
  static double roundTrip(ReportingApiEmulator emu, Data data) throws Exception {
    Contenders.Http http = new Contenders.Http(emu.baseUrl());
    DateWindow w = data.windows.get(0);
    for (int i = 0; i < 3; i++) {
      http.page(w, 1, 100);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      http.page(w, 1, 100);
    }
    emu.stats().reset();
    return (System.nanoTime() - t0) / 20 / 1e6;
  }

  /** The first pipeline in a JVM pays for class loading and JIT: run each contender once, small. */
  void warmUp() throws Exception {
    Data tiny = new Data(5, 40, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).count();
    for (int i = 0; i < 2; i++) {
      try (ReportingApiEmulator emu = tiny.emulator().start()) {
        Contenders.connector(
            emu.baseUrl(),
            tiny.start,
            tiny.end,
            tiny.granularity,
            concurrency,
            Contenders.directOptions());
        Contenders.sequential(emu.baseUrl(), tiny.windows);
        Contenders.fanOut(emu.baseUrl(), tiny.windows, 8);
      }
    }
  }

  /** The contender's outcome; a contender that throws counts as one failure, with its message. */
  static Contenders.Outcome runCatching(Contender contender, String baseUrl) {
    try {
      return contender.run(baseUrl);
    } catch (Exception e) {
      Contenders.Outcome o = new Contenders.Outcome();
      o.failed = 1;
      o.note = Contenders.rootMessage(e);
      return o;
    }
  }

  static long count429(EmulatorStats s) {
    long n = 0;
    for (Route r : Route.values()) {
      n += s.requests(r, 429);
    }
    return n;
  }

  /** The runner of the connector's read in L and R: the DirectRunner, or --read-runner=flink. */
  org.apache.beam.sdk.options.PipelineOptions readOptions() {
    if (!"flink".equals(flags.get("read-runner"))) {
      return Contenders.directOptions();
    }
    org.apache.beam.runners.flink.FlinkPipelineOptions flink =
        org.apache.beam.sdk.options.PipelineOptionsFactory.create()
            .as(org.apache.beam.runners.flink.FlinkPipelineOptions.class);
    flink.setRunner(org.apache.beam.runners.flink.FlinkRunner.class);
    flink.setFlinkMaster("[local]");
    flink.setParallelism(2);
    return flink;
  }

  String runnerSuffix() {
    return "flink".equals(flags.get("read-runner")) ? " (Flink)" : "";
  }

  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  // ------------------------------------------------------------------ output

  static String table(List<Row> rows) {
    StringBuilder t = new StringBuilder();
    t.append(
        "| scenario | contender | wall s | ideal s | ratio | data requests | minimal | 429 | failed | notes |\n");
    t.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Row r : rows) {
      t.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f | %s | %s | %s | %s | %s | %d | %s |%n",
              r.scenario,
              r.contender,
              r.wallS,
              r.idealS > 0 ? String.format(Locale.ROOT, "%.2f", r.idealS) : "-",
              r.idealS > 0 ? String.format(Locale.ROOT, "%.2fx", r.ratio()) : "-",
              r.dataRequests < 0 ? "-" : Long.toString(r.dataRequests),
              r.minimalRequests < 0 ? "-" : Long.toString(r.minimalRequests),
              r.r429 < 0 ? "-" : Long.toString(r.r429),
              r.failed,
              r.extra));
    }
    return t.toString();
  }

  String results(
      String table,
      List<String> notes,
      String loadBefore,
      String loadAfter,
      double seconds,
      String chart) {
    StringBuilder s = new StringBuilder();
    s.append("Measured ")
        .append(ZonedDateTime.now().withNano(0))
        .append(" with `bench/run.sh ")
        .append(
            String.join(
                " ",
                flags.entrySet().stream()
                    .map(
                        e ->
                            "--"
                                + e.getKey()
                                + (e.getValue().equals("true") ? "" : "=" + e.getValue()))
                    .toList()))
        .append("` in ")
        .append(String.format(Locale.ROOT, "%.0f s", seconds))
        .append(".\n\n");
    s.append("Machine: ").append(machine()).append("\n\n");
    s.append("Load (uptime) before: `")
        .append(loadBefore)
        .append("`; after: `")
        .append(loadAfter)
        .append("`\n\n");
    s.append(table).append('\n');
    for (String n : notes) {
      s.append("- ").append(n).append('\n');
    }
    if (chart != null) {
      s.append("\n![wall time against the ideal by concurrency](").append(chart).append(")\n\n");
      s.append("| c | wall s | ideal s | ratio |\n|---:|---:|---:|---:|\n");
      for (double[] p : sweep) {
        s.append(
            String.format(
                Locale.ROOT,
                "| %d | %.2f | %.2f | %.2fx |%n",
                (int) p[0],
                p[1],
                p[2],
                p[1] / p[2]));
      }
    }
    return s.toString();
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (Exception ignored) {
      // not Linux
    }
    long memGb =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            >> 30;
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %d GB RAM, Java %s (%s), %s %s; bench JVM -Xmx %d MB",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memGb,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  static String load() {
    try {
      Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return out;
    } catch (Exception e) {
      try {
        return "loadavg " + Files.readString(new File("/proc/loadavg").toPath()).trim();
      } catch (Exception e2) {
        return "unknown";
      }
    }
  }
}
