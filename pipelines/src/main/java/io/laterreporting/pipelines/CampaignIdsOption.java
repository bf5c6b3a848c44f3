package io.laterreporting.pipelines;

import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.routes.ReportRoute;
import io.laterreporting.pipelines.sinks.ExportReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code --campaignIds}: positive numbers, and at most as many as the report's read can send. */
final class CampaignIdsOption {
  private CampaignIdsOption() {}

  /**
   * The campaign ids of the option. A report whose rows aggregate over the query's campaigns
   * (creators, instance totals, the time series) cannot read them in batches, so the API's limit
   * per request is its limit; the connector would refuse them only when the pipeline is built.
   */
  static List<Long> parse(ExportReport report, String value) {
    List<Long> ids = parse(value);
    long distinct = ids.stream().distinct().count();
    if (!report.route().allows(ReportRoute.Cut.CAMPAIGN) && distinct > ApiLimits.MAX_CAMPAIGN_IDS) {
      throw new IllegalArgumentException(
          String.format(
              "campaignIds must hold at most %d ids with report=%s, whose rows aggregate over the"
                  + " campaigns of one request (reports %s read any number, in batches), but it"
                  + " held %d",
              ApiLimits.MAX_CAMPAIGN_IDS,
              report.name(),
              ExportReport.ALL.stream()
                  .filter(other -> other.route().allows(ReportRoute.Cut.CAMPAIGN))
                  .map(ExportReport::name)
                  .collect(Collectors.joining("|")),
              distinct));
    }
    return ids;
  }

  private static List<Long> parse(String value) {
    List<Long> ids = new ArrayList<>();
    for (String id : ExportSettings.commaList(value)) {
      try {
        ids.add(Long.parseLong(id));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            String.format(
                "campaignIds must be comma-separated positive numbers, but was '%s'", value),
            e);
      }
    }
    return ids;
  }
}
