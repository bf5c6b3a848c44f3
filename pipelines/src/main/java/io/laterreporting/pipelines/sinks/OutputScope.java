package io.laterreporting.pipelines.sinks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one run reads, and so what it may replace: its periods x its instances, read with one
 * layout. The layout (report, partition and key columns, granularity, date basis, metrics and
 * content filters) says what the rows mean; every row of one output must share it, and the output's
 * manifest records it. A run replaces the partitions (period start x instance) of its periods for
 * the instances it names, or, when it names none, for the instances it read rows of.
 */
public final class OutputScope implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Layout entries that change what a row means: a run that differs is always refused. */
  static final List<String> STRICT =
      List.of("report", "partitionedBy", "rowKey", "granularity", "dateBasis", "instanceScope");

  /**
   * Filters whose rows look like the output's but hold less (what is lost, per filter): a run that
   * differs is refused unless it says replacement is intended.
   */
  static final Map<String, String> FILTERS =
      orderedMap(
          "metrics", "the other metrics of its rows would become null",
          "platform", "its rows would count only that content",
          "contentType", "its rows would count only that content",
          "campaignIds", "the other campaigns' rows of its partitions would be deleted");

  private final ExportReport report;
  private final Map<String, Object> layout;
  private final List<String> periodStarts;
  private final List<String> instanceIds;
  private final boolean allowEmpty;
  private final boolean replaceFiltered;
  private final boolean adoptTable;

  private OutputScope(Builder builder) {
    this.report = builder.report;
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("report", report.name());
    layout.put("partitionedBy", report.partitionColumns());
    layout.put("rowKey", report.rowKey());
    layout.put("granularity", builder.granularity);
    layout.put("dateBasis", builder.dateBasis);
    layout.put("metrics", sorted(builder.metrics));
    layout.put("platform", sorted(builder.platforms));
    layout.put("contentType", sorted(builder.contentTypes));
    layout.put("campaignIds", sorted(builder.campaignIds));
    if (report.scopeWide()) {
      // Rows over different instance sets overlap: one output holds one set.
      layout.put("instanceScope", ExportReport.scopeOf(builder.instanceIds));
    }
    this.layout = layout;
    this.periodStarts = List.copyOf(builder.periodStarts);
    this.instanceIds =
        report.scopeWide()
            ? List.of(ExportReport.scopeOf(builder.instanceIds))
            : sorted(builder.instanceIds);
    this.allowEmpty = builder.allowEmpty;
    this.replaceFiltered = builder.replaceFiltered;
    this.adoptTable = builder.adoptTable;
  }

  public static Builder builder(ExportReport report) {
    return new Builder(report);
  }

  public ExportReport report() {
    return report;
  }

  /** The layout as the manifest records it: names to strings or lists of strings. */
  Map<String, Object> layout() {
    return layout;
  }

  /** The {@code YYYY-MM-DD} start of every period the run covers. */
  public List<String> periodStarts() {
    return periodStarts;
  }

  /**
   * The instances the run names; empty: every instance it reads rows of. For a scope-wide report
   * the one {@code instanceId} its rows carry ({@link ExportReport#scopeOf}).
   */
  public List<String> instanceIds() {
    return instanceIds;
  }

  public boolean allowEmpty() {
    return allowEmpty;
  }

  public boolean replaceFiltered() {
    return replaceFiltered;
  }

  /** Whether the run may write into a table that holds rows but no manifest (BigQuery). */
  public boolean adoptTable() {
    return adoptTable;
  }

  /** {@code first..last} period start, for messages. */
  String periods() {
    return periodStarts.isEmpty()
        ? "no periods"
        : periodStarts.get(0) + ".." + periodStarts.get(periodStarts.size() - 1);
  }

  /**
   * Checks that this run's rows fit an output whose manifest records {@code existing}.
   *
   * @throws IllegalArgumentException naming the first difference, the output and what to do
   */
  public void checkFits(Map<String, Object> existing, String output) {
    for (String key : STRICT) {
      if (!Objects.equals(existing.get(key), layout.get(key))) {
        throw new IllegalArgumentException(
            String.format(
                "output %s holds rows of %s=%s (see its %s); this run's rows have %s=%s and would"
                    + " not fit: use another output",
                output,
                key,
                show(existing.get(key)),
                OutputManifest.FILE_NAME,
                key,
                show(layout.get(key))));
      }
    }
    if (replaceFiltered) {
      return;
    }
    for (Map.Entry<String, String> filter : FILTERS.entrySet()) {
      String key = filter.getKey();
      if (!Objects.equals(existing.getOrDefault(key, List.of()), layout.get(key))) {
        throw new IllegalArgumentException(
            String.format(
                "output %s holds rows of %s=%s (see its %s); this run reads %s=%s, and replacing its"
                    + " partitions would lose data (%s): use another output, or pass"
                    + " --replaceFiltered=true if that replacement is intended",
                output,
                key,
                show(existing.get(key)),
                OutputManifest.FILE_NAME,
                key,
                show(layout.get(key)),
                filter.getValue()));
      }
    }
  }

  /** A layout value as options spell it: lists comma-separated, an empty list "all". */
  static String show(Object value) {
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      return list.isEmpty()
          ? "all"
          : list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().map(String::valueOf).distinct().sorted().collect(Collectors.toList());
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Collects a scope from checked options. */
  public static final class Builder {
    private final ExportReport report;
    private String granularity = "none";
    private String dateBasis = "performance_date";
    private List<String> metrics = List.of();
    private List<String> platforms = List.of();
    private List<String> contentTypes = List.of();
    private List<String> campaignIds = List.of();
    private List<String> periodStarts = new ArrayList<>();
    private List<String> instanceIds = List.of();
    private boolean allowEmpty;
    private boolean replaceFiltered;
    private boolean adoptTable;

    private Builder(ExportReport report) {
      this.report = report;
    }

    public Builder granularity(String value) {
      this.granularity = value;
      return this;
    }

    public Builder dateBasis(String value) {
      this.dateBasis = value;
      return this;
    }

    public Builder metrics(List<String> value) {
      this.metrics = value;
      return this;
    }

    public Builder platforms(List<String> value) {
      this.platforms = value;
      return this;
    }

    public Builder contentTypes(List<String> value) {
      this.contentTypes = value;
      return this;
    }

    public Builder campaignIds(List<String> value) {
      this.campaignIds = value;
      return this;
    }

    public Builder periodStarts(List<String> value) {
      this.periodStarts = value;
      return this;
    }

    public Builder instanceIds(List<String> value) {
      this.instanceIds = value;
      return this;
    }

    public Builder allowEmpty(boolean value) {
      this.allowEmpty = value;
      return this;
    }

    public Builder replaceFiltered(boolean value) {
      this.replaceFiltered = value;
      return this;
    }

    public Builder adoptTable(boolean value) {
      this.adoptTable = value;
      return this;
    }

    public OutputScope build() {
      return new OutputScope(this);
    }
  }
}
