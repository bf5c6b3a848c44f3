package io.laterreporting.beam.records;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The look-ups every table of metrics offers: by API name, and the names in the table's order. */
final class MetricTable<M extends RouteMetric<?, ?>> {
  private final Map<String, M> byApiName;
  private final List<String> apiNames;

  MetricTable(M[] metrics) {
    this.byApiName =
        Arrays.stream(metrics).collect(Collectors.toUnmodifiableMap(RouteMetric::apiName, m -> m));
    this.apiNames =
        Collections.unmodifiableList(
            Arrays.stream(metrics).map(RouteMetric::apiName).collect(Collectors.toList()));
  }

  @Nullable M forApiName(String apiName) {
    return byApiName.get(apiName);
  }

  List<String> apiNames() {
    return apiNames;
  }
}
