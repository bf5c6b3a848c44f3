package io.laterreporting.pipelines;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.client.ApiLimits;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The options of both exports. Their names are a contract: they are the command-line flags and the
 * Flex Template parameters. Lists and dates are plain strings so that a template parameter is a
 * plain string too; {@link ExportSettings} parses and checks them before any request is sent.
 */
public interface ExportOptions extends PipelineOptions {
  @Description("Base URL of the Reporting API, without /v2.")
  @Default.String(LaterReportingIO.DEFAULT_BASE_URL)
  String getApiBaseUrl();

  void setApiBaseUrl(String value);

  @Description(
      "Which report to export: campaigns|posts|creators|instances|instancesOverTime. campaigns and"
          + " posts: one row per campaign (post) and period, partitioned by periodStart and"
          + " instanceId. creators and instances: one row per creator (per period) over the whole"
          + " instance set of the run, which the rows carry as instanceId (all, or the named ids);"
          + " an output holds one instance set. instancesOverTime: one row per bucket with activity,"
          + " granularity (day..year, not none) is the bucket size.")
  @Default.String("campaigns")
  String getReport();

  void setReport(String value);

  @Description("OAuth client id.")
  String getClientId();

  void setClientId(String value);

  /**
   * Kept out of the serialized options (and so out of the job's options JSON and display data): the
   * read transform receives the secret when the pipeline is built, as a {@code SecretSource}, so
   * workers never need this option.
   */
  @Description("OAuth client secret. Never printed nor sent to workers as an option.")
  @JsonIgnore
  String getClientSecret();

  void setClientSecret(String value);

  @Description("Instances to read, comma-separated; empty = every instance the client can see.")
  @Default.String("")
  String getInstanceIds();

  void setInstanceIds(String value);

  @Description("First day to read, YYYY-MM-DD (UTC, inclusive). With endDate; or use lookbackDays.")
  String getStartDate();

  void setStartDate(String value);

  @Description(
      "Last day to read, YYYY-MM-DD (UTC, inclusive). With startDate; or use lookbackDays.")
  String getEndDate();

  void setEndDate(String value);

  @Description(
      "Instead of startDate/endDate: read this many days ending yesterday (UTC), for scheduled runs."
          + " The start widens to the start of its window (by month, 7 days re-read the whole"
          + " current and previous month), so that each run replaces whole periods and never leaves"
          + " rows of overlapping periods behind; refused with granularity none, whose one window"
          + " would start on another day at each run.")
  Integer getLookbackDays();

  void setLookbackDays(Integer value);

  @Description("Window of each output row: none|day|week|month|quarter|year.")
  @Default.String("none")
  String getGranularity();

  void setGranularity(String value);

  @Description(
      "performance_date (metrics recorded in the range) or post_date (content posted in it).")
  @Default.String("performance_date")
  String getDateBasis();

  void setDateBasis(String value);

  @Description("Metrics to read, comma-separated API names; empty = all.")
  @Default.String("")
  String getMetrics();

  void setMetrics(String value);

  @Description(
      "Campaign ids to read, comma-separated; empty = all. Reports campaigns and posts read any"
          + " number, 50 per request; creators, instances and instancesOverTime at most 50, sent in"
          + " one request (their rows aggregate over the campaigns).")
  @Default.String("")
  String getCampaignIds();

  void setCampaignIds(String value);

  @Description("Only content on these platforms, comma-separated (not with contentType).")
  @Default.String("")
  String getPlatform();

  void setPlatform(String value);

  @Description("Only these content types, comma-separated (not with platform).")
  @Default.String("")
  String getContentType();

  void setContentType(String value);

  @Description("Property the API sorts pages by; empty = the API's own order.")
  String getSortProperty();

  void setSortProperty(String value);

  @Description("ASC or DESC, with sortProperty.")
  @Default.String("DESC")
  String getSortDirection();

  void setSortDirection(String value);

  @Description(
      "Pagination the gateway speaks: auto (detected by the first /v2/instances request),"
          + " page-numbers or cursors.")
  @Default.String("auto")
  String getPagination();

