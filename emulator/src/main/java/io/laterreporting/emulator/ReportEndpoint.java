package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A performance route whose answer is a paginated list ({@link ListReport}): the instance scope,
 * the common validation, the cache of rendered rows, unstable order of ties, and pagination.
 */
final class ReportEndpoint<R> implements DataEndpoint {
  private record CacheKey(long datasetVersion, PerformanceQueryParser.PerformanceQuery query) {}

  private final ListReport<R> report;
  private final Dataset dataset;
  private final InstanceScope scope;
  private final PagingRules rules;
  private final Set<String> queryParameters;
  private final PerformanceQueryParser parser;
  private final Paginator paginator;
  private final QueryResultCache<CacheKey, OrderedItems> cache;
  private final boolean unstableOrder;
  private final long seed;
  private final AtomicLong shuffles = new AtomicLong();

  ReportEndpoint(
      ListReport<R> report,
      Dataset dataset,
      InstanceScope scope,
      PagingRules rules,
      int cacheCapacity,
      boolean unstableOrder,
      long seed) {
    this.report = report;
    this.dataset = dataset;
    this.scope = scope;
    this.rules = rules;
    this.queryParameters = report.descriptor().documentedParameters(rules.generation);
    this.parser = new PerformanceQueryParser(rules.generation, report.descriptor());
    this.paginator = new Paginator(rules);
    this.cache = new QueryResultCache<>(cacheCapacity);
    this.unstableOrder = unstableOrder;
    this.seed = seed;
  }

  @Override
  public Response handle(QueryParameters params) {
    Route route = report.descriptor().route();
    rules.checkKnown(route, queryParameters, params);
    List<String> instances = scope.resolve(params.list("instanceIds"));
    // Metrics are checked before the cursor, so a narrowed metric list can follow any cursor.
    PerformanceQueryParser.PerformanceQuery query = parser.parse(params, instances);
    PageRequest page = PageRequest.parse(rules, route, queryParameters, params);
    OrderedItems items =
        instances.isEmpty()
            ? OrderedItems.untied(new byte[0][])
            : cache.get(new CacheKey(dataset.version(), query), () -> render(query));
    int[] order =
        unstableOrder
            ? items.shuffledTies(
                new SplittableRandom(Hashing.hash(seed, 99, shuffles.getAndIncrement())))
            : null;
    return Response.json(paginator.page(page, items, order, Paginator.DataShape.ARRAY));
  }

  private OrderedItems render(PerformanceQueryParser.PerformanceQuery query) {
    List<R> rows = report.rows().apply(dataset, query);
    Comparator<R> key = report.tieKey().apply(query.rows());
    byte[][] items = new byte[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      items[i] = report.renderer().apply(rows.get(i), query.metricNames());
    }
    if (key == null) {
      return OrderedItems.untied(items);
    }
    List<Integer> tieRunEnds = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      if (key.compare(rows.get(i - 1), rows.get(i)) != 0) {
        tieRunEnds.add(i);
      }
    }
    if (!rows.isEmpty()) {
      tieRunEnds.add(rows.size());
    }
    return new OrderedItems(items, tieRunEnds.stream().mapToInt(Integer::intValue).toArray());
  }
}
