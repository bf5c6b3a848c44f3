package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The buckets of {@code /v2/instances/performance-over-time}: the scope's totals per day, ISO week,
 * month, quarter or year, the first and last clipped to the range. With performance_date a post
 * counts in every bucket its lifetime reaches, with the share recorded there; with post_date in the
 * bucket it was published in. Buckets nothing counts in are left out, not zero-filled.
 */
final class InstanceSeries {
  private final PostActivity activity;
  private final PostScan scan;
  private final Creators creators;

  InstanceSeries(PostActivity activity, Creators creators) {
    this.activity = activity;
    this.scan = new PostScan(activity);
    this.creators = creators;
  }

  /** Ascending by startDate. */
  List<ExpectedBucket> buckets(
      List<Campaign> campaigns, RangeFilter filter, SeriesGranularity granularity) {
    int[] starts = bucketStarts(filter, granularity);
    int rangeEnd = (int) filter.end().toEpochDay();
    Tally[] tallies = new Tally[starts.length];
    scan.forEach(
        campaigns,
        filter,
        (day, share) -> {
          int lastDay =
              filter.basis() == DateBasis.POST_DATE
                  ? day.day()
                  : Math.min(day.day() + PostActivity.LIFETIME_DAYS - 1, rangeEnd);
          int first = Arrays.binarySearch(starts, Math.max(day.day(), starts[0]));
          for (int b = first >= 0 ? first : -first - 2;
              b < starts.length && starts[b] <= lastDay;
              b++) {
            double bucketShare =
                PostActivity.shareInRange(
                    day.day(), starts[b], end(starts, b, rangeEnd), filter.basis());
            if (bucketShare > 0) {
              if (tallies[b] == null) {
                tallies[b] = new Tally(new CreatorAudience(activity, creators));
              }
              tallies[b].add(day, bucketShare, day.postCount(), true);
            }
          }
        });
    List<ExpectedBucket> buckets = new ArrayList<>();
    for (int b = 0; b < starts.length; b++) {
      if (tallies[b] != null) {
        buckets.add(
            new ExpectedBucket(
                LocalDate.ofEpochDay(starts[b]),
                LocalDate.ofEpochDay(end(starts, b, rangeEnd)),
                MetricAssembler.metrics(
                    tallies[b], filter, ReportDescriptor.INSTANCES_OVER_TIME.metrics())));
      }
    }
    return buckets;
  }

  /** The first day of each bucket of the range, the first one clipped to the range's start. */
  private static int[] bucketStarts(RangeFilter filter, SeriesGranularity granularity) {
    List<Integer> starts = new ArrayList<>();
    starts.add((int) filter.start().toEpochDay());
    LocalDate next = granularity.nextBucketStart(granularity.bucketStart(filter.start()));
    while (!next.isAfter(filter.end())) {
      starts.add((int) next.toEpochDay());
      next = granularity.nextBucketStart(next);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The last day of bucket {@code b}, the last bucket clipped to the range's end. */
  private static int end(int[] starts, int b, int rangeEnd) {
    return b + 1 < starts.length ? starts[b + 1] - 1 : rangeEnd;
  }
}
