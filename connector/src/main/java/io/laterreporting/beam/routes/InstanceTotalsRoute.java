package io.laterreporting.beam.routes;

import io.laterreporting.beam.client.ReportFormat;
import io.laterreporting.beam.records.InstancePerformance;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code /v2/instances/performance}: one object, the totals of the query's whole scope (reach
 * de-duplicated across campaigns), unpaginated and unsorted. The scope is the row: a read makes one
 * query per date window and no instance cut, unless the user asks for one row per instance, in
 * which case it makes one query per instance and the row carries {@code instanceId}.
 */
public final class InstanceTotalsRoute {
  private InstanceTotalsRoute() {}

  public static final ReportRoute<InstancePerformance> INSTANCE =
      new ReportRoute<>(
          "instances",
          ReportFormat.INSTANCE_TOTALS,
          InstancePerformance.class,
          Set.of(),
          row -> String.valueOf(row.getInstanceId()),
          EnumSet.noneOf(ReportRoute.Cut.class),
          false,
          false,
          row -> null);
}
