package io.laterreporting.emulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies the validation rules of LATER_API.md sections 3 and 5b to a request of any performance
 * route; what differs by route (catalogue, sortable properties, granularity) comes from its {@link
 * ReportDescriptor}.
 */
final class PerformanceQueryParser {
  static final int MAX_CAMPAIGN_IDS = 50;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CAMPAIGN_ID = Pattern.compile("\\d{1,18}");
  private static final List<String> PAGING_PARAMETERS =
      List.of("pageNumber", "pageSize", "limit", "nextCursor");

  /**
   * The validated query: its filters, the metrics each row shows (generation B: the requested ones)
   * and, on the time-series route only, the bucket size (else null).
   */
  record PerformanceQuery(RowQuery rows, List<String> metricNames, SeriesGranularity granularity) {}

  private final Pagination generation;
  private final ReportDescriptor report;

  PerformanceQueryParser(Pagination generation, ReportDescriptor report) {
    this.generation = generation;
    this.report = report;
  }

  /** {@code instanceIds} is the already resolved scope of the request. */
  PerformanceQuery parse(QueryParameters params, List<String> instanceIds) {
    LocalDate start = date(params, "startDate");
    LocalDate end = date(params, "endDate");
    if (end.isBefore(start)) {
      throw ApiProblem.validation(
          "endDate (" + end + ") must not be before startDate (" + start + ").");
    }
    if (end.isAfter(start.plusYears(2))) {
      throw ApiProblem.validation(
          "The date range may not exceed two years: endDate must be on or"
              + " before "
              + start.plusYears(2)
              + " for startDate "
              + start
              + ".");
    }
    DateBasis basis =
        params
            .single("dateBasis")
            .map(
                text ->
                    DateBasis.parse(text)
                        .orElseThrow(
                            () ->
                                ApiProblem.validation(
                                    "dateBasis must be performance_date or post_date"
                                        + " (also spelled performanceDate, postDate), got '"
                                        + text
                                        + "'.")))
            .orElse(DateBasis.PERFORMANCE_DATE);
    List<Long> campaignIds = campaignIds(params);
    List<String> platforms = params.list("platform");
    List<String> contentTypes = params.list("contentType");
    if (!platforms.isEmpty() && !contentTypes.isEmpty()) {
      throw ApiProblem.validation(
          "platform and contentType are mutually exclusive: give one of them.");
    }
    requireKnown("platform", platforms, Platforms.names());
    requireKnown("contentType", contentTypes, Platforms.contentTypes());
    RowQuery.Builder query =
        RowQuery.builder()
            .instanceIds(instanceIds)
            .startDate(start)
            .endDate(end)
            .dateBasis(basis)
            .campaignIds(campaignIds)
            .platform(platforms)
            .contentType(contentTypes);
    sort(params, query);
    requireNoPaging(params);
    RowQuery rows = query.build();
    List<String> metricNames =
        generation == Pagination.CURSOR ? metrics(params, RangeFilter.of(rows)) : report.metrics();
    return new PerformanceQuery(rows, metricNames, granularity(params));
  }

  private static LocalDate date(QueryParameters params, String name) {
    String text =
        params
            .single(name)
            .orElseThrow(() -> ApiProblem.validation(name + " is required (YYYY-MM-DD)."));
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // same answer as a malformed date
    }
    throw ApiProblem.validation(name + " must be a date in YYYY-MM-DD format, got '" + text + "'.");
  }

  private static List<Long> campaignIds(QueryParameters params) {
    List<String> given = params.list("campaignIds");
    List<Long> ids = new ArrayList<>();
    for (String id : given) {
      if (!CAMPAIGN_ID.matcher(id).matches()) {
        throw ApiProblem.validation("campaignIds must be numbers, got '" + id + "'.");
      }
      ids.add(Long.parseLong(id));
    }
    if (ids.size() > MAX_CAMPAIGN_IDS) {
      throw ApiProblem.validation("Maximum of 50 campaignIds allowed.");
    }
    return ids;
  }

  private static void requireKnown(String name, List<String> given, List<String> allowed) {
    for (String value : given) {
      if (!allowed.contains(value)) {
        throw ApiProblem.validation(
            name
                + " '"
                + value
                + "' is not supported. Valid values: "
                + String.join(", ", allowed)
                + ".");
      }
    }
  }

  /**
   * A route answering one object has no pages: a client sending a paging parameter expects some.
   */
  private void requireNoPaging(QueryParameters params) {
    if (report.paginated()) {
      return;
    }
    for (String name : PAGING_PARAMETERS) {
      if (params.has(name)) {
        throw ApiProblem.validation(
            name
                + " is not accepted on "
                + report.route().path()
                + ": the answer is one object for the whole scope, not a page.");
      }
    }
  }

  private SeriesGranularity granularity(QueryParameters params) {
    Optional<String> text = params.single("granularity");
    if (!report.granularity()) {
      if (text.isPresent()) {
        throw ApiProblem.validation(
            "granularity is not accepted on "
                + report.route().path()
                + ": only "
                + ReportDescriptor.INSTANCES_OVER_TIME.route().path()
                + " has buckets.");
      }
      return null;
    }
    return text.map(
            given ->
                SeriesGranularity.parse(given)
                    .orElseThrow(
                        () ->
                            ApiProblem.validation(
                                "granularity must be day, week, month, quarter or year, got '"
                                    + given
                                    + "'.")))
        .orElse(SeriesGranularity.MONTH);
  }

  private void sort(QueryParameters params, RowQuery.Builder query) {
    Optional<String> property = params.single("sortProperty");
    Optional<String> direction = params.single("sortDirection");
    if (report.sortable().isEmpty() && (property.isPresent() || direction.isPresent())) {
      throw new ApiProblem(
          ErrorType.UNSUPPORTED_SORT_PROPERTY,
          (property.isPresent() ? "sortProperty" : "sortDirection")
              + " is not supported on "
              + report.route().path()
              + ": it does not sort.");
    }
    if (property.isPresent()) {
      if (!report.sortable().contains(property.get())) {
        throw new ApiProblem(
            ErrorType.UNSUPPORTED_SORT_PROPERTY,
            "sortProperty '"
                + property.get()
                + "' is not supported. Supported: "
                + String.join(", ", report.sortable())
                + ".");
      }
      query.sortProperty(property.get());
    }
    if (direction.isPresent()) {
      String upper = direction.get().toUpperCase(Locale.ROOT);
      if (!upper.equals("ASC") && !upper.equals("DESC")) {
        throw ApiProblem.validation(
            "sortDirection must be ASC or DESC, got '" + direction.get() + "'.");
      }
      query.sortDirection(SortDirection.valueOf(upper));
    }
  }

  /** Generation B: the requested metrics, in API order; each must exist and be available. */
  private List<String> metrics(QueryParameters params, RangeFilter filter) {
    List<String> requested = params.list("metrics");
    List<String> valid =
        report.metrics().stream()
            .filter(
                name -> filter.admitsCrossposting() || !MetricCatalog.CROSSPOSTED.contains(name))
            .toList();
    if (requested.isEmpty()) {
      throw ApiProblem.validation(
          "metrics is required. Valid metrics: " + String.join(", ", valid) + ".");
    }
    Set<String> invalid = new LinkedHashSet<>(requested);
    invalid.removeAll(valid);
    if (!invalid.isEmpty()) {
      throw ApiProblem.validation(
          "Unknown or unavailable metrics for these filters: "
              + String.join(", ", invalid)
              + ". Valid metrics: "
              + String.join(", ", valid)
              + ".");
    }
    return valid.stream().filter(requested::contains).toList();
  }
}
