package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import io.laterreporting.beam.records.InstanceSeriesMetric;
import java.io.IOException;
import org.joda.time.Instant;

/**
 * Buckets of {@code /v2/instances/performance-over-time} into {@link InstancePerformanceBucket}:
 * the bucket's own {@code startDate} and {@code endDate} (dates or timestamps) are its period;
 * metrics as {@link RowWalker} reads them.
 */
final class BucketRowParser implements RowParser<InstancePerformanceBucket> {
  static final BucketRowParser INSTANCE = new BucketRowParser();

  private BucketRowParser() {}

  @Override
  public InstancePerformanceBucket parse(JsonParser p, PerformanceQuery q, int index)
      throws IOException {
    InstancePerformanceBucket.Builder b =
        InstancePerformanceBucket.builder()
            .setDateBasis(q.dateBasis())
            .setGranularity(String.valueOf(q.granularity()));
    Leftovers left = new Leftovers();
    Instant[] period = new Instant[2];
    RowWalker.walk(
        p,
        (pp, f, t) -> {
          switch (f) {
            case "startDate":
              period[0] = JsonValues.instantOrKeep(pp, t, f, left);
              return true;
            case "endDate":
              period[1] = JsonValues.instantOrKeep(pp, t, f, left);
              return true;
            default:
              return false;
          }
        },
        InstanceSeriesMetric::forApiName,
        b,
        left);
    return b.setPeriodStart(JsonValues.required(period[0], "startDate", index))
        .setPeriodEnd(JsonValues.required(period[1], "endDate", index))
        .setOtherMetrics(left.otherMetrics())
        .setOtherFields(left.otherFields())
        .build();
  }
}