  void setPagination(String value);

  @Description("Rows per API page, 1 to 100.")
  @Default.Integer(ApiLimits.MAX_PAGE_SIZE)
  Integer getPageSize();

  void setPageSize(Integer value);

  @Description(
      "Attempts per API request before the export fails, 1 to 100 (transient failures only: 5xx,"
          + " 429, timeouts, resets).")
  @Default.Integer(8)
  Integer getMaxAttempts();

  void setMaxAttempts(Integer value);

  @Description("Most seconds one API request may spend waiting between its attempts, 1 to 86400.")
  @Default.Integer(300)
  Integer getRetryBudgetSeconds();

  void setRetryBudgetSeconds(Integer value);

  @Description("Seconds to wait for an API answer before retrying it, 1 to 600.")
  @Default.Integer(30)
  Integer getReadTimeoutSeconds();

  void setReadTimeoutSeconds(Integer value);

  @Description(
      "The API's rate budget for the workers' outbound address, requests per minute (0: unknown)."
          + " Each worker then paces at 90% of it divided by the workers the runner may start"
          + " (Dataflow maxNumWorkers, Flink parallelism).")
  @Default.Integer(0)
  Integer getApiBudgetPerMinute();

  void setApiBudgetPerMinute(Integer value);

  @Description(
      "Each worker's share of the API's rate budget, requests per minute (0: derived from"
          + " apiBudgetPerMinute, or none).")
  @Default.Integer(0)
  Integer getMaxRequestsPerMinute();

  void setMaxRequestsPerMinute(Integer value);

  @Description(
      "Seconds one API request attempt may take in all (connecting, sending, the whole answer), 1 to"
          + " 3600; a server that trickles its answer is cut off there and the attempt retried.")
  @Default.Integer(120)
  Integer getRequestDeadlineSeconds();

  void setRequestDeadlineSeconds(Integer value);

  @Description(
      "Largest API answer accepted, in megabytes, 1 to 1024; a larger one fails the export.")
  @Default.Integer(64)
  Integer getMaxResponseMegabytes();

  void setMaxResponseMegabytes(Integer value);

  @Description(
      "ParquetExport: output folder, local or gs://; one sub-folder periodStart=YYYY-MM-DD/instanceId=..."
          + " per period and instance, and a _manifest.json recording what the output holds.")
  String getOutput();

  void setOutput(String value);

  @Description("BigQueryExport: table project:dataset.table or project.dataset.table.")
  String getOutputTable();

  void setOutputTable(String value);

  @Description(
      "Let a run replace partitions with nothing where the output holds rows: a named instance that"
          + " came back with no row, or a read with no row at all, is otherwise refused (exit 1,"
          + " nothing changed), as an empty answer is more often an incident than the truth.")
  @Default.Boolean(false)
  Boolean getAllowEmpty();

  void setAllowEmpty(Boolean value);

  @Description(
      "Let a run whose metrics, platform, contentType or campaignIds differ from those the output"
          + " was written with (its _manifest.json) replace its partitions (periods x instances)"
          + " with its filtered rows; otherwise such a run is refused before any request (exit 2).")
  @Default.Boolean(false)
  Boolean getReplaceFiltered();

  void setReplaceFiltered(Boolean value);

  @Description(
      "Let the run write into an existing destination that holds rows but no manifest of this"
          + " export (created by another tool, by hand, or by an earlier version): BigQueryExport, a"
          + " table without the manifest in its description; ParquetExport, an output with"
          + " periodStart=D/instanceId=X/ files but no _manifest.json. The run replaces the rows of"
          + " its periods and instances there, and the destination then carries the run's manifest."
          + " Without it such a destination is refused before any request (exit 2); an empty one is"
          + " adopted anyway.")
  @Default.Boolean(false)
  Boolean getAdoptTable();

  void setAdoptTable(Boolean value);

  @Description(
      "Start an in-process emulator of the API with seeded data and export from it; needs no credentials.")
  @Default.Boolean(false)
  Boolean getDemo();

  void setDemo(Boolean value);
}
