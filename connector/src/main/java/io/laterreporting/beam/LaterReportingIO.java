package io.laterreporting.beam;

import static org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.Preconditions.checkArgument;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.BaseUrls;
import io.laterreporting.beam.client.ClientObserver;
import io.laterreporting.beam.client.LaterApiClient;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PaginationMode;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.client.RetryPolicy;
import io.laterreporting.beam.client.SecretSource;
import io.laterreporting.beam.client.SecretSources;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.planning.ReadCostEstimate;
import io.laterreporting.beam.planning.ReadCostProbe;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.reading.ReportRead;
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
import io.laterreporting.beam.routes.CampaignsRoute;
import io.laterreporting.beam.routes.CreatorsRoute;
import io.laterreporting.beam.routes.InstanceSeriesRoute;
import io.laterreporting.beam.routes.InstanceTotalsRoute;
import io.laterreporting.beam.routes.PostsRoute;
import io.laterreporting.beam.routes.ReportRoute;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads the reports of the Later Influence Reporting API (v2) as bounded {@code PCollection}s of
 * typed records with Beam schemas.
 *
 * <p><i>Length:</i> this class is the connector's one entry point; its Javadoc is the user's manual
 * and {@link Read} has one {@code withX} per parameter, so it stays whole (over ~350 lines).
 *
 * <h2>Reports</h2>
 *
 * <p>Each report is a route of the API with its own <b>grain</b> (what one row is) and <b>cut
 * rule</b> (how a read may be split into queries without changing any row). All share the same
 * {@link Read} transform and parameters, attempts, tokens, rate limiting, date windows, page
 * reading and exactness check.
 *
 * <table>
 *   <caption>Reports, their grain and cut rule</caption>
 *   <tr><th>transform</th><th>route</th><th>one row per</th><th>cut by</th></tr>
 *   <tr><td>{@link #read()}</td><td>{@code /v2/campaigns/performance}</td>
 *       <td>campaign and window ({@link CampaignPerformance})</td>
 *       <td>window, instance, batches of 50 campaigns</td></tr>
 *   <tr><td>{@link #readPosts()}</td><td>{@code /v2/posts/performance}</td>
 *       <td>post and window, posts with all-zero metrics included ({@link PostPerformance})</td>
 *       <td>window, instance, batches of 50 campaigns</td></tr>
 *   <tr><td>{@link #readCreators()}</td><td>{@code /v2/creators/performance}</td>
 *       <td>creator and window, over the whole scope: a creator working for several instances or
 *       campaigns has one row ({@link CreatorPerformance})</td>
 *       <td>window only: rows read per instance would not add up (reach and rates are not sums),
 *       so at most 50 {@code campaignIds}, all in one query</td></tr>
 *   <tr><td>{@link #readInstances()}</td><td>{@code /v2/instances/performance}</td>
 *       <td>window: the totals of the whole scope, {@code instanceId} null ({@link
 *       InstancePerformance}); with {@link Read#withRowPerInstance} one row per instance and
 *       window, carrying its {@code instanceId}</td>
 *       <td>window only; by instance only when asked for one row per instance</td></tr>
 *   <tr><td>{@link #readInstancesOverTime()}</td><td>{@code /v2/instances/performance-over-time}</td>
 *       <td>bucket with activity ({@link InstancePerformanceBucket}): {@link Read#withGranularity}
 *       is the bucket size (default {@code MONTH}); {@code periodStart}/{@code periodEnd} are the
 *       bucket's own dates, the first and last clipped to the range; buckets without activity are
 *       absent</td>
 *       <td>one query per range; a range over two years is cut at bucket boundaries</td></tr>
 * </table>
 *
 * <p>Columns are named as the API names them; nested identity objects become columns named as their
 * members ({@code creatorId}, {@code fullName}, ...); lists stay lists. Every row carries {@code
 * periodStart}, {@code periodEnd} and {@code dateBasis}.
 *
 * <h2>Reading</h2>
 *
 * <pre>{@code
 * PCollection<CampaignPerformance> rows =
 *     pipeline.apply(
 *         LaterReportingIO.read()
 *             .withClientId("my-client-id")
 *             .withClientSecret(SecretSources.ofValue(secret))
 *             .withDateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))
 *             .withGranularity(Granularity.MONTH)
 *             .withInstanceIds("instance_abc", "instance_def"));
 * }</pre>
 *
 * <p>Each output row of {@link #read()} is one campaign over one <b>window</b> of the date range
 * (of the other reports: see their grain above): its {@code periodStart} and {@code periodEnd} say
 * which. With {@link Granularity#NONE} (the default) there is one window for the whole range;
 * {@code DAY}, {@code WEEK} (ISO, Monday to Sunday), {@code MONTH}, {@code QUARTER} and {@code
 * YEAR} give calendar windows in UTC, clipped to the range. A range longer than the API allows in
 * one query (two years) is cut into two-year windows even with {@code NONE}, and the rows say so.
 * Metrics over a window are aggregates over exactly that window: reach and influencer counts are
 * not additive and rates ({@code engagementRate}, {@code cpe}, {@code cpm}, {@code estimatedRoi})
 * are not sums, so monthly rows cannot be added up into a quarter. Choose the granularity you will
 * report at.
 *
 * <h2>Parallelism</h2>
 *
 * <p>The work is planned on a worker, not at construction: one request to {@code /v2/instances}
 * discovers the instances the credentials can see (when {@link Read#withInstanceIds} is not set),
 * checks the requested ones, and tells which pagination generation the gateway speaks. Each window
 * becomes one query over all instances (more than 50 campaign ids are queried 50 at a time), since
 * a query costs {@code max(1, ceil(rows / pageSize))} requests and fewer queries cost fewer
 * requests.
 *
 * <ul>
 *   <li><b>Page numbers</b>: page 1 of a query reveals the page count; pages 2..N become a
 *       splittable restriction, cut into splits of 16 pages that runners spread over workers
 *       (Dataflow splits further while it runs). The most parallelism a read can use is its page
 *       count. A query of more than 500 pages (the API's limit on page numbers) is cut by instance,
 *       and a single instance into batches of campaigns, so nothing is truncated.
 *   <li><b>Cursors</b>: pages must be read in order, so a query is read by one worker at a time,
 *       checkpointing between pages; with fewer than 16 windows the plan spends one query per
 *       instance and window to read instances in parallel. The most parallelism is the number of
 *       queries.
 * </ul>
 *
 * <p>Within a worker at most {@link Read#withMaxConcurrentRequests} requests (default 8) are in
 * flight, whatever the number of threads the runner uses, since the read waits on the network, not
 * the CPU. The API's rate budget (about 120 requests per minute per IP, shared by all workers
 * behind one address) usually bounds a large read: the client learns it from the {@code
 * X-Ratelimit-*} headers, or from the 429s alone when a gateway sends none, and paces itself; a
 * worker that shares the budget with others drops to the share it gets, and {@link
 * Read#withMaxRequestsPerMinute} caps it explicitly; time spent waiting is reported to the runner
 * as throttling time so that autoscalers do not add workers that would only wait. A read takes at
 * least {@code requests / rate}; more workers do not help past that.
 *
 * <h2>Guarantees</h2>
 *
 * <p>Every row the API has for a window is emitted exactly once. Pages of one query are fetched at
 * different moments, and the API's sort orders are not unique, so a page-by-page read can see a row
 * twice and miss another; the rows of a query that spans several pages are therefore checked
 * together (page count, row count, no row twice by the route's row key, totals unchanged) before
 * they are emitted. A query that fails the check is read again in pieces that each fit in one page,
 * which no ordering can disturb (campaigns and posts: by batches of campaigns); a report that
 * cannot be cut by campaign (creators, the instance reports) is read again whole until its pages
 * agree, a few times at most, else the read fails naming the query. On the routes whose rows each
 * belong to one campaign (campaigns, posts), a query whose pages agree is also checked for
 * campaigns deleted while it was read (one roster walk per set of instances per read): a campaign
 * seen on a page that is now gone sends the query to the same re-read, which also covers campaigns
 * absent from the roster (archived).
 *
 * <p>Any gateway: the pagination generation is detected once per base URL and client id from the
 * first {@code /v2/instances} answer (or forced with {@link Read#withPagination}); each request
 * carries only the parameters its route documents in that generation, and a cursor follow-up
 * repeats its first request but for {@code nextCursor}. Without totals, page numbers are read until
 * a short page. An envelope without pagination, a repeated cursor, a page number that does not
 * advance and more than 500 pages fail at once, naming the route and the query.
 *
 * <p>Transient failures (5xx, 429, connection resets, timeouts, cut bodies) are retried with capped
 * exponential backoff within a retry budget; a 401 renews the token once; 400, 403 and 404 fail at
 * once with the API's explanation. Every attempt has a deadline ({@link Read#withRequestDeadline},
 * default 2 minutes, so a server that trickles bytes cannot hold a thread) and a maximum body size
 * ({@link Read#withMaxResponseBytes}, default 64 MiB, so a huge answer cannot fill the heap). A TLS
 * handshake dropped on the way is retried; a certificate that is not trusted or does not name the
 * host fails at once, before the secret is sent.
 *
 * <h2>Secrets</h2>
 *
 * <p>The client secret and the tokens never appear in display data, messages, {@code toString()} or
 * logs, <b>at any log level</b>: the connector's HTTP connections cannot log headers or bodies
 * whatever the logging configuration (Apache HttpClient's {@code wire} and {@code headers} loggers
 * stay silent), the request and response dumps of google-http-client and of the JDK's {@code
 * HttpURLConnection} (which Google's own clients use) are filtered out JVM-wide, and text from a
 * server that reaches a message is stripped of every secret and token known to the JVM and of
 * anything shaped like a JWT. Plain {@code http://} is accepted only to {@code localhost} or a
 * literal loopback address.
 *
 * <h2>Tenancy</h2>
 *
 * <p>Several reads with different credentials may run in one JVM (one pipeline exporting several
 * brands, a worker running bundles of several pipelines). What a worker keeps between requests is
 * shared only where the answer cannot depend on who asks:
 *
 * <ul>
 *   <li>By <b>client identity</b> (base URL, client id and a hash of the secret: two reads differ
 *       if any of the three does): tokens, pages fetched ahead and parked for a split's residual,
 *       and the metric list a server narrowed "all metrics" to. Two reads with different
 *       credentials never see each other's tokens or data, even for the same gateway, query and
 *       window.
 *   <li>By <b>base URL</b>: the rate limiter (the API's budget is per IP, shared by every client
 *       behind one address, so pacing per client would overrun it), the bound on requests in flight
 *       (it protects the worker and the connection pool, and carries no data), and the connection
 *       pool (per host; connections carry no credentials, a token is sent with each request).
 * </ul>
 *
 * <h2>Metrics</h2>
 *
 * <p>Counters in the namespace {@code LaterReportingIO} (names as constants in {@link
 * LaterReportingCounters}): {@code requests} (every HTTP answer), {@code pages} (data pages read),
 * {@code rows} (rows emitted), {@code retries_<cause>} ({@code server_error}, {@code rate_limited},
 * {@code connection}, {@code timeout}, {@code malformed_body}, {@code unauthorized}), {@code
 * rateLimited} (429 answers), {@code tokenMints}, {@code unitsReread} (queries whose pages
 * disagreed and were read again in pieces) and {@code chainsResumed} (cursor reads resumed after a
 * checkpoint); and the runner's throttling counter ({@code Metrics.THROTTLE_TIME_NAMESPACE}/{@code
 * THROTTLE_TIME_COUNTER_NAME}, in milliseconds). The API is reported as the read's source in Beam's
 * lineage ({@link LaterReportingCounters#LINEAGE_SYSTEM}). A line per query is logged at DEBUG;
 * nothing is logged per row.
 */
public final class LaterReportingIO {
  public static final String DEFAULT_BASE_URL = "https://reporting.api.later.com";
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 8;

  /** The shared connection pool keeps 32 connections per host; more requests would only queue. */
  public static final int MAX_CONCURRENT_REQUESTS = 32;

  /** The properties {@code sortProperty} accepts (LATER_API.md, section 5). */
  public static final Set<String> SORTABLE_PROPERTIES =
      CampaignsRoute.INSTANCE.sortableProperties();

  private LaterReportingIO() {}

  /**
   * A read of campaign performance ({@code /v2/campaigns/performance}, one row per campaign and
   * window) with the defaults: the public base URL, granularity {@code NONE}, date basis {@code
   * performance_date}, page size 100, all instances, all metrics.
   */
  public static Read<CampaignPerformance> read() {
    return forRoute(CampaignsRoute.INSTANCE, Granularity.NONE);
  }

  /**
   * A read of post performance ({@code /v2/posts/performance}, one row per post and window, posts
   * with all-zero metrics included), with the defaults of {@link #read()}.
   */
  public static Read<PostPerformance> readPosts() {
    return forRoute(PostsRoute.INSTANCE, Granularity.NONE);
  }

  /**
   * A read of creator performance ({@code /v2/creators/performance}, one row per creator and window
   * over the whole scope), with the defaults of {@link #read()}.
   */
  public static Read<CreatorPerformance> readCreators() {
    return forRoute(CreatorsRoute.INSTANCE, Granularity.NONE);
  }

  /**
   * A read of instance totals ({@code /v2/instances/performance}, one row per window for the whole
   * scope, or per instance with {@link Read#withRowPerInstance}), with the defaults of {@link
   * #read()}.
   */
  public static Read<InstancePerformance> readInstances() {
    return forRoute(InstanceTotalsRoute.INSTANCE, Granularity.NONE);
  }

  /**
   * A read of the instance time series ({@code /v2/instances/performance-over-time}, one row per
   * bucket with activity), monthly buckets by default ({@link Read#withGranularity}), otherwise
   * with the defaults of {@link #read()}.
   */
  public static Read<InstancePerformanceBucket> readInstancesOverTime() {
    return forRoute(InstanceSeriesRoute.INSTANCE, Granularity.MONTH);
  }

  private static <R> Read<R> forRoute(ReportRoute<R> route, Granularity granularity) {
    return new AutoValue_LaterReportingIO_Read.Builder<R>()
        .setRoute(route)
        .setRowPerInstance(false)
        .setBaseUrl(DEFAULT_BASE_URL)
        .setInstanceIds(List.of())
        .setCampaignIds(List.of())
        .setPlatforms(List.of())
        .setContentTypes(List.of())
        .setDateBasis(PerformanceQuery.PERFORMANCE_DATE)
        .setMetrics(List.of())
        .setPageSize(ApiLimits.MAX_PAGE_SIZE)
        .setGranularity(granularity)
        .setMaxConcurrentRequests(DEFAULT_MAX_CONCURRENT_REQUESTS)
        .setMaxRequestsPerMinute(0)
        .setRetryPolicy(RetryPolicy.defaults())
        .setConnectTimeout(ApiClientConfig.DEFAULT_CONNECT_TIMEOUT)
        .setReadTimeout(ApiClientConfig.DEFAULT_READ_TIMEOUT)
        .setRequestDeadline(ApiClientConfig.DEFAULT_REQUEST_DEADLINE)
        .setMaxResponseBytes(ApiClientConfig.DEFAULT_MAX_RESPONSE_BYTES)
        .setAllowInsecureHttp(false)
        .setPagination(PaginationMode.AUTO)
        .build();
  }

  /** The {@link PTransform} of {@link #read()}; immutable, each {@code withX} returns a copy. */
  @AutoValue
  public abstract static class Read<R> extends PTransform<PBegin, PCollection<R>> {
    abstract ReportRoute<R> getRoute();

    abstract boolean getRowPerInstance();

    abstract String getBaseUrl();

    abstract @Nullable String getClientId();

    abstract @Nullable SecretSource getClientSecret();

    abstract @Nullable LocalDate getStartDate();

    abstract @Nullable LocalDate getEndDate();

    abstract List<String> getInstanceIds();

    abstract List<Long> getCampaignIds();

    abstract List<String> getPlatforms();

    abstract List<String> getContentTypes();

    abstract String getDateBasis();

    abstract List<String> getMetrics();

    abstract @Nullable String getSortProperty();

    abstract @Nullable String getSortDirection();

    abstract int getPageSize();

    abstract Granularity getGranularity();

    abstract int getMaxConcurrentRequests();

    abstract int getMaxRequestsPerMinute();

    abstract RetryPolicy getRetryPolicy();

    abstract Duration getConnectTimeout();

    abstract Duration getReadTimeout();

    abstract Duration getRequestDeadline();

    abstract long getMaxResponseBytes();

    abstract boolean getAllowInsecureHttp();

    abstract PaginationMode getPagination();

    abstract Builder<R> toBuilder();

    @AutoValue.Builder
    abstract static class Builder<R> {
      abstract Builder<R> setRoute(ReportRoute<R> value);

      abstract Builder<R> setRowPerInstance(boolean value);

      abstract Builder<R> setBaseUrl(String value);

      abstract Builder<R> setClientId(String value);

      abstract Builder<R> setClientSecret(SecretSource value);

      abstract Builder<R> setStartDate(LocalDate value);

      abstract Builder<R> setEndDate(LocalDate value);

      abstract Builder<R> setInstanceIds(List<String> value);

      abstract Builder<R> setCampaignIds(List<Long> value);

      abstract Builder<R> setPlatforms(List<String> value);

      abstract Builder<R> setContentTypes(List<String> value);

      abstract Builder<R> setDateBasis(String value);

      abstract Builder<R> setMetrics(List<String> value);

      abstract Builder<R> setSortProperty(@Nullable String value);

      abstract Builder<R> setSortDirection(@Nullable String value);

      abstract Builder<R> setPageSize(int value);

      abstract Builder<R> setGranularity(Granularity value);

      abstract Builder<R> setMaxRequestsPerMinute(int value);

      abstract Builder<R> setMaxConcurrentRequests(int value);

      abstract Builder<R> setRetryPolicy(RetryPolicy value);

      abstract Builder<R> setConnectTimeout(Duration value);

      abstract Builder<R> setRequestDeadline(Duration value);

      abstract Builder<R> setMaxResponseBytes(long value);

      abstract Builder<R> setReadTimeout(Duration value);

      abstract Builder<R> setAllowInsecureHttp(boolean value);

      abstract Builder<R> setPagination(PaginationMode value);

      abstract Read<R> build();
    }

    /**
     * The API's base URL, without the {@code /v2} path. Default {@value #DEFAULT_BASE_URL}; an
     * absolute {@code https://} URL, or {@code http://} to a loopback host (see {@link
     * #withAllowInsecureHttp}).
     */
    public Read<R> withBaseUrl(String baseUrl) {
      checkArgument(baseUrl != null, "baseUrl must be an absolute http(s) URL, but was null");
      String shown = BaseUrls.redacted(baseUrl);
      URI uri;
      try {
        uri = URI.create(baseUrl.trim());
      } catch (IllegalArgumentException e) {
        // Not chained: the parser's message quotes the URL whole, user info included.
        throw new IllegalArgumentException(
            String.format("baseUrl must be an absolute http(s) URL, but was '%s'", shown));
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      checkArgument(
          (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null,
          "baseUrl must be an absolute http(s) URL such as %s, but was '%s'",
          DEFAULT_BASE_URL,
          shown);
      checkArgument(
          uri.getQuery() == null && uri.getFragment() == null,
          "baseUrl must have no query or fragment, but was '%s'",
          shown);
      checkArgument(
          uri.getRawUserInfo() == null,
          "baseUrl must have no user info (credentials go in withClientId/withClientSecret), but was '%s'",
          shown);
      return toBuilder().setBaseUrl(baseUrl.trim().replaceAll("/+$", "")).build();
    }

    /** The OAuth client id. Required; not a secret, so it appears in display data. */
    public Read<R> withClientId(String clientId) {
      checkArgument(
          clientId != null && !clientId.isBlank(),
          "clientId must be a non-blank string, but was '%s'",
          clientId);
      return toBuilder().setClientId(clientId.trim()).build();
    }

    /**
     * The OAuth client secret, given by value. Required (this or the {@link SecretSource} form).
     */
    public Read<R> withClientSecret(String clientSecret) {
      checkArgument(
          clientSecret != null && !clientSecret.isBlank(),
          "clientSecret must be a non-blank string, but was %s",
          clientSecret == null ? "null" : "blank");
      return withClientSecret(SecretSources.ofValue(clientSecret));
    }

    /**
     * The OAuth client secret, resolved on the workers where it is used, so that a reference (for
     * example to a secret manager) rather than the value travels in the job graph.
     */
    public Read<R> withClientSecret(SecretSource clientSecret) {
      checkArgument(clientSecret != null, "clientSecret must not be null");
      return toBuilder().setClientSecret(clientSecret).build();
    }

    /**
     * The days to read, both inclusive, in UTC. Required. {@code endDate} must not be before {@code
     * startDate}; a range longer than two years is read in two-year windows.
     */
    public Read<R> withDateRange(LocalDate startDate, LocalDate endDate) {
      checkArgument(startDate != null, "startDate must be a date (YYYY-MM-DD), but was null");
      checkArgument(endDate != null, "endDate must be a date (YYYY-MM-DD), but was null");
      checkArgument(
          !endDate.isBefore(startDate),
          "endDate must be on or after startDate %s, but was %s",
          startDate,
          endDate);
      return toBuilder().setStartDate(startDate).setEndDate(endDate).build();
    }

    /** As {@link #withDateRange(LocalDate, LocalDate)}, from {@code YYYY-MM-DD} strings. */
    public Read<R> withDateRange(String startDate, String endDate) {
      return withDateRange(parseDate("startDate", startDate), parseDate("endDate", endDate));
    }

    /**
     * The instances (workspaces) to read. Default: none given, meaning every instance the
     * credentials can see, discovered on a worker when the pipeline runs. Instances the credentials
     * cannot see fail the read before any data request, naming them.
     */
    public Read<R> withInstanceIds(List<String> instanceIds) {
      checkArgument(instanceIds != null, "instanceIds must not be null (empty means all)");
      for (String id : instanceIds) {
        checkArgument(
            id != null && !id.isBlank(),
            "instanceIds must hold non-blank ids, but was %s",
            instanceIds);
      }
      return toBuilder().setInstanceIds(List.copyOf(new LinkedHashSet<>(instanceIds))).build();
    }

    public Read<R> withInstanceIds(String... instanceIds) {
      return withInstanceIds(Arrays.asList(instanceIds));
    }

    /**
     * Only these campaigns. Default: all. The API takes at most 50 per request; more are queried 50
     * at a time, which keeps the output exact because each campaign is in one query.
     */
    public Read<R> withCampaignIds(List<Long> campaignIds) {
      checkArgument(campaignIds != null, "campaignIds must not be null (empty means all)");
      for (Long id : campaignIds) {
        checkArgument(
            id != null && id > 0, "campaignIds must be positive numbers, but was %s", campaignIds);
      }
      return toBuilder().setCampaignIds(List.copyOf(new LinkedHashSet<>(campaignIds))).build();
    }

    public Read<R> withCampaignIds(Long... campaignIds) {
      return withCampaignIds(Arrays.asList(campaignIds));
    }

    /**
     * Only content on these platforms (e.g. {@code instagram}, {@code tiktok}). Not together with
     * {@link #withContentTypes}. Default: all platforms.
     */
    public Read<R> withPlatforms(String... platforms) {
      return toBuilder().setPlatforms(lowerCaseNames("platform", platforms)).build();
    }

    /**
     * Only these content types (e.g. {@code instagram_reel}). Not together with {@link
     * #withPlatforms}. Default: all content types.
     */
    public Read<R> withContentTypes(String... contentTypes) {
      return toBuilder().setContentTypes(lowerCaseNames("contentType", contentTypes)).build();
    }

    /**
     * {@code performance_date} (default: metrics recorded inside the range) or {@code post_date}
     * (content published inside the range); the camelCase spellings are accepted too.
     */
    public Read<R> withDateBasis(String dateBasis) {
      String normalized =
          dateBasis == null ? "" : dateBasis.trim().replaceAll("([a-z])([A-Z])", "$1_$2");
      normalized = normalized.toLowerCase(Locale.ROOT);
      checkArgument(
          normalized.equals(PerformanceQuery.PERFORMANCE_DATE)
              || normalized.equals(PerformanceQuery.POST_DATE),
          "dateBasis must be performance_date or post_date, but was '%s'",
          dateBasis);
      return toBuilder().setDateBasis(normalized).build();
    }

    /**
     * Only these metrics (API names, e.g. {@code impressions}); the others are null in the output.
     * Default: all. Allowed: the route's metric table ({@link CampaignMetric}, {@link PostMetric},
     * {@link CreatorMetric}, {@link InstanceMetric}, {@link InstanceSeriesMetric}).
     */
    public Read<R> withMetrics(String... metrics) {
      List<String> names = new ArrayList<>();
      for (String metric : metrics) {
        checkArgument(
            metric != null && getRoute().metricCatalogue().contains(metric.trim()),
            "metrics must be names from %s, but '%s' is not one",
            getRoute().metricCatalogue(),
            metric);
        names.add(metric.trim());
      }
      return toBuilder().setMetrics(List.copyOf(new LinkedHashSet<>(names))).build();
    }

    /**
     * The order the API pages in: a sortable property of the route ({@link
     * ReportRoute#sortableProperties()}; for campaigns {@link #SORTABLE_PROPERTIES}) and {@code
     * ASC} or {@code DESC}. Default: the API's own order. The output is the same set of rows either
     * way. The instance routes sort nothing.
     */
    public Read<R> withSort(String sortProperty, String sortDirection) {
      Set<String> sortable = getRoute().sortableProperties();
      checkArgument(
          !sortable.isEmpty(),
          "sortProperty: the %s route sorts nothing, but '%s' was given",
          getRoute().name(),
          sortProperty);
      checkArgument(
          sortProperty != null && sortable.contains(sortProperty.trim()),
          "sortProperty must be one of %s, but was '%s'",
          sortable,
          sortProperty);
      String direction = sortDirection == null ? "" : sortDirection.trim().toUpperCase(Locale.ROOT);
      checkArgument(
          direction.equals("ASC") || direction.equals("DESC"),
          "sortDirection must be ASC or DESC, but was '%s'",
          sortDirection);
      return toBuilder().setSortProperty(sortProperty.trim()).setSortDirection(direction).build();
    }

    /** Rows per page, 1 to 100. Default 100, which costs the fewest requests. */
    public Read<R> withPageSize(int pageSize) {
      checkArgument(
          pageSize >= 1 && pageSize <= ApiLimits.MAX_PAGE_SIZE,
          "pageSize must be between 1 and %s, but was %s",
          ApiLimits.MAX_PAGE_SIZE,
          pageSize);
      return toBuilder().setPageSize(pageSize).build();
    }

    /**
     * The windows of the output rows; see the class documentation. Default {@code NONE}. For {@link
     * #readInstancesOverTime()} the size of the buckets instead ({@code DAY} to {@code YEAR},
     * default {@code MONTH}).
     */
    public Read<R> withGranularity(Granularity granularity) {
      checkArgument(
          granularity != null,
          "granularity must be one of %s, but was null",
          Arrays.asList(Granularity.values()));
      checkArgument(
          !getRoute().bucketed() || granularity != Granularity.NONE,
          "granularity must be a bucket size (day, week, month, quarter or year) for %s, but was none",
          getRoute().name());
      return toBuilder().setGranularity(granularity).build();
    }

    /**
     * {@link #readInstances()} only: one row per instance (one query per instance and window, each
     * row carrying its {@code instanceId}) rather than one row for the whole scope. Default false.
     */
    public Read<R> withRowPerInstance(boolean rowPerInstance) {
      checkArgument(
          getRoute() == InstanceTotalsRoute.INSTANCE,
          "rowPerInstance applies to readInstances() only, not to the %s route",
          getRoute().name());
      return toBuilder().setRowPerInstance(rowPerInstance).build();
    }

    /**
     * Requests in flight at once per worker, 1 to {@value #MAX_CONCURRENT_REQUESTS}. Default
     * {@value #DEFAULT_MAX_CONCURRENT_REQUESTS}. Reads wait on the network, not the CPU, so a few
     * concurrent requests per worker pay off until the API's rate budget is reached.
     */
    public Read<R> withMaxConcurrentRequests(int maxConcurrentRequests) {
      checkArgument(
          maxConcurrentRequests >= 1 && maxConcurrentRequests <= MAX_CONCURRENT_REQUESTS,
          "maxConcurrentRequests must be between 1 and %s, but was %s",
          MAX_CONCURRENT_REQUESTS,
          maxConcurrentRequests);
      return toBuilder().setMaxConcurrentRequests(maxConcurrentRequests).build();
    }

    /**
     * This worker's share of the API's rate budget, in requests per minute (0, the default: no
     * share). Workers behind one outbound address share one budget; each JVM paces itself at most
     * at this rate, on top of what the gateway's headers and 429s teach it. Set it to about 90% of
     * the budget divided by the number of worker JVMs (on Dataflow: {@code maxNumWorkers}; on
     * Flink: TaskManagers), e.g. 120 per minute over 4 workers: 27. Without it the workers still
     * converge to their shares, at the price of some 429s (see docs/DEPLOYING.md).
     */
    public Read<R> withMaxRequestsPerMinute(int maxRequestsPerMinute) {
      checkArgument(
          maxRequestsPerMinute >= 0,
          "maxRequestsPerMinute must be 0 (no share) or a positive number of requests, but was %s",
          maxRequestsPerMinute);
      return toBuilder().setMaxRequestsPerMinute(maxRequestsPerMinute).build();
    }

    /** Retries of transient failures and their budget. Default {@link RetryPolicy#defaults()}. */
    public Read<R> withRetryPolicy(RetryPolicy retryPolicy) {
      checkArgument(retryPolicy != null, "retryPolicy must not be null");
      return toBuilder().setRetryPolicy(retryPolicy).build();
    }

    /**
     * How long to wait for a connection, more than 0 and at most a minute. Default {@code
     * ApiClientConfig.DEFAULT_CONNECT_TIMEOUT} (10 s). A timeout is retried like a server fault.
     */
    public Read<R> withConnectTimeout(Duration connectTimeout) {
      checkTimeout("connectTimeout", connectTimeout);
      return toBuilder().setConnectTimeout(connectTimeout).build();
    }

    /**
     * How long to wait for an answer, more than 0 and at most ten minutes. Default {@code
     * ApiClientConfig.DEFAULT_READ_TIMEOUT} (30 s). A timeout is retried like a server fault.
     */
    public Read<R> withReadTimeout(Duration readTimeout) {
      checkTimeout("readTimeout", readTimeout);
      return toBuilder().setReadTimeout(readTimeout).build();
    }

    private static void checkTimeout(String parameter, Duration timeout) {
      Duration max =
          parameter.equals("connectTimeout")
              ? Duration.ofMinutes(1)
              : parameter.equals("requestDeadline") ? Duration.ofDays(1) : Duration.ofMinutes(10);
      checkArgument(
          timeout != null
              && !timeout.isNegative()
              && !timeout.isZero()
              && timeout.compareTo(max) <= 0,
          "%s must be more than 0 and at most %s, but was %s",
          parameter,
          max,
          timeout);
    }

    /**
     * The deadline of one attempt, from sending the request to the last byte of the answer, more
     * than 0 and at most a day. Default {@code ApiClientConfig.DEFAULT_REQUEST_DEADLINE} (2
     * minutes). Unlike the read timeout, which bounds the silence between two bytes, it also cuts
     * off a server that trickles its answer. An attempt past it is retried like a timeout.
     */
    public Read<R> withRequestDeadline(Duration requestDeadline) {
      checkTimeout("requestDeadline", requestDeadline);
      return toBuilder().setRequestDeadline(requestDeadline).build();
    }

    /**
     * The largest answer body accepted, in bytes (after decompression), from 1024 to {@code
     * ApiClientConfig.MAX_RESPONSE_BYTES_LIMIT} (1 GiB). Default {@code
     * ApiClientConfig.DEFAULT_MAX_RESPONSE_BYTES} (64 MiB; a page is well under 1 MiB). A larger
     * answer is not read further and fails the read at once.
     */
    public Read<R> withMaxResponseBytes(long maxResponseBytes) {
      checkArgument(
          maxResponseBytes >= 1024 && maxResponseBytes <= ApiClientConfig.MAX_RESPONSE_BYTES_LIMIT,
          "maxResponseBytes must be from 1024 to %s, but was %s",
          ApiClientConfig.MAX_RESPONSE_BYTES_LIMIT,
          maxResponseBytes);
      return toBuilder().setMaxResponseBytes(maxResponseBytes).build();
    }

    /**
     * Allows sending credentials over plain {@code http://} to a host that is not loopback. Default
     * false: only for a trusted private gateway.
     */
    public Read<R> withAllowInsecureHttp(boolean allowInsecureHttp) {
      return toBuilder().setAllowInsecureHttp(allowInsecureHttp).build();
    }

    /**
     * Which pagination generation the gateway speaks. Default {@link PaginationMode#AUTO}: detected
     * by the first {@code /v2/instances} request (page numbers first; an answer with a cursor, or a
     * 400 naming {@code pageNumber}/{@code pageSize}, means cursors) and remembered per base URL
     * and client id in the JVM. Force {@link PaginationMode#PAGE_NUMBERS} or {@link
     * PaginationMode#CURSORS} for a gateway that answers neither way clearly.
     */
    public Read<R> withPagination(PaginationMode pagination) {
      checkArgument(
          pagination != null, "pagination must be AUTO, PAGE_NUMBERS or CURSORS, but was null");
      return toBuilder().setPagination(pagination).build();
    }

    @Override
    public PCollection<R> expand(PBegin input) {
      checkArgument(getClientId() != null, "clientId is required: set withClientId(...)");
      checkArgument(
          getClientSecret() != null, "clientSecret is required: set withClientSecret(...)");
      checkArgument(
          getStartDate() != null && getEndDate() != null,
          "startDate and endDate are required: set withDateRange(start, end)");
      ApiLimits.checkPlatformOrContentType(
          "platforms", getPlatforms(), "contentTypes", getContentTypes());
      checkArgument(
          getRoute().allows(ReportRoute.Cut.CAMPAIGN)
              || getCampaignIds().size() <= ApiLimits.MAX_CAMPAIGN_IDS,
          "campaignIds: got %s ids; the %s route allows at most %s, since its rows aggregate over the"
              + " query's campaigns and cannot be read in batches",
          getCampaignIds().size(),
          getRoute().name(),
          ApiLimits.MAX_CAMPAIGN_IDS);
      return input.apply(new ReportRead<R>(readSpec()));
    }

    /**
     * What this read will cost, before it runs: queries, data requests and time at a rate budget of
     * {@code requestsPerMinute}. Sends a request or two to list the visible instances (which also
     * tells the pagination generation), on the campaigns and posts reports one to learn the size of
     * their campaign roster (the membership check walks it once; cursor gateways report no size)
     * and, with {@code countRows} ({@link #read()} only), one request per window to learn its exact
     * row count (page-number gateways only; cursor gateways report no totals). Every report's
     * queries are one per window (and instance group); the estimate of a report cut only by window
     * is therefore exact in queries, and its pages depend on its rows per page.
     */
    public ReadCostEstimate estimateCost(int requestsPerMinute, boolean countRows) {
      checkArgument(
          !countRows || getRoute() == CampaignsRoute.INSTANCE,
          "planCountRows counts the rows of read() (campaigns) only, not of the %s route",
          getRoute().name());
      checkArgument(
          requestsPerMinute >= 1,
          "requestsPerMinute must be at least 1, but was %s",
          requestsPerMinute);
      ReadSpec spec = readSpec();
      ReadCostEstimate.Builder cost =
          ReadCostEstimate.builder()
              .windows(spec.windows())
              .campaignIds(spec.campaignIds().size())
              .pageSize(spec.pageSize())
              .concurrency(spec.maxConcurrentRequests())
              .rateBudget(requestsPerMinute, Duration.ofMinutes(1));
      try (LaterApiClient client =
          LaterApiClient.create(spec.clientConfig(), ClientObserver.NONE)) {
        int visible = client.allInstanceIds().size();
        cost.pagination(client.generation())
            .instances(
                spec.instanceIds().isEmpty() ? visible : spec.instanceIds().size(),
                !spec.instanceIds().isEmpty());
        boolean membership = getRoute().allows(ReportRoute.Cut.CAMPAIGN);
        cost.membershipCheck(membership);
        if (membership && spec.instanceIds().size() <= ApiLimits.MAX_INSTANCES_PER_QUERY) {
          Long campaigns =
              client.campaigns(spec.instanceIds(), PageRequest.first(1)).pageInfo().totalItems();
          if (campaigns != null) {
            cost.rosterCampaigns(campaigns);
          }
        }
      }
      if (countRows && spec.campaignIds().size() <= ApiLimits.MAX_CAMPAIGN_IDS) {
        List<Long> rows =
            ReadCostProbe.rowsPerWindow(
                spec.clientConfig(),
                spec.filters()
                    .withInstanceIds(spec.instanceIds())
                    .withCampaignIds(spec.campaignIds()),
                spec.windows());
        if (rows != null) {
          cost.rowsPerWindow(rows);
        }
      }
      return cost.build();
    }

    ReadSpec readSpec() {
      ApiClientConfig clientConfig =
          ApiClientConfig.builder()
              .setBaseUrl(getBaseUrl())
              .setCredentials(getClientId(), getClientSecret())
              .setRetryPolicy(getRetryPolicy())
              .setConnectTimeout(getConnectTimeout())
              .setReadTimeout(getReadTimeout())
              .setRequestDeadline(getRequestDeadline())
              .setMaxResponseBytes(getMaxResponseBytes())
              .setAllowInsecureHttp(getAllowInsecureHttp())
              .setMaxRequestsPerMinute(getMaxRequestsPerMinute())
              .setPagination(getPagination())
              .build();
      List<DateWindow> windows =
          getRoute().bucketed()
              ? DateWindows.coverBuckets(getStartDate(), getEndDate(), getGranularity())
              : DateWindows.cover(getStartDate(), getEndDate(), getGranularity());
      PerformanceQuery filters =
          PerformanceQuery.builder()
              .setStartDate(windows.get(0).start())
              .setEndDate(windows.get(0).end())
              .setDateBasis(getDateBasis())
              .setPlatforms(getPlatforms())
              .setContentTypes(getContentTypes())
              .setMetrics(getMetrics())
              .setSortProperty(getSortProperty())
              .setSortDirection(getSortDirection())
              .setGranularity(getRoute().bucketed() ? getGranularity().optionValue() : null)
              .build();
      return ReadSpec.builder()
          .setClientConfig(clientConfig)
          .setRoute(getRoute())
          .setRowPerInstance(getRowPerInstance())
          .setFilters(filters)
          .setWindows(windows)
          .setInstanceIds(getInstanceIds())
          .setCampaignIds(getCampaignIds())
          .setPageSize(getPageSize())
          .setMaxConcurrentRequests(getMaxConcurrentRequests())
          .build();
    }

    @Override
    public void populateDisplayData(DisplayData.Builder builder) {
      super.populateDisplayData(builder);
      builder
          .add(DisplayData.item("report", getRoute().name()).withLabel("Report route"))
          .add(DisplayData.item("baseUrl", getBaseUrl()).withLabel("Reporting API base URL"))
          .addIfNotNull(DisplayData.item("clientId", getClientId()).withLabel("OAuth client id"))
          .addIfNotNull(
              DisplayData.item(
                      "clientSecret",
                      getClientSecret() == null ? null : getClientSecret().describe())
                  .withLabel("OAuth client secret (how it is supplied, never the value)"))
          .addIfNotNull(
              DisplayData.item(
                      "dateRange",
                      getStartDate() == null ? null : getStartDate() + ".." + getEndDate())
                  .withLabel("Days read (inclusive, UTC)"))
          .add(DisplayData.item("granularity", getGranularity().optionValue()))
          .add(DisplayData.item("dateBasis", getDateBasis()))
          .add(
              DisplayData.item(
                  "instanceIds",
                  getInstanceIds().isEmpty()
                      ? "(all visible)"
                      : String.join(",", getInstanceIds())))
          .add(DisplayData.item("pageSize", getPageSize()))
          .add(
              DisplayData.item("pagination", getPagination().name())
                  .withLabel("Pagination generation"))
          .add(DisplayData.item("maxConcurrentRequests", getMaxConcurrentRequests()))
          .add(DisplayData.item("maxRequestsPerMinute", getMaxRequestsPerMinute()));
      addListIfSet(builder, "campaignIds", getCampaignIds());
      addListIfSet(builder, "platforms", getPlatforms());
      addListIfSet(builder, "contentTypes", getContentTypes());
      addListIfSet(builder, "metrics", getMetrics());
      builder.addIfNotNull(
          DisplayData.item(
              "sort",
              getSortProperty() == null ? null : getSortProperty() + " " + getSortDirection()));
    }

    private static void addListIfSet(DisplayData.Builder builder, String key, List<?> values) {
      if (!values.isEmpty()) {
        builder.add(DisplayData.item(key, values.toString()));
      }
    }
  }

  private static LocalDate parseDate(String parameter, String value) {
    try {
      return LocalDate.parse(value == null ? "" : value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          String.format("%s must be a date YYYY-MM-DD, but was '%s'", parameter, value), e);
    }
  }

  private static List<String> lowerCaseNames(String parameter, String... names) {
    List<String> result = new ArrayList<>();
    for (String name : names) {
      checkArgument(
          name != null && name.trim().matches("[A-Za-z][A-Za-z0-9_]*"),
          "%s must be names like instagram or instagram_reel, but was '%s'",
          parameter,
          name);
      result.add(name.trim().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(new LinkedHashSet<>(result));
  }
}
