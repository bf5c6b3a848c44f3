package io.laterreporting.beam.testing;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.emulator.DateBasis;
import io.laterreporting.emulator.ExpectedRow;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.RowQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    for (Map.Entry<String, Number> metric : row.metrics().entrySet()) {
      CampaignMetric known = CampaignMetric.forApiName(metric.getKey());
      if (known == null) {
        throw new IllegalStateException("the emulator serves a metric the record lacks: " + metric);
      }
      Number value = metric.getValue();
      known.setIn(
          builder,
          value == null
              ? null
              : known.kind() == CampaignMetric.Kind.COUNT
                  ? (Number) value.longValue()
                  : (Number) value.doubleValue());
    }
    return builder.build();
  }

  private static Instant instant(java.time.Instant instant) {
    return instant == null ? null : new Instant(instant.toEpochMilli());
  }
}
