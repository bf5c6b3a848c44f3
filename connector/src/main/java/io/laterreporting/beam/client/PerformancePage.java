package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.util.List;

/**
 * One page of a report route: complete rows (the whole body was parsed before this was returned)
 * whose {@code periodStart}, {@code periodEnd} and {@code dateBasis} are the query's (a time
 * series' buckets carry their own periods).
 */
@AutoValue
public abstract class PerformancePage<R> {
  public abstract List<R> rows();

  public abstract PageInfo pageInfo();

  /**
   * The metric names sent with the request ({@code metrics}); may be narrower than asked, see
   * {@link LaterApiClient}.
   */
  public abstract List<String> metricsRequested();

  static <R> PerformancePage<R> of(List<R> rows, PageInfo info, List<String> metrics) {
    return new AutoValue_PerformancePage<>(List.copyOf(rows), info, List.copyOf(metrics));
  }
}
