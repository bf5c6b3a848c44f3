package io.laterreporting.beam.client;

import java.time.LocalDate;
import java.util.List;

/**
 * Every limit of the Later Influence Reporting API the connector respects, in one place (see the
 * API contract), plus the few the connector sets for itself, marked as such. Requests, planners,
 * cost estimates and options all read them from here.
 */
public final class ApiLimits {
  private ApiLimits() {}

  /** Largest {@code pageSize}/{@code limit} a list route accepts. */
  public static final int MAX_PAGE_SIZE = 100;

  /**
   * Highest {@code pageNumber} the page-number generation serves; deeper rows need a smaller query.
   */
  public static final int MAX_PAGE_NUMBER = 500;

  /** Most {@code campaignIds} one request may name. */
  public static final int MAX_CAMPAIGN_IDS = 50;

  /**
   * Longest span of one request: {@code endDate} at most this many years after {@code startDate}.
   */
  public static final int MAX_SPAN_YEARS = 2;

  /**
   * Share of the learned rate budget ({@code X-Ratelimit-Limit} per {@code X-Ratelimit-Window}) the
   * connector spends, leaving headroom for clock skew between client and server.
   */
  public static final double BUDGET_SHARE = 0.95;

  /**
   * The connector's own cap (not the API's) on instance ids named in one query, to keep URLs short;
   * also the page size used to list instances.
   */
  public static final int MAX_INSTANCES_PER_QUERY = 100;

  /** The latest {@code endDate} one request starting on {@code startDate} may ask for. */
  public static LocalDate latestEndDate(LocalDate startDate) {
    return startDate.plusYears(MAX_SPAN_YEARS);
  }

  /**
   * The API filters by platform or by content type, never both: throws an {@link
   * IllegalArgumentException} naming both parameters ({@code platformName}, {@code
   * contentTypeName}, as the caller calls them) and their values when both are non-empty.
   */
  public static void checkPlatformOrContentType(
      String platformName,
      List<String> platforms,
      String contentTypeName,
      List<String> contentTypes) {
    if (!platforms.isEmpty() && !contentTypes.isEmpty()) {
      throw new IllegalArgumentException(
          platformName
              + " "
              + platforms
              + " and "
              + contentTypeName
              + " "
              + contentTypes
              + " cannot be combined: the API takes one or the other, not both");
    }
  }
}
