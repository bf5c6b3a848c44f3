package io.laterreporting.beam;

import io.laterreporting.beam.client.RetryCause;
import java.util.Locale;

/**
 * Names of the Beam counters every read of {@link LaterReportingIO} reports, all in namespace
 * {@value #NAMESPACE}. Pipelines and tests query them by these constants (as with Beam's
 * RequestResponseIO {@code Monitoring}). Time spent waiting for the rate limiter is reported in
 * Beam's own throttling counter ({@code Metrics.THROTTLE_TIME_NAMESPACE}/{@code
 * THROTTLE_TIME_COUNTER_NAME}, milliseconds), which runners use for autoscaling.
 */
public final class LaterReportingCounters {
  private LaterReportingCounters() {}

  /** The namespace of every counter below. */
  public static final String NAMESPACE = "LaterReportingIO";

  /** HTTP answers received (every attempt that got one, token route included). */
  public static final String REQUESTS = "requests";

  /** Answers that were HTTP 429. */
  public static final String RATE_LIMITED = "rateLimited";

  /** Tokens minted. */
  public static final String TOKEN_MINTS = "tokenMints";

  /** Data pages read. */
  public static final String PAGES = "pages";

  /** Rows emitted. */
  public static final String ROWS = "rows";

  /** Read units read again because their pages did not agree (data moved during the read). */
  public static final String UNITS_REREAD = "unitsReread";

  /** Cursor chains resumed from a checkpoint. */
  public static final String CHAINS_RESUMED = "chainsResumed";

  /** Prefix of the retry counters, one per {@link RetryCause}: see {@link #retries}. */
  public static final String RETRIES_PREFIX = "retries_";

  /**
   * The system name under which every read reports the API as its source in Beam's {@link
   * org.apache.beam.sdk.metrics.Lineage} (Dataflow's lineage view): {@code later:HOST[:PORT]}, then
   * the base URL's path if it has one, each segment quoted as {@code Lineage} requires.
   */
  public static final String LINEAGE_SYSTEM = "later";

  /** The counter of retries for {@code cause}, e.g. {@code retries_server_error}. */
  public static String retries(RetryCause cause) {
    return RETRIES_PREFIX + cause.name().toLowerCase(Locale.ROOT);
  }
}
