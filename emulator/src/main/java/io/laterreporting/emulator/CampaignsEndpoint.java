package io.laterreporting.emulator;

import java.util.List;
import java.util.Set;

/**
 * {@code GET /v2/campaigns}: the roster, ordered by campaignId (a unique key, so never unstable).
 */
final class CampaignsEndpoint implements DataEndpoint {
  private static final Set<String> QUERY_PARAMETERS = Set.of("instanceIds");

  private record CacheKey(long datasetVersion, List<String> instanceIds) {}

  private final Dataset dataset;
  private final InstanceScope scope;
  private final PagingRules rules;
  private final RowRenderer renderer;
  private final Paginator paginator;
  private final QueryResultCache<CacheKey, OrderedItems> cache = new QueryResultCache<>(64);

  CampaignsEndpoint(Dataset dataset, InstanceScope scope, PagingRules rules, RowRenderer renderer) {
    this.dataset = dataset;
    this.scope = scope;
    this.rules = rules;
    this.renderer = renderer;
    this.paginator = new Paginator(rules);
  }

  @Override
  public Response handle(QueryParameters params) {
    PageRequest page = PageRequest.parse(rules, Route.CAMPAIGNS, QUERY_PARAMETERS, params);
    List<String> instances = scope.resolve(params.list("instanceIds"));
    OrderedItems items =
        instances.isEmpty()
            ? OrderedItems.untied(new byte[0][])
            : cache.get(
                new CacheKey(dataset.version(), instances),
                () ->
                    OrderedItems.untied(
                        dataset.roster(instances).stream()
                            .map(renderer::rosterEntry)
                            .toArray(byte[][]::new)));
    return Response.json(paginator.page(page, items, null, Paginator.DataShape.ARRAY));
  }
}
