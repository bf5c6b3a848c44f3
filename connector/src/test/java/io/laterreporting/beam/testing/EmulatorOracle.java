package io.laterreporting.beam.testing;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.MetricKind;
import io.laterreporting.beam.records.RouteMetric;
import io.laterreporting.emulator.DateBasis;
import io.laterreporting.emulator.ExpectedRow;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.RowQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.joda.time.Instant;

/**
 * The rows a correct read must emit, as the emulator computes them, turned into records here
 * without the connector's parser, so that a parsing mistake cannot hide in both sides.
 */
public final class EmulatorOracle {
  private EmulatorOracle() {}

  public static List<CampaignPerformance> rows(
      ReportingApiEmulator emulator, List<String> instanceIds, List<DateWindow> windows) {
    return rows(emulator, instanceIds, windows, DateBasis.PERFORMANCE_DATE);
  }

  public static List<CampaignPerformance> rows(
      ReportingApiEmulator emulator,
      List<String> instanceIds,
      List<DateWindow> windows,
      DateBasis dateBasis) {
    List<CampaignPerformance> rows = new ArrayList<>();
    for (DateWindow window : windows) {
      RowQuery query =
          RowQuery.builder()
              .instanceIds(instanceIds)
              .startDate(window.start())
              .endDate(window.end())
              .dateBasis(dateBasis)
              .build();
      for (ExpectedRow row : emulator.dataset().campaignRows(query)) {
        rows.add(record(row, window, dateBasis.apiName()));
      }
    }
    return rows;
  }

  public static CampaignPerformance record(ExpectedRow row, DateWindow window, String dateBasis) {
    CampaignPerformance.Builder builder =
        CampaignPerformance.builder()
            .setInstanceId(row.instanceId())
            .setCampaignId(row.campaignId())
            .setCampaignName(row.campaignName())
            .setDescription(row.description())
            .setFirstPostDate(instant(row.firstPostDate()))
            .setLastPostDate(instant(row.lastPostDate()))
            .setPlatforms(List.copyOf(row.platforms()))
            .setPeriodStart(CampaignPerformance.dayStart(window.start()))
            .setPeriodEnd(CampaignPerformance.dayStart(window.end()))
            .setDateBasis(dateBasis);
    setMetrics(row.metrics(), builder, CampaignMetric::forApiName);
    return builder.build();
  }

  /** Sets each of {@code metrics} on {@code builder}, typed as the route's metric table says. */
  public static <B> void setMetrics(
      Map<String, Number> metrics, B builder, Function<String, ? extends RouteMetric<?, B>> table) {
    for (Map.Entry<String, Number> metric : metrics.entrySet()) {
      RouteMetric<?, B> known = table.apply(metric.getKey());
      if (known == null) {
        throw new IllegalStateException("the emulator serves a metric the record lacks: " + metric);
      }
      Number value = metric.getValue();
      known.setIn(
          builder,
          value == null
              ? null
              : known.kind() == MetricKind.COUNT
                  ? (Number) value.longValue()
                  : (Number) value.doubleValue());
    }
  }

  static Instant instant(java.time.Instant instant) {
    return instant == null ? null : new Instant(instant.toEpochMilli());
  }
}
