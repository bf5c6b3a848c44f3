package io.laterreporting.emulator;

import java.util.List;
import java.util.Map;

/**
 * The object of {@code /v2/instances/performance}: totals over every post of the scope, with reach
 * counting each creator once however many campaigns and instances they posted for (so it is not the
 * sum of the campaigns' reach). A scope without activity has counts 0 and rates null.
 */
final class InstanceTotals {
  private final PostActivity activity;
  private final PostScan scan;
  private final Creators creators;

  InstanceTotals(PostActivity activity, Creators creators) {
    this.activity = activity;
    this.scan = new PostScan(activity);
    this.creators = creators;
  }

  Map<String, Number> totals(List<Campaign> campaigns, RangeFilter filter) {
    Tally tally = new Tally(new CreatorAudience(activity, creators));
    scan.forEach(
        campaigns,
        filter,
        (day, share) -> {
          tally.add(day, share, day.postCount(), true);
        });
    return MetricAssembler.metrics(tally, filter, ReportDescriptor.INSTANCES.metrics());
  }
}
