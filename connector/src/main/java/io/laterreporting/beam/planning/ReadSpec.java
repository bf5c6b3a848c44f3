package io.laterreporting.beam.planning;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.routes.CampaignsRoute;
import io.laterreporting.beam.routes.ReportRoute;
import java.io.Serializable;
import java.util.List;

/**
 * Everything the workers need to plan and perform one read: how to reach the API, the query's
 * filters, the windows to cut the range into, and the paging settings. It is built and checked at
 * construction; the instances it covers are only known on a worker.
 */
@AutoValue
public abstract class ReadSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract ApiClientConfig clientConfig();

  /** The report route read; its descriptor decides which cuts keep rows exact. */
  public abstract ReportRoute<?> route();

  /**
   * Instance totals only: one row per instance (one query per instance and window) rather than one
   * row for the whole scope.
   */
  public abstract boolean rowPerInstance();

  /** {@link #route()} as the route of the records {@code R} a read's transforms handle. */
  @SuppressWarnings("unchecked")
  public <R> ReportRoute<R> typedRoute() {
    return (ReportRoute<R>) route();
  }

  /** Filters shared by every query of the read; instances, campaigns and dates are set per unit. */
  public abstract PerformanceQuery filters();

  public abstract List<DateWindow> windows();

  /** The instances asked for; empty means every instance the credentials can see. */
  public abstract List<String> instanceIds();

  /** The campaigns asked for; empty means all. */
  public abstract List<Long> campaignIds();

  public abstract int pageSize();

  public abstract int maxConcurrentRequests();

  public abstract Builder toBuilder();

  public static Builder builder() {
    return new AutoValue_ReadSpec.Builder()
        .setRoute(CampaignsRoute.INSTANCE)
        .setRowPerInstance(false);
  }

  /** Builder of {@link ReadSpec}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setClientConfig(ApiClientConfig value);

    public abstract Builder setRoute(ReportRoute<?> value);

    public abstract Builder setRowPerInstance(boolean value);

    public abstract Builder setFilters(PerformanceQuery value);

    public abstract Builder setWindows(List<DateWindow> value);

    public abstract Builder setInstanceIds(List<String> value);

    public abstract Builder setCampaignIds(List<Long> value);

    public abstract Builder setPageSize(int value);

    public abstract Builder setMaxConcurrentRequests(int value);

    public abstract ReadSpec build();
  }
}
