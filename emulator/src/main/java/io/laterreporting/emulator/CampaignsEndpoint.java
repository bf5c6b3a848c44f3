package io.laterreporting.emulator;

import java.util.List;
import java.util.Set;

/** {@code GET /v2/campaigns}: the roster, ordered by campaignId (a unique key, so never unstable). */
final class CampaignsEndpoint implements DataEndpoint {
  private static final Set<String> QUERY_PARAMETERS = Set.of("instanceIds", "limit");

  private record CacheKey(long datasetVersion, List<String> instanceIds) {}

  private final Dataset dataset;
  private final InstanceScope scope;
  private final Pagination generation;
  private final RowRenderer renderer;
  private final Paginator paginator;
  private final QueryResultCache<CacheKey, OrderedItems> cache = new QueryResultCache<>(64);

  CampaignsEndpoint(Dataset dataset, InstanceScope scope, Pagination generation,
      RowRenderer renderer) {
    this.dataset = dataset;
    this.scope = scope;
    this.generation = generation;
    this.renderer = renderer;
    this.paginator = new Paginator(generation);
  }

  @Override
  public Response handle(QueryParameters params) {
    List<String> instances = scope.resolve(params.list("instanceIds"));
    long fingerprint = Hashing.hashString(Route.CAMPAIGNS.path() + "?"
        + params.canonical(QUERY_PARAMETERS));
    PageRequest page = PageRequest.parse(generation, params, fingerprint);
    OrderedItems items = instances.isEmpty() ? OrderedItems.untied(new byte[0][])
        : cache.get(new CacheKey(dataset.version(), instances), () -> OrderedItems.untied(
            dataset.roster(instances).stream().map(renderer::rosterEntry).toArray(byte[][]::new)));
    return Response.json(paginator.page(page, fingerprint, items, null, Paginator.DataShape.ARRAY));
  }
}
