package io.laterreporting.beam.client;

import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.CreatorMetric;
import io.laterreporting.beam.records.CreatorPerformance;
import io.laterreporting.beam.records.InstanceMetric;
import io.laterreporting.beam.records.InstancePerformance;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import io.laterreporting.beam.records.InstanceSeriesMetric;
import io.laterreporting.beam.records.PostMetric;
import io.laterreporting.beam.records.PostPerformance;
import java.io.IOException;
import java.util.List;

/**
 * What the client must know of a report route to ask for one page and read it: the route, its
 * metric catalogue (sent when a query asks for all metrics), whether {@code data} is a list of rows
 * or one object (then no paging parameters are sent), and how a row becomes the record {@code R}.
 * The rest of what differs between routes (sorting, row key, which cuts keep rows exact) is in the
 * route descriptors of {@code io.laterreporting.beam.routes}, which hold these.
 */
public final class ReportFormat<R> {
  public static final ReportFormat<CampaignPerformance> CAMPAIGNS =
      new ReportFormat<>(
          ApiRoute.CAMPAIGN_PERFORMANCE,
          CampaignMetric.apiNames(),
          false,
          CampaignRowParser.INSTANCE);
  public static final ReportFormat<PostPerformance> POSTS =
      new ReportFormat<>(
          ApiRoute.POST_PERFORMANCE, PostMetric.apiNames(), false, PostRowParser.INSTANCE);
  public static final ReportFormat<CreatorPerformance> CREATORS =
      new ReportFormat<>(
          ApiRoute.CREATOR_PERFORMANCE, CreatorMetric.apiNames(), false, CreatorRowParser.INSTANCE);
  public static final ReportFormat<InstancePerformance> INSTANCE_TOTALS =
      new ReportFormat<>(
          ApiRoute.INSTANCE_PERFORMANCE,
          InstanceMetric.apiNames(),
          true,
          InstanceTotalsParser.INSTANCE);
  public static final ReportFormat<InstancePerformanceBucket> INSTANCE_SERIES =
      new ReportFormat<>(
          ApiRoute.INSTANCE_PERFORMANCE_OVER_TIME,
          InstanceSeriesMetric.apiNames(),
          false,
          BucketRowParser.INSTANCE);

  private final ApiRoute route;
  private final List<String> metricCatalogue;
  private final boolean singleObject;
  private final RowParser<R> rows;

  private ReportFormat(
      ApiRoute route, List<String> metricCatalogue, boolean singleObject, RowParser<R> rows) {
    this.route = route;
    this.metricCatalogue = metricCatalogue;
    this.singleObject = singleObject;
    this.rows = rows;
  }

  public ApiRoute route() {
    return route;
  }

  /** Every metric name of the route, in the API's order. */
  public List<String> metricCatalogue() {
    return metricCatalogue;
  }

  /** Whether {@code data} is one object (the row) rather than a list of rows. */
  public boolean singleObject() {
    return singleObject;
  }

  PerformancePage<R> parsePage(
      byte[] body, PerformanceQuery query, PageRequest request, List<String> metricsSent)
      throws IOException {
    return ReportRows.parsePage(body, query, request, metricsSent, singleObject, rows);
  }

  @Override
  public String toString() {
    return route.toString();
  }
}
