package io.laterreporting.pipelines.sinks;

import io.laterreporting.beam.routes.CampaignsRoute;
import io.laterreporting.beam.routes.CreatorsRoute;
import io.laterreporting.beam.routes.InstanceSeriesRoute;
import io.laterreporting.beam.routes.InstanceTotalsRoute;
import io.laterreporting.beam.routes.PostsRoute;
import io.laterreporting.beam.routes.ReportRoute;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an export writes, described once for both sinks: the report's name (the {@code --report=}
 * value, recorded in the output's manifest), the record the read emits, the columns that identify a
 * row, and the columns that partition the output. The sinks, the manifest and the BigQuery
 * statements take these names from here, never spell them themselves.
 *
 * <p>Every report is partitioned by the start of the row's period and by {@code instanceId}: a run
 * reads whole periods of whole instances, so those two columns are exactly what a run can replace.
 * Reports whose rows are not per instance (creators, instance totals, the time series: a row
 * aggregates over the whole scope) are <b>scope-wide</b>: the export fills {@code instanceId} with
 * the run's instance set ({@link #scopeOf}), and an output holds one instance set only (the
 * manifest records it; a run over another set is refused), because rows over different sets overlap
 * and cannot be told apart by a reader that sums them.
 */
public final class ExportReport implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String PERIOD_START = ExportRows.PERIOD_START;
  public static final String INSTANCE_ID = "instanceId";

  /** The {@code instanceId} of a scope-wide row read over every instance the credentials see. */
  public static final String ALL_INSTANCES = "all";

  private static final String PERIOD_END = ExportRows.PERIOD_END;
  private static final String DATE_BASIS = "dateBasis";

  /** Campaign performance: one row per campaign and period. */
  public static final ExportReport CAMPAIGNS =
      new ExportReport(
          "campaigns",
          CampaignsRoute.INSTANCE,
          false,
          List.of(INSTANCE_ID, "campaignId", PERIOD_START, PERIOD_END, DATE_BASIS));

  /** Post performance: one row per post and period, posts with all-zero metrics included. */
  public static final ExportReport POSTS =
      new ExportReport(
          "posts",
          PostsRoute.INSTANCE,
          false,
          List.of(INSTANCE_ID, "postId", PERIOD_START, PERIOD_END, DATE_BASIS));

  /** Creator performance: one row per creator and period, over the run's whole instance set. */
  public static final ExportReport CREATORS =
      new ExportReport(
          "creators",
          CreatorsRoute.INSTANCE,
          true,
          List.of(INSTANCE_ID, "creatorId", PERIOD_START, PERIOD_END, DATE_BASIS));

  /** Instance totals: one row per period, for the run's whole instance set. */
  public static final ExportReport INSTANCES =
      new ExportReport(
          "instances",
          InstanceTotalsRoute.INSTANCE,
          true,
          List.of(INSTANCE_ID, PERIOD_START, PERIOD_END, DATE_BASIS));

  /** The time series: one row per bucket with activity; the bucket's dates are the period. */
  public static final ExportReport INSTANCES_OVER_TIME =
      new ExportReport(
          "instancesOverTime",
          InstanceSeriesRoute.INSTANCE,
          true,
          List.of(INSTANCE_ID, PERIOD_START, PERIOD_END, DATE_BASIS));

  public static final List<ExportReport> ALL =
      List.of(CAMPAIGNS, POSTS, CREATORS, INSTANCES, INSTANCES_OVER_TIME);

  private final String name;
  private final ReportRoute<?> route;
  private final boolean scopeWide;
  private final List<String> rowKey;

  private ExportReport(String name, ReportRoute<?> route, boolean scopeWide, List<String> rowKey) {
    this.name = name;
    this.route = route;
    this.scopeWide = scopeWide;
    this.rowKey = List.copyOf(rowKey);
  }

  /**
   * The report a {@code --report=} value names.
   *
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static ExportReport parse(String value) {
    for (ExportReport report : ALL) {
      if (report.name.equals(value == null ? null : value.trim())) {
        return report;
      }
    }
    throw new IllegalArgumentException(
        String.format("report must be one of %s, but was '%s'", names(), value));
  }

  /** The allowed {@code --report=} values, {@code campaigns|posts|...}. */
  public static String names() {
    return ALL.stream().map(ExportReport::name).collect(Collectors.joining("|"));
  }

  /** The name a {@code --report=} option takes, and the manifest records. */
  public String name() {
    return name;
  }

  /** The record the report's read emits; its Beam schema is the export's columns. */
  public Class<?> recordClass() {
    return route.recordClass();
  }

  /** The connector's route of the report's read: its API path and the cuts that keep rows exact. */
  public ReportRoute<?> route() {
    return route;
  }

  /** Whether a row aggregates over the run's whole instance set rather than one instance. */
  public boolean scopeWide() {
    return scopeWide;
  }

  /**
   * The {@code instanceId} a scope-wide report's rows carry: {@value #ALL_INSTANCES} for every
   * instance the credentials see, else the named instances, sorted, comma-separated.
   */
  public static String scopeOf(List<String> instanceIds) {
    return instanceIds.isEmpty()
        ? ALL_INSTANCES
        : instanceIds.stream().distinct().sorted().collect(Collectors.joining(","));
  }

  /** The columns that identify one row: no two rows of one run share them. */
  public List<String> rowKey() {
    return rowKey;
  }

  /** The partition columns, outermost first: {@code periodStart}, then {@code instanceId}. */
  public List<String> partitionColumns() {
    return List.of(PERIOD_START, INSTANCE_ID);
  }

  @Override
  public String toString() {
    return name;
  }
}
