/**
 * The HTTP client of the Later Influence Reporting API (v2): {@link
 * io.laterreporting.beam.client.LaterApiClient}, configured by {@link
 * io.laterreporting.beam.client.ApiClientConfig}.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Transport.</b> google-http-client over Apache HttpClient 4.5 ({@code
 *       google-http-client-apache-v2}, managed by the GCP BOM) with one pooled connection manager
 *       per JVM: 64 connections, 32 per host, reused across all clients. The default {@code
 *       NetHttpTransport} keeps only 5 idle connections per host (a JVM-wide system property), so
 *       16-32 reader threads would keep reconnecting. Redirects and the library's own retries are
 *       off.
 *   <li><b>Tokens.</b> One per JVM per (base URL, client id, SHA-256 of the secret), renewed a
 *       tenth of its lifetime (at most 60 s) before the JWT's {@code exp}; concurrent callers wait
 *       on a single renewal; a 401 from a data route renews once (only if nobody renewed meanwhile)
 *       and repeats once; a second 401 is a {@link
 *       io.laterreporting.beam.client.CredentialsRejectedException}.
 *   <li><b>Retries.</b> By HTTP status first: 5xx, 429 and 408 retry; 401 renews; every other 4xx
 *       fails at once with type/title/detail and the query. No HTTP answer: timeouts and connection
 *       errors retry. A 2xx whose body does not parse whole retries (a cut body never yields a
 *       partial page). Capped exponential backoff with "equal jitter" (half fixed, half random);
 *       {@code Retry-After} (seconds or HTTP date) wins, capped at {@code maxRetryAfter}; attempts
 *       and total waiting are bounded, then {@link
 *       io.laterreporting.beam.client.RetryBudgetExhaustedException}.
 *   <li><b>Rate limit.</b> One limiter per base URL per JVM (a gateway counts per address, not per
 *       client): strict pacing at 95% of the budget stated by {@code X-Ratelimit-Limit}/{@code
 *       X-Ratelimit-Window}, at most the explicit share {@code maxRequestsPerMinute}, backed by a
 *       trailing-window guard; without headers the budget is learned from 429s alone (probing
 *       without {@code Retry-After}, AIMD, no window length assumed); a 429 holds every caller; a
 *       JVM sharing the budget with others drops to what it gets. See {@code RateLimiter}.
 *   <li><b>Parsing.</b> Jackson streaming straight into the records' builders, both row layouts and
 *       the legacy names: {@code Envelope} (paging, both generations), {@code ReportRows} (list or
 *       single object), {@code RowWalker} and {@code MetricValues} (the members and metrics every
 *       row shares) and one row parser per route ({@code CampaignRowParser}, {@code PostRowParser},
 *       {@code CreatorRowParser}, {@code InstanceTotalsParser}, {@code BucketRowParser}), chosen by
 *       the route's {@link io.laterreporting.beam.client.ReportFormat}.
 *   <li><b>Where things are.</b> {@code AttemptLoop} (the one loop of attempts, token and data
 *       routes), {@code HttpExchange} (one attempt), {@code Failure} (what is retried), {@code
 *       Backoff}, {@code RateLimitHeaders}, {@code TokenMinter}, {@code Redaction}, {@code
 *       RouteParameters}, {@code MetricNarrowing}; every API limit in {@link
 *       io.laterreporting.beam.client.ApiLimits}.
 * </ul>
 */
package io.laterreporting.beam.client;
