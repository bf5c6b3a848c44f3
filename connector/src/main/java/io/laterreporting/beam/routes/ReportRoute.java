package io.laterreporting.beam.routes;

import io.laterreporting.beam.client.ApiRoute;
import io.laterreporting.beam.client.ReportFormat;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What differs between the report routes of the API, in one descriptor per route: the path and how
 * its body is read ({@link #format()}: metric catalogue, list or single object, how a row becomes
 * the record), the sortable properties, the row key, and, most important, which cuts of a read keep
 * its rows exact. Everything else (attempts, tokens, rate limiting, the envelope, date windows,
 * page reading and the exactness check) is shared by every route.
 *
 * <p>Each route's descriptor is defined in its own file ({@link CampaignsRoute}, {@link
 * PostsRoute}, {@link CreatorsRoute}, {@link InstanceTotalsRoute}, {@link InstanceSeriesRoute}) and
 * listed in {@link Routes}. Adding a route is such a file, a record, a row parser and a {@link
 * ReportFormat} constant in the client, an emulator route, and tests.
 *
 * <p>Descriptors are singletons; a read's spec carries its route, so they serialize as their name
 * and resolve to the singleton.
 */
public final class ReportRoute<R> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The cuts beside the user's date windows that a read may make without changing any row. */
  public enum Cut {
    /**
     * One query per group of instances: exact when every row belongs to one instance (campaigns,
     * posts), never when a row aggregates over the scope (creators, instance totals).
     */
    INSTANCE,
    /**
     * One query per batch of at most 50 campaign ids, each listed by {@code /v2/campaigns}: exact
     * when every row belongs to one campaign.
     */
    CAMPAIGN
  }

  private final String name;
  private final transient ReportFormat<R> format;
  private final transient Class<R> recordClass;
  private final transient Set<String> sortableProperties;
  private final transient Function<R, String> rowKey;
  private final transient Set<Cut> exactCuts;
  private final transient boolean bucketed;
  private final transient boolean oneRowPerCampaign;
  private final transient Function<R, @Nullable Long> campaignOf;

  ReportRoute(
      String name,
      ReportFormat<R> format,
      Class<R> recordClass,
      Set<String> sortableProperties,
      Function<R, String> rowKey,
      Set<Cut> exactCuts,
      boolean bucketed,
      boolean oneRowPerCampaign,
      Function<R, @Nullable Long> campaignOf) {
    this.name = name;
    this.format = format;
    this.recordClass = recordClass;
    this.sortableProperties = sortableProperties;
    this.rowKey = rowKey;
    this.exactCuts = Set.copyOf(exactCuts);
    this.bucketed = bucketed;
    this.oneRowPerCampaign = oneRowPerCampaign;
    this.campaignOf = campaignOf;
  }

  /** The route's name in options and messages: {@code campaigns}, {@code posts}, ... */
  public String name() {
    return name;
  }

  /** How the client asks for a page of this route and reads it. */
  public ReportFormat<R> format() {
    return format;
  }

  /** The record each row becomes; it has a Beam schema. */
  public Class<R> recordClass() {
    return recordClass;
  }

  /**
   * The properties {@code sortProperty} accepts on this route, in the contract's order; empty if
   * none.
   */
  public Set<String> sortableProperties() {
    return sortableProperties;
  }

  /** What makes a row unique within one query's answer: a row twice is a paging fault. */
  public String rowKey(R row) {
    return rowKey.apply(row);
  }

  /** Which cuts keep rows exact; see {@link Cut}. */
  public boolean allows(Cut cut) {
    return exactCuts.contains(cut);
  }

  /**
   * Whether the route answers a time series: one query per range, with {@code granularity} naming
   * the bucket size, and ranges cut only at bucket boundaries.
   */
  public boolean bucketed() {
    return bucketed;
  }

  /**
   * Whether each campaign is at most one row (campaigns), so that a batch of as many campaigns as a
   * page holds fits in one page; else (posts) a campaign may span pages.
   */
  public boolean oneRowPerCampaign() {
    return oneRowPerCampaign;
  }

  /**
   * The campaign a row belongs to, on routes whose rows each belong to one campaign (campaigns,
   * posts); {@code null} on routes whose rows aggregate over campaigns. The membership check and
   * the re-read in pieces follow the campaigns a query's pages held.
   */
  public @Nullable Long campaignId(R row) {
    return campaignOf.apply(row);
  }

  /**
   * The distinct campaigns {@code rows} belong to, in order of first appearance; empty on routes
   * whose rows aggregate over campaigns.
   */
  public List<Long> campaignIds(Iterable<R> rows) {
    Set<Long> campaigns = new LinkedHashSet<>();
    for (R row : rows) {
      Long campaign = campaignId(row);
      if (campaign != null) {
        campaigns.add(campaign);
      }
    }
    return List.copyOf(campaigns);
  }

  public ApiRoute apiRoute() {
    return format.route();
  }

  public List<String> metricCatalogue() {
    return format.metricCatalogue();
  }

  /**
   * {@code values} as an unmodifiable set in their order, for the descriptors' sortable properties.
   */
  static Set<String> orderedSet(String... values) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
  }

  private Object readResolve() {
    return Routes.forName("route", name);
  }

  @Override
  public String toString() {
    return name + " (" + apiRoute() + ")";
  }
}
