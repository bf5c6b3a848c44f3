package io.laterreporting.beam.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects what a row has no field for; allocated per row, its maps only when needed. */
final class Leftovers {
  Map<String, Double> metrics;
  Map<String, String> fields;

  void metric(String name, double v) {
    if (metrics == null) {
      metrics = new LinkedHashMap<>();
    }
    metrics.put(name, v);
  }

  void field(String name, String json) {
    if (fields == null) {
      fields = new LinkedHashMap<>();
    }
    fields.put(name, json);
  }

  /** What {@code otherMetrics} of the record gets. */
  Map<String, Double> otherMetrics() {
    return metrics == null ? Map.of() : Collections.unmodifiableMap(metrics);
  }

  /** What {@code otherFields} of the record gets. */
  Map<String, String> otherFields() {
    return fields == null ? Map.of() : Collections.unmodifiableMap(fields);
  }
}
