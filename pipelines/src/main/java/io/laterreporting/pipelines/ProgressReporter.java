package io.laterreporting.pipelines;

import io.laterreporting.beam.LaterReportingCounters;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;

/**
 * Prints how far a running read has got, every few seconds, so that a long export shows life on the
 * console without flooding it. Stays silent on runners that report no metrics while running.
 */
final class ProgressReporter implements AutoCloseable {
  static final Duration PERIOD = Duration.ofSeconds(5);

  private final ScheduledExecutorService timer;

  private ProgressReporter(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static ProgressReporter start(PipelineResult result, PrintStream console) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "export-progress");
              thread.setDaemon(true);
              return thread;
            });
    long started = System.nanoTime();
    timer.scheduleAtFixedRate(
        () -> {
          try {
            JobMetrics metrics = JobMetrics.of(result.metrics());
            console.println(
                String.format(
                    Locale.ROOT,
                    "  ... %,d pages, %,d rows read (%d s)",
                    metrics.read(LaterReportingCounters.PAGES),
                    metrics.read(LaterReportingCounters.ROWS),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
          } catch (RuntimeException metricsUnavailable) {
            timer.shutdown();
          }
        },
        PERIOD.toMillis(),
        PERIOD.toMillis(),
        TimeUnit.MILLISECONDS);
    return new ProgressReporter(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
