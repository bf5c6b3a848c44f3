package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.List;

/**
 * One page of {@code /v2/campaigns/performance}: complete rows (the whole body was parsed before
 * this was returned) whose {@code periodStart}, {@code periodEnd} and {@code dateBasis} are the
 * query's.
 */
@AutoValue
public abstract class PerformancePage {
  public abstract List<CampaignPerformance> rows();

  public abstract PageInfo pageInfo();

  /** The metric names sent with the request ({@code metrics}); may be narrower than asked, see {@link LaterApiClient}. */
  public abstract List<String> metricsRequested();

  static PerformancePage of(List<CampaignPerformance> rows, PageInfo info, List<String> metrics) {
    return new AutoValue_PerformancePage(List.copyOf(rows), info, List.copyOf(metrics));
  }
}
