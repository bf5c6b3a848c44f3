package io.laterreporting.pipelines.reliability;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.client.RetryPolicy;
import io.laterreporting.pipelines.ExportOptions;
import io.laterreporting.pipelines.ExportSettings;
import io.laterreporting.pipelines.ExportedRows;
import io.laterreporting.pipelines.sinks.ParquetPartitionsWrite;
import io.laterreporting.pipelines.sinks.PartitionLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Runs the Parquet export as {@code ParquetExport} builds it (options parsed and checked by {@link
 * ExportSettings}, the read it configures, the export's own {@link ParquetPartitionsWrite}), with
 * one difference the command line cannot express: the read's retry policy and read timeout are the
 * fast ones below, so that a suite of faulty runs fits in CI. The export's default policy is what
 * {@code ParquetExport.run} uses; {@code ExportEntryPointReliabilityTest} runs that too.
 */
final class ExportHarness {
  /** Short backoffs; Retry-After obeyed up to 1 s; the default number of attempts (8). */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.defaults()
          .withInitialBackoff(Duration.ofMillis(10))
          .withMaxBackoff(Duration.ofMillis(200))
          .withMaxRetryAfter(Duration.ofSeconds(1));

  static final Duration FAST_READ_TIMEOUT = Duration.ofMillis(600);

  private ExportHarness() {}

  /** What one run did. */
  static final class Run {
    final List<Map<String, Object>> rows;
    final Map<String, Long> counters;
    final Duration wallTime;

    Run(List<Map<String, Object>> rows, Map<String, Long> counters, Duration wallTime) {
      this.rows = rows;
      this.counters = counters;
      this.wallTime = wallTime;
    }

    long counter(String name) {
      return counters.getOrDefault(name, 0L);
    }

    /** Retries of every cause, 401 renewals included. */
    long retries() {
      return counters.entrySet().stream()
          .filter(e -> e.getKey().startsWith(LaterReportingCounters.RETRIES_PREFIX))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  static ExportOptions options(List<String> args) {
    PipelineOptionsFactory.register(ExportOptions.class);
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(ExportOptions.class);
  }

  /** Runs to the end; a failed job throws what the runner throws. */
  static Run run(List<String> args, Path output, UnaryOperator<LaterReportingIO.Read<?>> tune)
      throws Exception {
    ExportOptions options = options(args);
    ExportSettings settings = ExportSettings.from(options, Clock.systemUTC());
    Pipeline pipeline = Pipeline.create(options);
    LaterReportingIO.Read<?> read = tune.apply(settings.read());
    settings
        .exportRowsOf(pipeline.apply("ReadCampaignPerformance", read))
        .apply(
            "WriteParquet",
            new ParquetPartitionsWrite(
                new PartitionLayout(output.toString(), "reliability"),
                settings.scope(),
                settings.exportRows()));
    long started = System.nanoTime();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
    return new Run(ExportedRows.readParquet(output), counters(result), wallTime);
  }

  static Run runFast(List<String> args, Path output) throws Exception {
    return run(
        args,
        output,
        read -> read.withRetryPolicy(FAST_RETRIES).withReadTimeout(FAST_READ_TIMEOUT));
  }

  private static Map<String, Long> counters(PipelineResult result) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (counter.getName().getNamespace().equals(LaterReportingCounters.NAMESPACE)) {
        counters.merge(counter.getName().getName(), counter.getCommitted(), Long::sum);
      }
    }
    return counters;
  }

  /** Rows as a multiset: each distinct row and how often it occurs. */
  static Map<String, Long> multiset(List<Map<String, Object>> rows) {
    return rows.stream()
        .collect(Collectors.groupingBy(Object::toString, TreeMap::new, Collectors.counting()));
  }

  /** The differences of two multisets, for a failure message: "+n row" extra, "-n row" missing. */
  static String difference(List<Map<String, Object>> expected, List<Map<String, Object>> actual) {
    Map<String, Long> want = multiset(expected);
    Map<String, Long> got = multiset(actual);
    StringBuilder sb = new StringBuilder();
    java.util.Set<String> keys = new java.util.TreeSet<>(want.keySet());
    keys.addAll(got.keySet());
    int shown = 0;
    for (String key : keys) {
      long delta = got.getOrDefault(key, 0L) - want.getOrDefault(key, 0L);
      if (delta != 0 && shown++ < 5) {
        sb.append(delta > 0 ? "\n  +" : "\n  ").append(delta).append(' ').append(key);
      }
    }
    return sb.length() == 0 ? "none" : sb.toString();
  }
}
