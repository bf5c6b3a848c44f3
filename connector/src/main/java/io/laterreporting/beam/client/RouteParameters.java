package io.laterreporting.beam.client;

import com.google.api.client.http.GenericUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters each route is sent, and the URL they make: only what the route documents in
 * the generation the gateway speaks ({@link PagingParameters}), so a strict gateway accepts them
 * and a cursor follow-up repeats its first request but for {@code nextCursor}.
 */
final class RouteParameters {
  private RouteParameters() {}

  /** {@code GET /v2/instances}. */
  static Map<String, String> instances(PaginationGeneration generation, PageRequest page) {
    Map<String, String> params = new LinkedHashMap<>();
    PagingParameters.add(params, generation, page);
    return params;
  }

  /** {@code GET /v2/campaigns}: the roster of {@code instanceIds} (empty = all bound). */
  static Map<String, String> roster(
      List<String> instanceIds, PaginationGeneration generation, PageRequest page) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!instanceIds.isEmpty()) {
      params.put("instanceIds", String.join(",", instanceIds));
    }
    PagingParameters.add(params, generation, page);
    return params;
  }

  /**
   * A performance route: the query's filters, the metrics asked for, sorting, the bucket size and
   * the page in {@code generation}'s parameters; no paging parameters for a route that answers one
   * object ({@code paged} false).
   */
  static Map<String, String> performance(
      PerformanceQuery q,
      List<String> metrics,
      PaginationGeneration generation,
      PageRequest page,
      boolean paged) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!q.instanceIds().isEmpty()) {
      params.put("instanceIds", String.join(",", q.instanceIds()));
    }
    params.put("startDate", q.startDate().toString());
    params.put("endDate", q.endDate().toString());
    if (!q.dateBasis().equals(PerformanceQuery.PERFORMANCE_DATE)) {
      params.put("dateBasis", q.dateBasis()); // the documented default is left out
    }
    if (!q.campaignIds().isEmpty()) {
      params.put("campaignIds", PerformanceQuery.joinLongs(q.campaignIds()));
    }
    if (!q.platforms().isEmpty()) {
      params.put("platform", String.join(",", q.platforms()));
    }
    if (!q.contentTypes().isEmpty()) {
      params.put("contentType", String.join(",", q.contentTypes()));
    }
    if (generation == PaginationGeneration.CURSOR) {
      params.put("metrics", String.join(",", metrics)); // generation A documents no metrics
    }
    if (q.sortProperty() != null) {
      params.put("sortProperty", q.sortProperty());
    }
    if (q.sortDirection() != null) {
      params.put("sortDirection", q.sortDirection());
    }
    if (q.granularity() != null) {
      params.put("granularity", q.granularity());
    }
    if (paged) {
      PagingParameters.add(params, generation, page);
    }
    return params;
  }

  static GenericUrl url(String baseUrl, ApiRoute route, Map<String, String> params) {
    GenericUrl url = new GenericUrl(baseUrl + route.path());
    for (Map.Entry<String, String> p : params.entrySet()) {
      url.put(p.getKey(), p.getValue());
    }
    return url;
  }
}
