package io.laterreporting.pipelines.xlang;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The configuration of a Later read from Beam YAML, Python or Go: the exports' options (same names,
 * same types, same defaults, same checks; see {@code ExportOptions}) without the destination. The
 * client secret is a Secret Manager reference only: a configuration is stored in the job graph.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ReadConfiguration {
  @SchemaFieldDescription("OAuth client id.")
  public abstract String getClientId();

  @SchemaFieldDescription(
      "Secret Manager version of the OAuth client secret, projects/P/secrets/S/versions/V or"
          + " projects/P/locations/L/secrets/S/versions/V (V a number, latest or an alias); read on the workers.")
  public abstract String getClientSecret();

  @SchemaFieldDescription(
      "Base URL of the Reporting API, without /v2; default https://reporting.api.later.com.")
  public abstract @Nullable String getApiBaseUrl();

  @SchemaFieldDescription(
      "First day to read, YYYY-MM-DD (UTC, inclusive); with endDate, or use lookbackDays.")
  public abstract @Nullable String getStartDate();

  @SchemaFieldDescription("Last day to read, YYYY-MM-DD (UTC, inclusive); with startDate.")
  public abstract @Nullable String getEndDate();

  @SchemaFieldDescription(
      "Instead of startDate/endDate: this many days ending yesterday (UTC), 1 to 3650.")
  public abstract @Nullable Integer getLookbackDays();

  @SchemaFieldDescription(
      "Instances to read, comma-separated; empty = every instance the client can see.")
  public abstract @Nullable String getInstanceIds();

  @SchemaFieldDescription("Period of each row: none (default), day, week, month, quarter or year.")
  public abstract @Nullable String getGranularity();

  @SchemaFieldDescription("performance_date (default) or post_date.")
  public abstract @Nullable String getDateBasis();

  @SchemaFieldDescription("Metrics to read, comma-separated API names; empty = all.")
  public abstract @Nullable String getMetrics();

  @SchemaFieldDescription("Campaign ids to read, comma-separated; empty = all.")
  public abstract @Nullable String getCampaignIds();

  @SchemaFieldDescription(
      "Only content on these platforms, comma-separated (not with contentType).")
  public abstract @Nullable String getPlatform();

  @SchemaFieldDescription("Only these content types, comma-separated (not with platform).")
  public abstract @Nullable String getContentType();

  @SchemaFieldDescription("Property the API sorts pages by; empty = the API's own order.")
  public abstract @Nullable String getSortProperty();

  @SchemaFieldDescription("ASC or DESC (default), with sortProperty.")
  public abstract @Nullable String getSortDirection();

  @SchemaFieldDescription("Rows per API page, 1 to 100 (default 100).")
  public abstract @Nullable Integer getPageSize();

  @SchemaFieldDescription("Attempts per API request, 1 to 100 (default 8).")
  public abstract @Nullable Integer getMaxAttempts();

  @SchemaFieldDescription(
      "Most seconds one request may wait between attempts, 1 to 86400 (default 300).")
  public abstract @Nullable Integer getRetryBudgetSeconds();

  @SchemaFieldDescription("Seconds to wait for an answer before retrying, 1 to 600 (default 30).")
  public abstract @Nullable Integer getReadTimeoutSeconds();

  @SchemaFieldDescription("Seconds one request attempt may take in all, 1 to 3600 (default 120).")
  public abstract @Nullable Integer getRequestDeadlineSeconds();

  @SchemaFieldDescription("Largest API answer accepted, in megabytes, 1 to 1024 (default 64).")
  public abstract @Nullable Integer getMaxResponseMegabytes();

  public static Builder builder() {
    return new AutoValue_ReadConfiguration.Builder();
  }

  /** For Java callers and tests; YAML and Python pass a row of the same schema. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setClientId(String value);

    public abstract Builder setClientSecret(String value);

    public abstract Builder setApiBaseUrl(@Nullable String value);

    public abstract Builder setStartDate(@Nullable String value);

    public abstract Builder setEndDate(@Nullable String value);

    public abstract Builder setLookbackDays(@Nullable Integer value);

    public abstract Builder setInstanceIds(@Nullable String value);

    public abstract Builder setGranularity(@Nullable String value);

    public abstract Builder setDateBasis(@Nullable String value);

    public abstract Builder setMetrics(@Nullable String value);

    public abstract Builder setCampaignIds(@Nullable String value);

    public abstract Builder setPlatform(@Nullable String value);

    public abstract Builder setContentType(@Nullable String value);

    public abstract Builder setSortProperty(@Nullable String value);

    public abstract Builder setSortDirection(@Nullable String value);

    public abstract Builder setPageSize(@Nullable Integer value);

    public abstract Builder setMaxAttempts(@Nullable Integer value);

    public abstract Builder setRetryBudgetSeconds(@Nullable Integer value);

    public abstract Builder setReadTimeoutSeconds(@Nullable Integer value);

    public abstract Builder setRequestDeadlineSeconds(@Nullable Integer value);

    public abstract Builder setMaxResponseMegabytes(@Nullable Integer value);

    public abstract ReadConfiguration build();
  }
}
