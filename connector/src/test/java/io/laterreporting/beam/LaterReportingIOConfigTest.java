package io.laterreporting.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Bad configuration fails at construction with a message naming the parameter, value and range. */
@RunWith(JUnit4.class)
public class LaterReportingIOConfigTest {
  private static final String SECRET = "s3cr3t-value-never-shown";

  private static LaterReportingIO.Read<CampaignPerformance> complete() {
    return LaterReportingIO.read()
        .withBaseUrl("https://gateway.example.com/")
        .withClientId("client-1")
        .withClientSecret(SECRET)
        .withDateRange("2025-01-01", "2025-03-31");
  }

  private static void assertRejected(String message, ThrowingRunnable construction) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, construction);
    assertEquals(message, error.getMessage());
  }

  @Test
  public void givenPageSizeOutOfRange_thenRejectedNamingTheRange() {
    assertRejected(
        "pageSize must be between 1 and 100, but was 0", () -> complete().withPageSize(0));
    assertRejected(
        "pageSize must be between 1 and 100, but was 101", () -> complete().withPageSize(101));
  }

  @Test
  public void givenMalformedDates_thenRejectedNamingTheDate() {
    assertRejected(
        "startDate must be a date YYYY-MM-DD, but was '2025-13-01'",
        () -> complete().withDateRange("2025-13-01", "2025-12-31"));
    assertRejected(
        "endDate must be a date YYYY-MM-DD, but was '31/12/2025'",
        () -> complete().withDateRange("2025-01-01", "31/12/2025"));
  }

  @Test
  public void givenEndBeforeStart_thenRejected() {
    assertRejected(
        "endDate must be on or after startDate 2025-03-31, but was 2025-01-01",
        () -> complete().withDateRange("2025-03-31", "2025-01-01"));
  }

  @Test
  public void givenUnknownGranularityOrDateBasis_thenRejectedListingTheAllowedValues() {
    assertRejected(
        "granularity must be one of none|day|week|month|quarter|year, but was 'fortnight'",
        () -> Granularity.parse("fortnight"));
    assertRejected(
        "dateBasis must be performance_date or post_date, but was 'publish_date'",
        () -> complete().withDateBasis("publish_date"));
  }

  @Test
  public void givenUnknownMetricOrSort_thenRejected() {
    IllegalArgumentException metric =
        assertThrows(
            IllegalArgumentException.class, () -> complete().withMetrics("impressions", "likez"));
    assertThat(metric.getMessage(), containsString("but 'likez' is not one"));
    assertThat(metric.getMessage(), containsString("impressions"));
    IllegalArgumentException sort =
        assertThrows(IllegalArgumentException.class, () -> complete().withSort("name", "ASC"));
    assertThat(sort.getMessage(), containsString("sortProperty must be one of"));
    assertThat(sort.getMessage(), containsString("but was 'name'"));
    assertRejected(
        "sortDirection must be ASC or DESC, but was 'UP'",
        () -> complete().withSort("impressions", "UP"));
  }

  @Test
  public void givenMalformedBaseUrl_thenRejected() {
    assertRejected(
        "baseUrl must be an absolute http(s) URL such as https://reporting.api.later.com, but was"
            + " 'reporting.api.later.com'",
        () -> complete().withBaseUrl("reporting.api.later.com"));
    assertRejected(
        "baseUrl must be an absolute http(s) URL such as https://reporting.api.later.com, but was"
            + " 'ftp://x.example.com'",
        () -> complete().withBaseUrl("ftp://x.example.com"));
  }

  @Test
  public void givenBadConcurrency_thenRejected() {
    assertRejected(
        "maxConcurrentRequests must be between 1 and 32, but was 0",
        () -> complete().withMaxConcurrentRequests(0));
  }

  @Test
  public void givenBothPlatformAndContentType_thenRejectedWhenApplied() {
    assertRejected(
        "platforms [instagram] and contentTypes [tiktok] cannot be combined: the API takes one or"
            + " the other, not both",
        () ->
            Pipeline.create()
                .apply(complete().withPlatforms("instagram").withContentTypes("tiktok")));
  }

  @Test
  public void givenNoCredentialsOrDates_thenRejectedWhenApplied() {
    assertRejected(
        "clientSecret is required: set withClientSecret(...)",
        () ->
            Pipeline.create()
                .apply(
                    LaterReportingIO.read()
                        .withClientId("client-1")
                        .withDateRange("2025-01-01", "2025-01-02")));
    assertRejected(
        "startDate and endDate are required: set withDateRange(start, end)",
        () ->
            Pipeline.create()
                .apply(LaterReportingIO.read().withClientId("client-1").withClientSecret(SECRET)));
  }

  @Test
  public void givenDisplayData_thenItShowsTheEndpointAndRangeButNeverTheSecret() {
    DisplayData data =
        DisplayData.from(complete().withGranularity(Granularity.MONTH).withInstanceIds("a", "b"));
    String shown = data.toString();
    assertThat(shown, containsString("https://gateway.example.com"));
    assertThat(shown, containsString("2025-01-01..2025-03-31"));
    assertThat(shown, containsString("month"));
    assertThat(shown, containsString("a,b"));
    assertThat(shown, not(containsString(SECRET)));
    assertThat(complete().toString(), not(containsString(SECRET)));
  }

  @Test
  public void givenRowPerInstanceOnPosts_thenRejectedNamingTheRoute() {
    assertRejected(
        "rowPerInstance applies to readInstances() only, not to the posts route",
        () -> LaterReportingIO.readPosts().withRowPerInstance(true));
  }

  @Test
  public void givenASortOnInstanceTotals_thenRejectedSinceTheRouteSortsNothing() {
    assertRejected(
        "sortProperty: the instances route sorts nothing, but 'reach' was given",
        () -> LaterReportingIO.readInstances().withSort("reach", "DESC"));
  }

  @Test
  public void givenACampaignMetricOnCreators_thenRejectedListingTheCreatorsMetrics() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LaterReportingIO.readCreators().withMetrics("influencersCount"));
    assertThat(e.getMessage(), containsString("'influencersCount' is not one"));
    assertThat(e.getMessage(), containsString("navigationTapExit"));
  }

  @Test
  public void givenNoBucketSizeForTheSeries_thenRejected() {
    assertRejected(
        "granularity must be a bucket size (day, week, month, quarter or year) for instancesOverTime, but was none",
        () -> LaterReportingIO.readInstancesOverTime().withGranularity(Granularity.NONE));
  }

  @Test
  public void givenMoreThan50CampaignIdsForCreators_thenRejectedWhenApplied() {
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= 51; id++) {
      ids.add(id);
    }
    assertRejected(
        "campaignIds: got 51 ids; the creators route allows at most 50, since its rows aggregate over the"
            + " query's campaigns and cannot be read in batches",
        () ->
            Pipeline.create()
                .apply(
                    LaterReportingIO.readCreators()
                        .withBaseUrl("https://gateway.example.com/")
                        .withClientId("client-1")
                        .withClientSecret(SECRET)
                        .withDateRange("2025-01-01", "2025-03-31")
                        .withCampaignIds(ids)));
  }
}
