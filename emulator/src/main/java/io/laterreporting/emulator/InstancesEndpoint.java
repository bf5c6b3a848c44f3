package io.laterreporting.emulator;

import java.util.List;
import java.util.Set;

/** {@code GET /v2/instances}: the bound instances, paginated, under {@code data.instanceIds}. */
final class InstancesEndpoint implements DataEndpoint {
  private static final Set<String> QUERY_PARAMETERS = Set.of();

  private final PagingRules rules;
  private final Paginator paginator;
  private final OrderedItems instanceIds;

  InstancesEndpoint(List<String> boundInstanceIds, PagingRules rules) {
    this.rules = rules;
    this.paginator = new Paginator(rules);
    this.instanceIds =
        OrderedItems.untied(
            boundInstanceIds.stream().map(RowRenderer::string).toArray(byte[][]::new));
  }

  @Override
  public Response handle(QueryParameters params) {
    PageRequest page = PageRequest.parse(rules, Route.INSTANCES, QUERY_PARAMETERS, params);
    return Response.json(paginator.page(page, instanceIds, null, Paginator.DataShape.INSTANCE_IDS));
  }
}
