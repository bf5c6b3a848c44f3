package io.laterreporting.emulator;

import java.util.List;

/**
 * Computes a campaign's row for a date range: the campaign's post days that count for the range
 * (see {@link PostActivity}) in one {@link Tally}, whose audience is the campaign's own
 * influencers.
 */
final class MetricAggregator {
  private final PostActivity activity;
  private final PostScan scan;

  MetricAggregator(PostActivity activity) {
    this.activity = activity;
    this.scan = new PostScan(activity);
  }

  /** The row, or null when the campaign has no activity in the range for this basis and filter. */
  ExpectedRow row(Campaign campaign, RangeFilter filter) {
    Tally tally = new Tally(new CampaignAudience(campaign, activity));
    scan.forEach(
        List.of(campaign),
        filter,
        (day, share) -> {
          tally.add(day, share, day.postCount(), true);
        });
    if (tally.isEmpty()) {
      return null;
    }
    return new ExpectedRow(
        campaign.instanceId,
        campaign.id,
        campaign.name,
        campaign.description,
        Days.startOfDay(campaign.firstPostDay().toEpochDay()),
        Days.startOfDay(campaign.lastPostDay().toEpochDay()),
        campaign.platforms,
        MetricAssembler.metrics(tally, filter, MetricCatalog.names()));
  }
}
