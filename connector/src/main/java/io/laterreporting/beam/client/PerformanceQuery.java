package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The parameters of a query of a performance route ({@code /v2/campaigns/performance} and the other
 * report routes), pagination aside. Lists are sent comma-joined; an empty list is omitted ({@code
 * instanceIds} empty = all bound instances, {@code metrics} empty = all metrics). {@link
 * Builder#build()} checks what the API documents (inclusive dates, span at most two years, at most
 * 50 campaign ids, platforms and content types exclusive) so a bad query fails before any request.
 */
@AutoValue
public abstract class PerformanceQuery implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String PERFORMANCE_DATE = "performance_date";
  public static final String POST_DATE = "post_date";

  public abstract List<String> instanceIds();

  public abstract LocalDate startDate();

  public abstract LocalDate endDate();

  /** {@code performance_date} (default) or {@code post_date}. */
  public abstract String dateBasis();

  public abstract List<Long> campaignIds();

  public abstract List<String> platforms();

  public abstract List<String> contentTypes();

  /** Metric API names; empty = all (see {@link io.laterreporting.beam.records.CampaignMetric}). */
  public abstract List<String> metrics();

  public abstract @Nullable String sortProperty();

  /** {@code ASC} or {@code DESC}; null = the server's default. */
  public abstract @Nullable String sortDirection();

  /**
   * The bucket size of {@code /v2/instances/performance-over-time} ({@code day}, {@code week},
   * {@code month}, {@code quarter} or {@code year}); null on every other route.
   */
  public abstract @Nullable String granularity();

  /** The one instance the query names, or null if it names none (all bound) or several. */
  public @Nullable String onlyInstance() {
    return instanceIds().size() == 1 ? instanceIds().get(0) : null;
  }

  public static Builder builder() {
    return new AutoValue_PerformanceQuery.Builder()
        .setInstanceIds(List.of())
        .setDateBasis(PERFORMANCE_DATE)
        .setCampaignIds(List.of())
        .setPlatforms(List.of())
        .setContentTypes(List.of())
        .setMetrics(List.of());
  }

  public abstract Builder toBuilder();

  public PerformanceQuery withInstanceIds(List<String> v) {
    return toBuilder().setInstanceIds(v).build();
  }

  public PerformanceQuery withCampaignIds(List<Long> v) {
    return toBuilder().setCampaignIds(v).build();
  }

  public PerformanceQuery withDates(LocalDate start, LocalDate end) {
    return toBuilder().setStartDate(start).setEndDate(end).build();
  }

  public PerformanceQuery withMetrics(List<String> v) {
    return toBuilder().setMetrics(v).build();
  }

  /** The non-secret parameters, for log lines and exception messages. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("instanceIds=")
        .append(instanceIds().isEmpty() ? "(all bound)" : String.join(",", instanceIds()));
    sb.append(", startDate=").append(startDate()).append(", endDate=").append(endDate());
    sb.append(", dateBasis=").append(dateBasis());
    if (!campaignIds().isEmpty()) {
      sb.append(", campaignIds=").append(joinLongs(campaignIds()));
    }
    if (!platforms().isEmpty()) {
      sb.append(", platform=").append(String.join(",", platforms()));
    }
    if (!contentTypes().isEmpty()) {
      sb.append(", contentType=").append(String.join(",", contentTypes()));
    }
    sb.append(", metrics=").append(metrics().isEmpty() ? "(all)" : String.join(",", metrics()));
    if (sortProperty() != null) {
      sb.append(", sortProperty=").append(sortProperty());
    }
    if (sortDirection() != null) {
      sb.append(", sortDirection=").append(sortDirection());
    }
    if (granularity() != null) {
      sb.append(", granularity=").append(granularity());
    }
    return sb.toString();
  }

  static String joinLongs(List<Long> ids) {
    StringBuilder sb = new StringBuilder();
    for (Long id : ids) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(id);
    }
    return sb.toString();
  }

  /** Builder of {@link PerformanceQuery}; {@link #build()} validates. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setInstanceIds(List<String> v);

    public Builder setInstanceIds(String... v) {
      return setInstanceIds(List.of(v));
    }

    public abstract Builder setStartDate(LocalDate v);

    public abstract Builder setEndDate(LocalDate v);

    public abstract Builder setDateBasis(String v);

    public abstract Builder setCampaignIds(List<Long> v);

    public abstract Builder setPlatforms(List<String> v);

    public abstract Builder setContentTypes(List<String> v);

    public abstract Builder setMetrics(List<String> v);

    public abstract Builder setSortProperty(@Nullable String v);

    public abstract Builder setSortDirection(@Nullable String v);

    public abstract Builder setGranularity(@Nullable String v);

    abstract List<String> instanceIds();

    abstract List<Long> campaignIds();

    abstract List<String> platforms();

    abstract List<String> contentTypes();

    abstract List<String> metrics();

    abstract String dateBasis();

    abstract @Nullable String sortDirection();

    abstract PerformanceQuery autoBuild();

    public PerformanceQuery build() {
      setInstanceIds(nonBlank("instanceIds", instanceIds()));
      setPlatforms(nonBlank("platforms", platforms()));
      setContentTypes(nonBlank("contentTypes", contentTypes()));
      setMetrics(nonBlank("metrics", metrics()));
      List<Long> ids = campaignIds();
      for (Long id : ids) {
        if (id == null) {
          throw new IllegalArgumentException(
              "campaignIds: got " + ids + "; null ids are not allowed");
        }
      }
      if (ids.size() > ApiLimits.MAX_CAMPAIGN_IDS) {
        throw new IllegalArgumentException(
            "campaignIds: got "
                + ids.size()
                + " ids; allowed at most "
                + ApiLimits.MAX_CAMPAIGN_IDS
                + " per request");
      }
      setCampaignIds(List.copyOf(ids));
      setDateBasis(normalizeDateBasis(dateBasis()));
      String dir = sortDirection();
      if (dir != null) {
        String d = dir.toUpperCase(Locale.ROOT);
        if (!d.equals("ASC") && !d.equals("DESC")) {
          throw new IllegalArgumentException(
              "sortDirection: got '" + dir + "'; allowed ASC or DESC");
        }
        setSortDirection(d);
      }
      PerformanceQuery q;
      try {
        q = autoBuild();
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(
            "startDate/endDate: "
                + e.getMessage()
                + "; both dates are required (YYYY-MM-DD, UTC, inclusive)");
      }
      if (q.endDate().isBefore(q.startDate())) {
        throw new IllegalArgumentException(
            "endDate: got "
                + q.endDate()
                + ", before startDate "
                + q.startDate()
                + "; allowed endDate >= startDate");
      }
      if (q.endDate().isAfter(ApiLimits.latestEndDate(q.startDate()))) {
        throw new IllegalArgumentException(
            "endDate: got "
                + q.endDate()
                + " for startDate "
                + q.startDate()
                + "; the span may not exceed two years (endDate <= "
                + ApiLimits.latestEndDate(q.startDate())
                + ")");
      }
      ApiLimits.checkPlatformOrContentType(
          "platforms", q.platforms(), "contentTypes", q.contentTypes());
      return q;
    }

    private static List<String> nonBlank(String name, List<String> values) {
      if (values == null) {
        throw new IllegalArgumentException(name + ": got null; allowed a (possibly empty) list");
      }
      List<String> out = new ArrayList<>(values.size());
      for (String v : values) {
        if (v == null || v.isBlank() || v.contains(",")) {
          throw new IllegalArgumentException(
              name + ": got " + values + "; each value must be non-blank and contain no comma");
        }
        out.add(v.trim());
      }
      return List.copyOf(out);
    }

    private static String normalizeDateBasis(String v) {
      if (v == null) {
        throw new IllegalArgumentException(
            "dateBasis: got null; allowed performance_date or post_date");
      }
      switch (v.trim()) {
        case "performance_date":
        case "performanceDate":
          return PERFORMANCE_DATE;
        case "post_date":
        case "postDate":
          return POST_DATE;
        default:
          throw new IllegalArgumentException(
              "dateBasis: got '" + v + "'; allowed performance_date or post_date");
      }
    }
  }
}
