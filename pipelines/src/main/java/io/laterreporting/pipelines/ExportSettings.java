package io.laterreporting.pipelines;

import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.PaginationMode;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.client.RetryPolicy;
import io.laterreporting.beam.client.SecretSources;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.pipelines.sinks.ExportReport;
import io.laterreporting.pipelines.sinks.ExportRows;
import io.laterreporting.pipelines.sinks.OutputScope;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The checked form of {@link ExportOptions}: a configured read and the windows it covers. Built
 * before the pipeline exists, so that a bad option fails before any request, with one {@link
 * IllegalArgumentException} whose message names the option, the value and what is allowed. The
 * read's own {@code withX} checks do most of the work; this class adds the checks that span
 * options.
 */
public final class ExportSettings {
  static final int MAX_LOOKBACK_DAYS = 3650;

  private final ExportReport report;
  private final LaterReportingIO.Read<?> read;
  private final ExportRows exportRows;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final Granularity granularity;
  private final OutputScope.Builder scope;

  private ExportSettings(
      ExportReport report,
      LaterReportingIO.Read<?> read,
      List<String> instanceIds,
      LocalDate startDate,
      LocalDate endDate,
      Granularity granularity,
      OutputScope.Builder scope) {
    this.report = report;
    this.read = read;
    this.exportRows = ExportRows.of(report, instanceIds);
    this.startDate = startDate;
    this.endDate = endDate;
    this.granularity = granularity;
    this.scope = scope;
  }

  /**
   * @throws IllegalArgumentException for the first bad option found, with a one-line message
   */
  public static ExportSettings from(ExportOptions options, Clock clock) {
    ExportReport report = ExportReport.parse(options.getReport());
    return from(report, readOf(report), options, clock);
  }

  /** The read of a report, with the connector's defaults. */
  private static LaterReportingIO.Read<?> readOf(ExportReport report) {
    if (report == ExportReport.POSTS) {
      return LaterReportingIO.readPosts();
    } else if (report == ExportReport.CREATORS) {
      return LaterReportingIO.readCreators();
    } else if (report == ExportReport.INSTANCES) {
      return LaterReportingIO.readInstances();
    } else if (report == ExportReport.INSTANCES_OVER_TIME) {
      return LaterReportingIO.readInstancesOverTime();
    }
    return LaterReportingIO.read();
  }

