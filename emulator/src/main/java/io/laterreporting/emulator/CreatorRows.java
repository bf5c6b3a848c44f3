package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rows of {@code /v2/creators/performance}: one per creator over every campaign and instance of
 * the query, with the networks the creator posted on there as its profiles.
 */
final class CreatorRows {
  private final PostActivity activity;
  private final PostScan scan;
  private final Creators creators;

  CreatorRows(PostActivity activity, Creators creators) {
    this.activity = activity;
    this.scan = new PostScan(activity);
    this.creators = creators;
  }

  /** Unsorted. */
  List<ExpectedCreator> rows(List<Campaign> campaigns, RangeFilter filter) {
    Map<Long, Tally> tallies = new TreeMap<>();
    Map<Long, TreeSet<Integer>> networks = new TreeMap<>();
    List<String> platformOrder = Platforms.names();
    scan.forEach(
        campaigns,
        filter,
        (day, share) -> {
          long creator = creators.creatorOf(day.campaign(), day.influencer());
          Tally tally =
              tallies.computeIfAbsent(
                  creator, c -> new Tally(new CreatorAudience(activity, creators)));
          tally.add(day, share, day.postCount(), true);
          networks
              .computeIfAbsent(creator, c -> new TreeSet<>())
              .add(platformOrder.indexOf(day.platform()));
        });
    List<ExpectedCreator> rows = new ArrayList<>();
    tallies.forEach(
        (creator, tally) ->
            rows.add(
                new ExpectedCreator(
                    creator,
                    creators.fullName(creator),
                    creators.pictureUrl(creator),
                    networks.get(creator).stream()
                        .map(i -> creators.profile(creator, platformOrder.get(i)))
                        .toList(),
                    MetricAssembler.metrics(tally, filter, ReportDescriptor.CREATORS.metrics()))));
    return rows;
  }
}
