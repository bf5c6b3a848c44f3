package io.laterreporting.beam.routes;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every report route the connector reads, by name. */
public final class Routes {
  private Routes() {}

  /** Campaigns first (the default report), then in the contract's order. */
  public static final List<ReportRoute<?>> ALL =
      List.of(
          CampaignsRoute.INSTANCE,
          PostsRoute.INSTANCE,
          CreatorsRoute.INSTANCE,
          InstanceTotalsRoute.INSTANCE,
          InstanceSeriesRoute.INSTANCE);

  /**
   * The route called {@code name} ({@code campaigns|posts|creators|instances|instancesOverTime},
   * any case).
   *
   * @throws IllegalArgumentException naming {@code parameter}, the value and the allowed names
   */
  public static ReportRoute<?> forName(String parameter, String name) {
    for (ReportRoute<?> route : ALL) {
      if (route
          .name()
          .toLowerCase(Locale.ROOT)
          .equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
        return route;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "%s must be one of %s, but was '%s'",
            parameter, ALL.stream().map(ReportRoute::name).collect(Collectors.joining("|")), name));
  }
}