  private static <R> ExportSettings from(
      ExportReport report, LaterReportingIO.Read<R> read, ExportOptions options, Clock clock) {
    read =
        check(read, "apiBaseUrl", "baseUrl", r -> withCheckedBaseUrl(r, options.getApiBaseUrl()));
    read = read.withClientId(options.getClientId() == null ? "" : options.getClientId());
    read = read.withClientSecret(ClientSecretOption.consume(options));

    Granularity granularity = Granularity.parse(options.getGranularity());
    LocalDate[] range = dateRange(options, granularity, clock);
    read = read.withDateRange(range[0], range[1]);
    read = read.withGranularity(granularity).withDateBasis(options.getDateBasis());

    read = read.withInstanceIds(commaList(options.getInstanceIds()));
    read = read.withCampaignIds(CampaignIdsOption.parse(report, options.getCampaignIds()));
    read = read.withMetrics(commaList(options.getMetrics()).toArray(String[]::new));
    List<String> platforms = commaList(options.getPlatform());
    List<String> contentTypes = commaList(options.getContentType());
    ApiLimits.checkPlatformOrContentType("--platform", platforms, "--contentType", contentTypes);
    read = read.withPlatforms(platforms.toArray(String[]::new));
    read = read.withContentTypes(contentTypes.toArray(String[]::new));
    if (options.getSortProperty() != null && !options.getSortProperty().isBlank()) {
      read = read.withSort(options.getSortProperty(), options.getSortDirection());
    }
    read = read.withPageSize(options.getPageSize() == null ? 0 : options.getPageSize());
    read = read.withPagination(PaginationMode.parse(options.getPagination()));
    read =
        read.withRetryPolicy(
                RetryPolicy.defaults()
                    .withMaxAttempts(inRange("maxAttempts", options.getMaxAttempts(), 1, 100))
                    .withRetryBudget(
                        Duration.ofSeconds(
                            inRange(
                                "retryBudgetSeconds", options.getRetryBudgetSeconds(), 1, 86_400))))
            .withReadTimeout(
                Duration.ofSeconds(
                    inRange("readTimeoutSeconds", options.getReadTimeoutSeconds(), 1, 600)))
            .withRequestDeadline(
                Duration.ofSeconds(
                    inRange(
                        "requestDeadlineSeconds", options.getRequestDeadlineSeconds(), 1, 3600)))
            .withMaxResponseBytes(
                inRange("maxResponseMegabytes", options.getMaxResponseMegabytes(), 1, 1024)
                    * (1L << 20));
    read = read.withMaxRequestsPerMinute(WorkerShare.perMinute(options));
    checkPlan(options.as(PlanOptions.class), report);
    OutputScope.Builder scope =
        OutputScope.builder(report)
            .granularity(granularity.optionValue())
            .dateBasis(dateBasis(options.getDateBasis()))
            .metrics(commaList(options.getMetrics()))
            .platforms(platforms)
            .contentTypes(contentTypes)
            .campaignIds(
                CampaignIdsOption.parse(report, options.getCampaignIds()).stream()
                    .map(String::valueOf)
                    .collect(Collectors.toList()))
            .instanceIds(commaList(options.getInstanceIds()))
            .allowEmpty(Boolean.TRUE.equals(options.getAllowEmpty()))
            .replaceFiltered(Boolean.TRUE.equals(options.getReplaceFiltered()))
            .adoptTable(Boolean.TRUE.equals(options.getAdoptTable()));
    return new ExportSettings(
        report, read, commaList(options.getInstanceIds()), range[0], range[1], granularity, scope);
  }

  /** The date basis as rows carry it (the read has checked the option already). */
  private static String dateBasis(String option) {
    return option.replace("_", "").trim().equalsIgnoreCase("postDate")
        ? PerformanceQuery.POST_DATE
        : PerformanceQuery.PERFORMANCE_DATE;
  }

  private static int inRange(String option, Integer value, int min, int max) {
    if (value == null || value < min || value > max) {
      throw new IllegalArgumentException(
          String.format("%s must be between %d and %d, but was %s", option, min, max, value));
    }
    return value;
  }

  /** The read these options describe. */
  public LaterReportingIO.Read<?> read() {
    return read;
  }

  /** The report the run exports. */
  public ExportReport report() {
    return report;
  }

  /** The rows the run writes: the report's record schema, as both sinks take it. */
  public ExportRows exportRows() {
    return exportRows;
  }

  /** The read, as export rows of {@link #exportRows()}'s schema. */
  public PCollection<Row> readRows(Pipeline pipeline) {
    return exportRowsOf(pipeline.apply("Read" + report.recordClass().getSimpleName(), read));
  }

