package io.laterreporting.emulator;

/**
 * Computes a campaign's row for a date range: the campaign's post days that count for the range
 * (see {@link PostActivity}) in one {@link Tally}, whose audience is the campaign's own influencers.
 */
final class MetricAggregator {
  private final PostActivity activity;

  MetricAggregator(PostActivity activity) {
    this.activity = activity;
  }

  /** The row, or null when the campaign has no activity in the range for this basis and filter. */
  ExpectedRow row(Campaign campaign, RangeFilter filter) {
    Tally tally = new Tally(new CampaignAudience(campaign, activity));
    int from = (int) filter.start().toEpochDay();
    int to = (int) filter.end().toEpochDay();
    for (int day : campaign.postDays) {
      double share = PostActivity.shareInRange(day, from, to, filter.basis());
      PostActivity.PostDay postDay = share == 0.0 ? null : activity.day(campaign, day, filter);
      if (postDay != null) {
        tally.add(postDay, share, postDay.postCount());
        tally.audience.add(postDay.influencer(), postDay.paid());
      }
    }
    if (tally.isEmpty()) {
      return null;
    }
    return new ExpectedRow(campaign.instanceId, campaign.id, campaign.name, campaign.description,
        Days.startOfDay(campaign.firstPostDay().toEpochDay()),
        Days.startOfDay(campaign.lastPostDay().toEpochDay()), campaign.platforms,
        MetricAssembler.metrics(tally, filter, MetricCatalog.names()));
  }
}
