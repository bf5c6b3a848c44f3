package io.laterreporting.beam.routes;

import io.laterreporting.beam.client.ReportFormat;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code /v2/instances/performance-over-time}: the scope's totals per bucket ({@code granularity}
 * day, week, month, quarter or year), keyed by the bucket's start; buckets without activity are
 * absent and the edge buckets are clipped to the range. One query per range, cut (only where the
 * two-year limit forces it) at bucket boundaries, never by instance or campaign; unsorted.
 */
public final class InstanceSeriesRoute {
  private InstanceSeriesRoute() {}

  public static final ReportRoute<InstancePerformanceBucket> INSTANCE =
      new ReportRoute<>(
          "instancesOverTime",
          ReportFormat.INSTANCE_SERIES,
          InstancePerformanceBucket.class,
          Set.of(),
          row -> row.getPeriodStart().toString(),
          EnumSet.noneOf(ReportRoute.Cut.class),
          true,
          false,
          row -> null);
}
