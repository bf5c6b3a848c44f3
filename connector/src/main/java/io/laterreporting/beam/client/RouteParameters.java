package io.laterreporting.beam.client;

import com.google.api.client.http.GenericUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters each route is sent, and the URL they make. Paging parameters fit both
 * generations: a first page sends {@code pageSize} and {@code limit}, later pages the parameters
 * of the generation that answered ({@code pageNumber}/{@code pageSize} or {@code nextCursor}/{@code
 * limit}).
 */
final class RouteParameters {
  private RouteParameters() {}

  /** {@code GET /v2/instances}. */
  static Map<String, String> instances(PageRequest page) {
    Map<String, String> params = new LinkedHashMap<>();
    addPage(params, page);
    return params;
  }

  /** {@code GET /v2/campaigns}: the roster of {@code instanceIds} (empty = all bound). */
  static Map<String, String> roster(List<String> instanceIds, PageRequest page) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!instanceIds.isEmpty()) {
      params.put("instanceIds", String.join(",", instanceIds));
    }
    addPage(params, page);
    return params;
  }

  /** A performance route: the query's filters, the metrics asked for, sorting and the page. */
  static Map<String, String> performance(PerformanceQuery q, List<String> metrics, PageRequest page) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!q.instanceIds().isEmpty()) {
      params.put("instanceIds", String.join(",", q.instanceIds()));
    }
    params.put("startDate", q.startDate().toString());
    params.put("endDate", q.endDate().toString());
    params.put("dateBasis", q.dateBasis());
    if (!q.campaignIds().isEmpty()) {
      params.put("campaignIds", PerformanceQuery.joinLongs(q.campaignIds()));
    }
    if (!q.platforms().isEmpty()) {
      params.put("platform", String.join(",", q.platforms()));
    }
    if (!q.contentTypes().isEmpty()) {
      params.put("contentType", String.join(",", q.contentTypes()));
    }
    params.put("metrics", String.join(",", metrics));
    if (q.sortProperty() != null) {
      params.put("sortProperty", q.sortProperty());
    }
    if (q.sortDirection() != null) {
      params.put("sortDirection", q.sortDirection());
    }
    addPage(params, page);
    return params;
  }

  private static void addPage(Map<String, String> params, PageRequest page) {
    String size = Integer.toString(page.size());
    if (page.pageNumber() != null) {
      params.put("pageNumber", page.pageNumber().toString());
      params.put("pageSize", size);
    } else if (page.cursor() != null) {
      params.put("nextCursor", page.cursor());
      params.put("limit", size);
    } else {
      params.put("pageSize", size);
      params.put("limit", size);
    }
  }

  static GenericUrl url(String baseUrl, ApiRoute route, Map<String, String> params) {
    GenericUrl url = new GenericUrl(baseUrl + route.path());
    for (Map.Entry<String, String> p : params.entrySet()) {
      url.put(p.getKey(), p.getValue());
    }
    return url;
  }
}
