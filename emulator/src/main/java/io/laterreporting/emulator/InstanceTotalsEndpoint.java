package io.laterreporting.emulator;

import java.util.List;

/**
 * {@code GET /v2/instances/performance}: one object, {@code data.metrics}, for the whole scope. Not
 * paginated: generation B adds {@code "nextCursor": null}, and a paging parameter is a 400 in both
 * generations (a client sending one expects pages that do not exist).
 */
final class InstanceTotalsEndpoint implements DataEndpoint {
  private record CacheKey(long datasetVersion, PerformanceQueryParser.PerformanceQuery query) {}

  private final PagingRules rules;
  private final Dataset dataset;
  private final InstanceScope scope;
  private final PerformanceQueryParser parser;
  private final ReportRenderer renderer;
  private final Paginator paginator;
  private final QueryResultCache<CacheKey, byte[]> cache;

  InstanceTotalsEndpoint(
      Dataset dataset,
      InstanceScope scope,
      PagingRules rules,
      ReportRenderer renderer,
      int cacheCapacity) {
    this.rules = rules;
    this.dataset = dataset;
    this.scope = scope;
    this.parser = new PerformanceQueryParser(rules.generation, ReportDescriptor.INSTANCES);
    this.renderer = renderer;
    this.paginator = new Paginator(rules);
    this.cache = new QueryResultCache<>(cacheCapacity);
  }

  @Override
  public Response handle(QueryParameters params) {
    // Paging parameters pass this check and are then refused by the parser: there are no pages.
    rules.checkKnown(
        Route.INSTANCE_PERFORMANCE,
        ReportDescriptor.INSTANCES.documentedParameters(rules.generation),
        params);
    List<String> instances = scope.resolve(params.list("instanceIds"));
    PerformanceQueryParser.PerformanceQuery query = parser.parse(params, instances);
    byte[] data =
        instances.isEmpty()
            ? renderer.totals(dataset.emptyTotals(query.rows()), query.metricNames())
            : cache.get(
                new CacheKey(dataset.version(), query),
                () -> renderer.totals(dataset.instanceTotals(query.rows()), query.metricNames()));
    return Response.json(paginator.single(data));
  }
}
