package io.laterreporting.pipelines;

import io.laterreporting.beam.LaterReportingCounters;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.metrics.StringSetResult;

/**
 * The metrics of a job as the runner reports them, summed over steps. Attempted values, because
 * every runner reports them, also while the job runs; committed ones are not universal.
 */
final class JobMetrics {

  private final MetricQueryResults results;

  private JobMetrics(MetricQueryResults results) {
    this.results = results;
  }

  static JobMetrics of(MetricResults metrics) {
    return new JobMetrics(metrics.allMetrics());
  }

  long counter(String namespace, String name) {
    long total = 0;
    for (MetricResult<Long> counter : results.getCounters()) {
      if (counter.getName().getNamespace().equals(namespace)
          && counter.getName().getName().equals(name)) {
        total += counter.getAttempted();
      }
    }
    return total;
  }

  /** A counter of the read ({@code LaterReportingIO} namespace). */
  long read(String name) {
    return counter(LaterReportingCounters.NAMESPACE, name);
  }

  /** Retries of the read by cause ({@code retries_<cause>} counters), causes that occurred only. */
  Map<String, Long> retriesByCause() {
    Map<String, Long> retries = new TreeMap<>();
    for (MetricResult<Long> counter : results.getCounters()) {
      String name = counter.getName().getName();
      if (counter.getName().getNamespace().equals(LaterReportingCounters.NAMESPACE)
          && name.startsWith(LaterReportingCounters.RETRIES_PREFIX)
          && counter.getAttempted() > 0) {
        retries.merge(
            name.substring(LaterReportingCounters.RETRIES_PREFIX.length()),
            counter.getAttempted(),
            Long::sum);
      }
    }
    return retries;
  }

  Set<String> stringSet(String namespace, String name) {
    Set<String> values = new TreeSet<>();
    for (MetricResult<StringSetResult> set : results.getStringSets()) {
      if (set.getName().getNamespace().equals(namespace) && set.getName().getName().equals(name)) {
        values.addAll(set.getAttempted().getStringSet());
      }
    }
    return values;
  }
}
