package io.laterreporting.emulator;

import java.util.List;
import java.util.Set;

/** {@code GET /v2/instances}: the bound instances, paginated, under {@code data.instanceIds}. */
final class InstancesEndpoint implements DataEndpoint {
  private static final Set<String> QUERY_PARAMETERS = Set.of("limit");

  private final Pagination generation;
  private final Paginator paginator;
  private final OrderedItems instanceIds;

  InstancesEndpoint(List<String> boundInstanceIds, Pagination generation) {
    this.generation = generation;
    this.paginator = new Paginator(generation);
    this.instanceIds = OrderedItems.untied(
        boundInstanceIds.stream().map(RowRenderer::string).toArray(byte[][]::new));
  }

  @Override
  public Response handle(QueryParameters params) {
    long fingerprint = Hashing.hashString(Route.INSTANCES.path() + "?"
        + params.canonical(QUERY_PARAMETERS));
    PageRequest page = PageRequest.parse(generation, params, fingerprint);
    return Response.json(paginator.page(page, fingerprint, instanceIds, null,
        Paginator.DataShape.INSTANCE_IDS));
  }
}
