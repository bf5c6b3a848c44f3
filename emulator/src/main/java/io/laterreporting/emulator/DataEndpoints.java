package io.laterreporting.emulator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which endpoint answers each {@code /v2/} route; a new route adds its line here. */
final class DataEndpoints {
  private DataEndpoints() {}

  /**
   * @param listedInstances what {@code /v2/instances} lists (normally the bound instances)
   */
  static Map<Route, DataEndpoint> of(
      Dataset dataset,
      List<String> listedInstances,
      InstanceScope scope,
      PagingRules pagination,
      RowLayout layout,
      int cacheCapacity,
      boolean unstableOrder,
      long seed) {
    RowRenderer rows = new RowRenderer(layout);
    ReportRenderer reports = new ReportRenderer(layout);
    Map<Route, DataEndpoint> endpoints = new EnumMap<>(Route.class);
    endpoints.put(Route.INSTANCES, new InstancesEndpoint(listedInstances, pagination));
    endpoints.put(Route.CAMPAIGNS, new CampaignsEndpoint(dataset, scope, pagination, rows));
    endpoints.put(
        Route.INSTANCE_PERFORMANCE,
        new InstanceTotalsEndpoint(dataset, scope, pagination, reports, cacheCapacity));
    for (ListReport<?> report :
        List.of(
            ListReport.campaigns(rows),
            ListReport.posts(reports),
            ListReport.creators(reports),
            ListReport.instancesOverTime(reports))) {
      endpoints.put(
          report.descriptor().route(),
          new ReportEndpoint<>(
              report, dataset, scope, pagination, cacheCapacity, unstableOrder, seed));
    }
    return endpoints;
  }
}
