package io.laterreporting.beam.routes;

import io.laterreporting.beam.client.ReportFormat;
import io.laterreporting.beam.records.CreatorMetric;
import io.laterreporting.beam.records.CreatorPerformance;
import java.util.EnumSet;

/**
 * {@code /v2/creators/performance}: one row per creator over the whole scope of the query, keyed by
 * {@code creatorId}. A creator who works for several instances or campaigns has one row aggregating
 * all of them (reach and rates do not add up), so a read is cut by date window only: never by
 * instance, never by campaign. Sortable: any metric of the route (inferred by the contract).
 */
public final class CreatorsRoute {
  private CreatorsRoute() {}

  public static final ReportRoute<CreatorPerformance> INSTANCE =
      new ReportRoute<>(
          "creators",
          ReportFormat.CREATORS,
          CreatorPerformance.class,
          ReportRoute.orderedSet(CreatorMetric.apiNames().toArray(String[]::new)),
          row -> Long.toString(row.getCreatorId()),
          EnumSet.noneOf(ReportRoute.Cut.class),
          false,
          false,
          row -> null);
}
