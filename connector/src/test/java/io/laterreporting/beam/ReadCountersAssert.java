package io.laterreporting.beam;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** Reads the committed value of a read counter from a finished pipeline. */
final class ReadCountersAssert {

  private ReadCountersAssert() {}

  static long counter(PipelineResult result, String name) {
    return counter(result, LaterReportingCounters.NAMESPACE, name);
  }

  static long counter(PipelineResult result, String namespace, String name) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(namespace, name))
                    .build());
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      total += counter.getCommitted();
    }
    return total;
  }
}
