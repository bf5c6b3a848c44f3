package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The buckets of {@code /v2/instances/performance-over-time}: the scope's totals per day, ISO
 * week, month, quarter or year, the first and last clipped to the range. With performance_date a
 * post counts in every bucket its lifetime reaches, with the share recorded there; with post_date
 * in the bucket it was published in. Buckets nothing counts in are left out, not zero-filled.
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
  List<ExpectedBucket> buckets(List<Campaign> campaigns, RangeFilter filter,
      SeriesGranularity granularity) {
    Map<LocalDate, Tally> tallies = new TreeMap<>();
    LocalDate rangeEnd = filter.end();
    scan.forEach(campaigns, filter, (day, share) -> {
      LocalDate posted = LocalDate.ofEpochDay(day.day());
      LocalDate first = posted.isBefore(filter.start()) ? filter.start() : posted;
      LocalDate last = filter.basis() == DateBasis.POST_DATE ? posted
          : min(posted.plusDays(PostActivity.LIFETIME_DAYS - 1), rangeEnd);
      for (LocalDate bucket = granularity.bucketStart(first); !bucket.isAfter(last);
          bucket = granularity.nextBucketStart(bucket)) {
        LocalDate from = bucket.isBefore(filter.start()) ? filter.start() : bucket;
        LocalDate to = min(granularity.nextBucketStart(bucket).minusDays(1), rangeEnd);
        double bucketShare = PostActivity.shareInRange(day.day(), (int) from.toEpochDay(),
            (int) to.toEpochDay(), filter.basis());
        if (bucketShare > 0) {
          Tally tally = tallies.computeIfAbsent(from,
              b -> new Tally(new CreatorAudience(activity, creators)));
          tally.add(day, bucketShare, day.postCount(), true);
        }
      }
    });
    List<ExpectedBucket> buckets = new ArrayList<>();
    tallies.forEach((from, tally) -> buckets.add(new ExpectedBucket(from,
        min(granularity.nextBucketStart(granularity.bucketStart(from)).minusDays(1), rangeEnd),
        MetricAssembler.metrics(tally, filter, ReportDescriptor.INSTANCES_OVER_TIME.metrics()))));
    return buckets;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
