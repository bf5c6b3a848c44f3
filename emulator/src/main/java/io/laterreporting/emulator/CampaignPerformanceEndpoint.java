package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/** {@code GET /v2/campaigns/performance}. */
final class CampaignPerformanceEndpoint {
  private static final Set<String> FILTER_PARAMETERS = Set.of("startDate", "endDate",
      "instanceIds", "campaignIds", "platform", "contentType", "dateBasis", "sortProperty",
      "sortDirection");
  /** Generation B adds {@code metrics} (required there); generation A does not document it. */
  private static final Set<String> CURSOR_GENERATION_PARAMETERS = union(FILTER_PARAMETERS, "metrics");

  private record CacheKey(long datasetVersion, RowQuery query, List<String> metricNames) {}

  private final Dataset dataset;
  private final InstanceScope scope;
  private final PagingRules rules;
  private final Set<String> queryParameters;
  private final PerformanceQueryParser parser;
  private final RowRenderer renderer;
  private final Paginator paginator;
  private final QueryResultCache<CacheKey, OrderedItems> cache;
  private final boolean unstableOrder;
  private final long seed;
  private final AtomicLong shuffles = new AtomicLong();

  CampaignPerformanceEndpoint(Dataset dataset, InstanceScope scope, PagingRules rules,
      RowRenderer renderer, int cacheCapacity, boolean unstableOrder, long seed) {
    this.dataset = dataset;
    this.scope = scope;
    this.rules = rules;
    this.queryParameters = rules.generation == Pagination.CURSOR
        ? CURSOR_GENERATION_PARAMETERS : FILTER_PARAMETERS;
    this.parser = new PerformanceQueryParser(rules.generation);
    this.renderer = renderer;
    this.paginator = new Paginator(rules);
    this.cache = new QueryResultCache<>(cacheCapacity);
    this.unstableOrder = unstableOrder;
    this.seed = seed;
  }

  Response handle(QueryParameters params) {
    rules.checkKnown(Route.CAMPAIGN_PERFORMANCE, queryParameters, params);
    List<String> instances = scope.resolve(params.list("instanceIds"));
    // Metrics are checked before the cursor, so a narrowed metric list can follow any cursor.
    PerformanceQueryParser.PerformanceQuery query = parser.parse(params, instances);
    PageRequest page =
        PageRequest.parse(rules, Route.CAMPAIGN_PERFORMANCE, queryParameters, params);
    OrderedItems items = instances.isEmpty() ? OrderedItems.untied(new byte[0][])
        : cache.get(new CacheKey(dataset.version(), query.rows(), query.metricNames()),
            () -> render(query));
    int[] order = unstableOrder
        ? items.shuffledTies(new SplittableRandom(Hashing.hash(seed, 99, shuffles.getAndIncrement())))
        : null;
    return Response.json(paginator.page(page, items, order, Paginator.DataShape.ARRAY));
  }

  private static Set<String> union(Set<String> names, String more) {
    Set<String> all = new java.util.HashSet<>(names);
    all.add(more);
    return Set.copyOf(all);
  }

  private OrderedItems render(PerformanceQueryParser.PerformanceQuery query) {
    List<ExpectedRow> rows = dataset.campaignRows(query.rows());
    Comparator<ExpectedRow> key = RowOrder.byKey(query.rows().sortProperty(),
        query.rows().sortDirection());
    byte[][] items = new byte[rows.size()][];
    List<Integer> tieRunEnds = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      items[i] = renderer.performanceRow(rows.get(i), query.metricNames());
      if (i > 0 && key.compare(rows.get(i - 1), rows.get(i)) != 0) {
        tieRunEnds.add(i);
      }
    }
    if (!rows.isEmpty()) {
      tieRunEnds.add(rows.size());
    }
    return new OrderedItems(items, tieRunEnds.stream().mapToInt(Integer::intValue).toArray());
  }
}
