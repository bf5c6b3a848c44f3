package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/** {@code GET /v2/campaigns/performance}. */
final class CampaignPerformanceEndpoint {
  private static final Set<String> QUERY_PARAMETERS = Set.of("startDate", "endDate", "instanceIds",
      "campaignIds", "platform", "contentType", "dateBasis", "metrics", "sortProperty",
      "sortDirection", "limit");

  private record CacheKey(long datasetVersion, RowQuery query, List<String> metricNames) {}

  private final Dataset dataset;
  private final InstanceScope scope;
  private final Pagination generation;
  private final PerformanceQueryParser parser;
  private final RowRenderer renderer;
  private final Paginator paginator;
  private final QueryResultCache<CacheKey, OrderedItems> cache;
  private final boolean unstableOrder;
  private final long seed;
  private final AtomicLong shuffles = new AtomicLong();

  CampaignPerformanceEndpoint(Dataset dataset, InstanceScope scope, Pagination generation,
      RowRenderer renderer, int cacheCapacity, boolean unstableOrder, long seed) {
    this.dataset = dataset;
    this.scope = scope;
    this.generation = generation;
    this.parser = new PerformanceQueryParser(generation);
    this.renderer = renderer;
    this.paginator = new Paginator(generation);
    this.cache = new QueryResultCache<>(cacheCapacity);
    this.unstableOrder = unstableOrder;
    this.seed = seed;
  }

  Response handle(QueryParameters params) {
    List<String> instances = scope.resolve(params.list("instanceIds"));
    PerformanceQueryParser.PerformanceQuery query = parser.parse(params, instances);
    long fingerprint = Hashing.hashString(Route.CAMPAIGN_PERFORMANCE.path() + "?"
        + params.canonical(QUERY_PARAMETERS));
    PageRequest page = PageRequest.parse(generation, params, fingerprint);
    OrderedItems items = instances.isEmpty() ? OrderedItems.untied(new byte[0][])
        : cache.get(new CacheKey(dataset.version(), query.rows(), query.metricNames()),
            () -> render(query));
    int[] order = unstableOrder
        ? items.shuffledTies(new SplittableRandom(Hashing.hash(seed, 99, shuffles.getAndIncrement())))
        : null;
    return Response.json(paginator.page(page, fingerprint, items, order, Paginator.DataShape.ARRAY));
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