  /** The report's records (of this run's read) as export rows of {@link #exportRows()}'s schema. */
  public PCollection<Row> exportRowsOf(PCollection<?> records) {
    return records
        .apply("ToRows", Convert.toRows())
        .apply("ToExportRows", MapElements.into(TypeDescriptors.rows()).via(exportRows))
        .setRowSchema(exportRows.schema());
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public Granularity granularity() {
    return granularity;
  }

  /** The periods the output rows can have: every row's period is one of these, exactly. */
  public List<DateWindow> windows() {
    return DateWindows.cover(startDate, endDate, granularity);
  }

  /** What the run reads, and so what it may replace in its output. */
  public OutputScope scope() {
    return scope
        .periodStarts(
            windows().stream()
                .map(window -> window.start().toString())
                .collect(Collectors.toList()))
        .build();
  }

  private static LocalDate[] dateRange(
      ExportOptions options, Granularity granularity, Clock clock) {
    String start = options.getStartDate();
    String end = options.getEndDate();
    Integer lookbackDays = options.getLookbackDays();
    boolean explicitRange = start != null || end != null;
    if (explicitRange && lookbackDays != null) {
      throw new IllegalArgumentException(
          String.format(
              "lookbackDays cannot be combined with startDate/endDate (give a range or a lookback),"
                  + " but was %s with startDate=%s, endDate=%s",
              lookbackDays, start, end));
    }
    if (lookbackDays != null) {
      if (lookbackDays < 1 || lookbackDays > MAX_LOOKBACK_DAYS) {
        throw new IllegalArgumentException(
            String.format(
                "lookbackDays must be between 1 and %d, but was %d",
                MAX_LOOKBACK_DAYS, lookbackDays));
      }
      if (granularity == Granularity.NONE) {
        throw new IllegalArgumentException(
            "lookbackDays needs granularity day|week|month|quarter|year, but granularity was none:"
                + " its one window would start on a different day at each run, and the runs would"
                + " pile up rows over overlapping periods (use startDate/endDate for one window)");
      }
      // Yesterday is the last complete day in UTC; today's metrics are still moving. The start
      // widens to the start of its window, so that every run replaces whole periods: a clipped
      // first window would start on another day at each run and leave overlapping rows behind.
      LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
      return new LocalDate[] {
        granularity.windowStart(yesterday.minusDays(lookbackDays - 1L)), yesterday
      };
    }
    if (!explicitRange) {
      throw new IllegalArgumentException(
          "startDate and endDate (YYYY-MM-DD, inclusive) or lookbackDays are required, but none was"
              + " given");
    }
    // Parsed by the read's own checks, which name the option and the expected format.
    LaterReportingIO.read().withDateRange(start, end);
    return new LocalDate[] {LocalDate.parse(start.trim()), LocalDate.parse(end.trim())};
  }

  /**
   * {@code --plan}'s options: checked here like the others, since {@code estimateCost} would refuse
   * them only after the launch (exit 1), and {@code planCountRows} on another report would
   * otherwise be ignored by a run without {@code --plan}.
   */
  private static void checkPlan(PlanOptions plan, ExportReport report) {
    Integer perMinute = plan.getPlanRequestsPerMinute();
    if (perMinute == null || perMinute < 1) {
      throw new IllegalArgumentException(
          "planRequestsPerMinute must be a positive number of requests per minute, but was "
              + perMinute);
    }
    if (Boolean.TRUE.equals(plan.getPlanCountRows()) && report != ExportReport.CAMPAIGNS) {
      throw new IllegalArgumentException(
          String.format(
              "planCountRows counts the rows of report=%s only, but report was '%s' (leave"
                  + " planCountRows out: the plan of that report counts its queries and pages)",
              ExportReport.CAMPAIGNS.name(), report.name()));
    }
  }

  static List<String> commaList(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(item -> !item.isEmpty())
        .collect(Collectors.toList());
  }

  /**
   * The read's own check of the URL, then the API client's stricter one (no user info; plain {@code
   * http://} only to a loopback host, as the exports have no option to allow it), which would
   * otherwise run only when the pipeline is built: an exit code 1 "Export failed" instead of a bad
   * option.
   */
  private static <R> LaterReportingIO.Read<R> withCheckedBaseUrl(
      LaterReportingIO.Read<R> read, String url) {
    LaterReportingIO.Read<R> checked = read.withBaseUrl(url);
    ApiClientConfig.builder()
        .setBaseUrl(url)
        .setCredentials("url-check", SecretSources.ofValue("url-check"))
        .build();
    return checked;
  }

  /** Runs a check of the read whose message names its parameter differently from the option. */
  private static <R> LaterReportingIO.Read<R> check(
      LaterReportingIO.Read<R> read,
      String optionName,
      String parameterName,
      UnaryOperator<LaterReportingIO.Read<R>> step) {
    try {
      return step.apply(read);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      throw new IllegalArgumentException(
          message.startsWith(parameterName)
              ? optionName + message.substring(parameterName.length())
              : message,
          e);
    }
  }
}
