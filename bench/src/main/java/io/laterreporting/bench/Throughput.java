package io.laterreporting.bench;

import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.emulator.BudgetHeaders;
import io.laterreporting.emulator.BudgetWindows;
import io.laterreporting.emulator.EmulatorStats;
import io.laterreporting.emulator.InFlightGauge;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Scenario T (issue 13's table): requests in flight as the server counts them, and how much of a
 * budget the read uses, for the shapes the connector was not tuned on: many small queries and a few
 * big ones at 200 ms a request, on the DirectRunner with its default threads and with one thread,
 * and on the FlinkRunner (parallelism 2); a gateway without {@code X-Ratelimit-*} headers nor
 * {@code Retry-After} at 1 s and 60 s windows; 1, 2 and 4 JVMs behind one budget, with and without
 * an explicit share. The sequential loop and the fan-out run where they finish in reasonable time.
 */
final class Throughput {
  private static final Duration LATENCY = Duration.ofMillis(200);

  private final boolean quick;
  private final int n;
  private final int fanOutThreads;
  private final List<Benchmark.Row> rows = new ArrayList<>();
  private final List<String> notes;
  private boolean contenders = true;

  Throughput(boolean quick, int concurrency, int fanOutThreads, List<String> notes) {
    this.quick = quick;
    this.n = concurrency;
    this.fanOutThreads = fanOutThreads;
    this.notes = notes;
  }

  private static Benchmark.Data data(
      int instances, double campaigns, LocalDate start, LocalDate end, Granularity granularity) {
    Benchmark.Data d = new Benchmark.Data(instances, campaigns, start, end);
    d.granularity = granularity;
    d.windows = DateWindows.cover(start, end, granularity);
    return d.count();
  }

  /** Runs the connector only (no sequential loop, no fan-out): quicker while tuning. */
  Throughput withoutContenders() {
    contenders = false;
    return this;
  }

  List<Benchmark.Row> run(String which) throws Exception {
    // About the shapes: 61 daily windows of ~330 pages in all; 3 monthly windows of ~200.
    Benchmark.Data small =
        data(
            12,
            quick ? 100 : 280,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 3, 2),
            Granularity.DAY);
    Benchmark.Data big =
        data(
            12,
            quick ? 1000 : 3000,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 3, 31),
            Granularity.MONTH);
    notes.add(
        "T small: "
            + small.describe()
            + "; T big: "
            + big.describe()
            + "; 200 ms added to every request");
    if (which.contains("1")) {
      inFlight("T1 small, 200 ms", small, true);
    }
    if (which.contains("2")) {
      inFlight("T2 big, 200 ms", big, false);
    }
    if (which.contains("3")) {
      headerless("T3 no headers, 20/1 s", small, 20, Duration.ofSeconds(1), true);
    }
    if (which.contains("4")) {
      // ~500 pages: a little over 4 windows of 120
      Benchmark.Data long60 =
          data(
              12,
              quick ? 130 : 260,
              LocalDate.of(2025, 1, 1),
              LocalDate.of(2025, 4, 5),
              Granularity.DAY);
      headerless(
          "T4 no headers, " + (quick ? 240 : 120) + "/60 s",
          long60,
          quick ? 240 : 120,
          Duration.ofSeconds(60),
          false);
    }
    if (which.contains("5")) {
      Benchmark.Data shared =
          data(
              12,
              quick ? 130 : 260,
              LocalDate.of(2025, 1, 1),
              LocalDate.of(2025, 1, 31),
              Granularity.DAY);
      notes.add(
          "T5 data per JVM: "
              + shared.describe()
              + "; budget 10 requests per 1 s window, headers and Retry-After sent;"
              + " each JVM a child process running the read on the DirectRunner; budget used over the span from the"
              + " first request to the last answer");
      for (int jvms : new int[] {1, 2, 4}) {
        sharedBudget(shared, jvms, 0);
      }
      for (int jvms : new int[] {2, 4}) {
        sharedBudget(shared, jvms, (int) Math.floor(0.9 * 600 / jvms));
      }
    }
    return rows;
  }

  // ---------------------------------------------------------------- in flight

  private void inFlight(String scenario, Benchmark.Data data, boolean withContenders)
      throws Exception {
    System.out.println(scenario + ": " + data.describe());
    double ideal = data.cost(n, LATENCY, 0).minimalDataRequests() * LATENCY.toMillis() / 1000.0 / n;
    measure(
                scenario,
                "LaterReportingIO.read() c=" + n + ", DirectRunner (default threads)",
                data,
                b -> b,
                0,
                0,
                base ->
                    Contenders.connector(
                        base,
                        data.start,
                        data.end,
                        data.granularity,
                        n,
                        Contenders.directOptions()))
            .idealS =
        ideal;
    measure(
                scenario,
                "LaterReportingIO.read() c=" + n + ", DirectRunner 1 thread",
                data,
                b -> b,
                0,
                0,
                base ->
                    Contenders.connector(
                        base, data.start, data.end, data.granularity, n, oneThread()))
            .idealS =
        ideal;
    measure(
                scenario,
                "LaterReportingIO.read() c=" + n + ", FlinkRunner p=2",
                data,
                b -> b,
                0,
                0,
                base ->
                    Contenders.connector(base, data.start, data.end, data.granularity, n, flink()))
            .idealS =
        ideal;
    if (withContenders && contenders) {
      measure(
                  scenario,
                  "sequential loop (1 DoFn)",
                  data,
                  b -> b,
                  0,
                  0,
                  base -> Contenders.sequential(base, data.windows))
              .idealS =
          ideal * n;
      measure(
                  scenario,
                  "fan-out " + fanOutThreads + " threads",
                  data,
                  b -> b,
                  0,
                  0,
                  base -> Contenders.fanOut(base, data.windows, fanOutThreads))
              .idealS =
          ideal * n / fanOutThreads;
    }
  }

  private static PipelineOptions oneThread() {
    DirectOptions options = (DirectOptions) Contenders.directOptions();
    options.setTargetParallelism(1);
    return options;
  }

  private static PipelineOptions flink() {
    org.apache.beam.runners.flink.FlinkPipelineOptions flink =
        org.apache.beam.sdk.options.PipelineOptionsFactory.create()
            .as(org.apache.beam.runners.flink.FlinkPipelineOptions.class);
    flink.setRunner(org.apache.beam.runners.flink.FlinkRunner.class);
    flink.setFlinkMaster("[local]");
    flink.setParallelism(2);
    return flink;
  }

  // ---------------------------------------------------------------- budgets without headers

  private void headerless(
      String scenario, Benchmark.Data data, int budget, Duration window, boolean contenders)
      throws Exception {
    System.out.println(scenario + ": " + data.describe());
    UnaryOperator<ReportingApiEmulator.Builder> gateway =
        b -> b.rateLimit(budget, window).budgetHeaders(BudgetHeaders.NONE).retryAfterHeader(false);
    double rate = budget / (double) window.toSeconds();
    notes.add(
        scenario
            + ": "
            + data.describe()
            + "; a gateway sending no X-Ratelimit-* headers and 429 without"
            + " Retry-After; budget used is also given after the first 3 windows");
    measure(
                scenario,
                "LaterReportingIO.read() c=" + n,
                data,
                gateway,
                rate,
                window.toMillis(),
                base ->
                    Contenders.connector(
                        base,
                        data.start,
                        data.end,
                        data.granularity,
                        n,
                        Contenders.directOptions()))
            .idealS =
        data.cost(n, LATENCY, 0).minimalDataRequests() / rate;
    if (contenders) {
      // (the sequential loop, one request at a time at 200 ms, stays under 20/s: it is T1's row)
      measure(
          scenario,
          "fan-out " + fanOutThreads + " threads",
          data,
          gateway,
          rate,
          window.toMillis(),
          base -> Contenders.fanOut(base, data.windows, fanOutThreads));
    }
  }

  // ---------------------------------------------------------------- JVMs behind one budget

  private void sharedBudget(Benchmark.Data data, int jvms, int share) throws Exception {
    String scenario = "T5 " + jvms + " JVM" + (jvms > 1 ? "s" : "") + ", 10/1 s";
    String name =
        "LaterReportingIO.read() c="
            + n
            + (share > 0 ? ", share " + share + "/min each" : ", no share");
    System.out.println(scenario + ": " + name);
    measure(
        scenario,
        name,
        data,
        b -> b.rateLimit(10, Duration.ofSeconds(1)),
        10,
        1000,
        base -> {
          List<Process> children = new ArrayList<>();
          for (int i = 0; i < jvms; i++) {
            children.add(
                new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "-cp",
                        System.getProperty("java.class.path"),
                        MemoryRun.class.getName(),
                        base,
                        data.start.toString(),
                        data.end.toString(),
                        data.granularity.name(),
                        "direct",
                        Integer.toString(n),
                        Integer.toString(share))
                    .redirectErrorStream(true)
                    .start());
          }
          Contenders.Outcome o = new Contenders.Outcome();
          for (Process p : children) {
            try (BufferedReader in =
                new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
              boolean found = false;
              for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("MEM ")) {
                  found = true;
                  for (String part : line.substring(4).split(" ")) {
                    if (part.startsWith("rows=")) {
                      o.rows += Long.parseLong(part.substring(5));
                    } else if (part.startsWith("failed=")) {
                      o.failed += Long.parseLong(part.substring(7));
                    }
                  }
                }
              }
              o.failed += found ? 0 : 1;
            }
            p.waitFor();
          }
          o.rows /=
              jvms; // every JVM reads the same data: report one read's rows against the oracle
          return o;
        });
  }

  // ---------------------------------------------------------------- measuring

  private Benchmark.Row measure(
      String scenario,
      String name,
      Benchmark.Data data,
      UnaryOperator<ReportingApiEmulator.Builder> gateway,
      double rate,
      long windowMillis,
      Benchmark.Contender contender)
      throws Exception {
    Benchmark.Row row = new Benchmark.Row();
    row.scenario = scenario;
    row.contender = name;
    try (ReportingApiEmulator emu = gateway.apply(data.emulator().latency(LATENCY)).start()) {
      if (rate == 0) {
        Benchmark.prewarm(
            emu, data, false); // a budgeted gateway starts fresh: no prewarm to spend it
      }
      long t0 = System.nanoTime();
      Contenders.Outcome o = Benchmark.runCatching(contender, emu.baseUrl());
      row.wallS = (System.nanoTime() - t0) / 1e9;
      EmulatorStats s = emu.stats();
      InFlightGauge g = s.inFlight();
      row.dataRequests = s.requests(Route.CAMPAIGN_PERFORMANCE);
      row.minimalRequests = data.cost(1, LATENCY, 0).minimalDataRequests();
      long ok = ok(s);
      row.r429 = Benchmark.count429(s);
      row.failed = o.failed + (s.total() - ok - row.r429);
      List<String> extra = new ArrayList<>();
      extra.add(
          String.format(
              Locale.ROOT,
              "rows %,d/%,d%s",
              o.rows,
              data.rows,
              o.rows == data.rows ? "" : " MISMATCH"));
      extra.add(
          String.format(
              Locale.ROOT,
              "in flight (server) %.1f avg, %d max, limit %d",
              g.average(),
              g.max(),
              n));
      if (rate == 0) {
        // The latency bound of everything the read sent (token, instances, roster walk included).
        double allIdeal = s.total() * LATENCY.toMillis() / 1000.0 / n;
        extra.add(
            String.format(
                Locale.ROOT,
                "all %d requests x %d ms / %d = %.2f s (wall %.2fx)",
                s.total(),
                LATENCY.toMillis(),
                n,
                allIdeal,
                row.wallS / allIdeal));
      }
      extra.add(
          String.format(
              Locale.ROOT,
              "data req %.3fx minimal",
              row.dataRequests / (double) row.minimalRequests));
      extra.add(
          String.format(
              Locale.ROOT,
              "429 %.1f%% of %d requests",
              100.0 * row.r429 / Math.max(1, s.total()),
              s.total()));
      if (rate > 0) {
        double span = g.busySeconds();
        extra.add(
            String.format(
                Locale.ROOT,
                "budget used %.1f%% (first request to last answer, %.1f s)",
                100.0 * ok / (rate * span),
                span));
        extra.add(perWindow(s.budgetWindows().windows(), rate, windowMillis));
      }
      if (!o.note.isEmpty()) {
        extra.add(o.note.length() > 160 ? o.note.substring(0, 160) + "..." : o.note);
      }
      row.extra = String.join("; ", extra);
      System.out.println("  in flight per 0.5 s: " + profile(g));
    }
    rows.add(row);
    System.out.printf(
        Locale.ROOT, "%s | %s | wall %.2f s | %s%n", scenario, name, row.wallS, row.extra);
    return row;
  }

  /**
   * The gateway's own windows (its fixed windows, counted from the one the first request fell in):
   * budget used from the 4th window to the last whole one (the first 3 are for learning; the last
   * is cut short by the end of the read), and admitted/429 in each window.
   */
  private static String perWindow(
      List<BudgetWindows.Window> windows, double rate, long windowMillis) {
    if (windows.isEmpty()) {
      return "no budget windows";
    }
    long first = windows.get(0).startMillis() / windowMillis;
    long last = windows.get(windows.size() - 1).startMillis() / windowMillis - first;
    long admitted = 0;
    StringBuilder each = new StringBuilder("per window (ok/429):");
    for (BudgetWindows.Window w : windows) {
      long index = w.startMillis() / windowMillis - first;
      if (index >= 3 && index < last) {
        admitted += w.admitted();
      }
      each.append(' ')
          .append(index)
          .append(':')
          .append(w.admitted())
          .append('/')
          .append(w.refused());
    }
    double perWindowBudget = rate * windowMillis / 1000.0;
    String after =
        last > 3
            ? String.format(
                Locale.ROOT,
                "after 3 windows %.1f%% (gateway windows 3..%d)",
                100.0 * admitted / (perWindowBudget * (last - 3)),
                last - 1)
            : "after 3 windows: n/a (" + (last + 1) + " windows)";
    return after + "; " + each;
  }

  /** Requests in flight (server side) per half second, as digits (9 for nine or more). */
  static String profile(InFlightGauge gauge) {
    StringBuilder b = new StringBuilder();
    for (double v : gauge.profile(500)) {
      b.append((char) ('0' + Math.min(9, (int) Math.round(v))));
    }
    return b.toString();
  }

  private static long ok(EmulatorStats s) {
    long ok = 0;
    for (Route r : Route.values()) {
      ok += s.requests(r, 200);
    }
    return ok;
  }
}
