package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

public class ApiClientConfigTest {
  private static final String SECRET = "s3cr3t-VALUE-never-shown";

  private static ApiClientConfig config(String url) {
    return ApiClientConfig.of(url, "client-1", SecretSources.ofValue(SECRET));
  }

  @Test
  public void givenHttpsUrl_thenDefaultsApplyAndTrailingSlashIsDropped() {
    ApiClientConfig c = config("https://reporting.api.later.com/");
    assertEquals("https://reporting.api.later.com", c.baseUrl());
    assertEquals(Duration.ofSeconds(10), c.connectTimeout());
    assertEquals(Duration.ofSeconds(30), c.readTimeout());
    assertEquals(8, c.retryPolicy().maxAttempts());
    assertEquals(Duration.ofMillis(250), c.retryPolicy().initialBackoff());
    assertEquals(Duration.ofSeconds(20), c.retryPolicy().maxBackoff());
    assertEquals(Duration.ofSeconds(60), c.retryPolicy().maxRetryAfter());
    assertEquals(Duration.ofMinutes(5), c.retryPolicy().retryBudget());
    assertEquals(false, c.allowInsecureHttp());
  }

  @Test
  public void givenPlainHttpToNonLoopbackHost_thenRefusedUnlessAllowed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> config("http://reporting.example.com"));
    assertEquals(
        "baseUrl: got 'http://reporting.example.com'; plain http:// is allowed only to a loopback host"
            + " (localhost, 127.0.0.0/8, ::1) unless allowInsecureHttp(true): the secret and the token would travel"
            + " in clear text",
        e.getMessage());
    ApiClientConfig allowed =
        ApiClientConfig.builder()
            .setBaseUrl("http://reporting.example.com")
            .setCredentials("client-1", SecretSources.ofValue(SECRET))
            .setAllowInsecureHttp(true)
            .build();
    assertEquals("http://reporting.example.com", allowed.baseUrl());
  }

  @Test
  public void givenPlainHttpToLoopback_thenAccepted() {
    assertEquals("http://127.0.0.1:8080", config("http://127.0.0.1:8080").baseUrl());
    assertEquals("http://localhost:1", config("http://localhost:1").baseUrl());
    assertEquals("http://[::1]:9", config("http://[::1]:9").baseUrl());
  }

  @Test
  public void givenBadValues_thenMessagesNameParameterValueAndWhatIsAllowed() {
    assertEquals(
        "baseUrl: got 'ftp://x'; an absolute http(s) URL with a host is required, e.g. https://reporting.api.later.com",
        assertThrows(IllegalArgumentException.class, () -> config("ftp://x")).getMessage());
    assertEquals(
        "baseUrl: got 'https://h/?a=1'; allowed scheme, host, port and path only (no user info, query or fragment)",
        assertThrows(IllegalArgumentException.class, () -> config("https://h/?a=1")).getMessage());
    assertEquals(
        "readTimeout: got PT0S; allowed a duration > 0 and <= PT24H",
        assertThrows(
                IllegalArgumentException.class,
                () -> config("https://h").withReadTimeout(Duration.ZERO))
            .getMessage());
    assertEquals(
        "maxAttempts: got 0; allowed 1..100 (1 = no retry)",
        assertThrows(
                IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxAttempts(0))
            .getMessage());
    assertEquals(
        "maxBackoff: got PT0.1S; must be >= initialBackoff (PT0.25S)",
        assertThrows(
                IllegalArgumentException.class,
                () -> RetryPolicy.defaults().withMaxBackoff(Duration.ofMillis(100)))
            .getMessage());
    assertEquals(
        "clientId: got ' '; a non-blank client id is required",
        assertThrows(
                IllegalArgumentException.class,
                () -> ClientCredentials.of(" ", SecretSources.ofValue("x")))
            .getMessage());
    assertEquals(
        "size: got 101; allowed 1..100",
        assertThrows(IllegalArgumentException.class, () -> PageRequest.first(101)).getMessage());
  }

  @Test
  public void givenSecret_thenToStringOfEverythingMasksIt() throws Exception {
    ApiClientConfig c = config("https://h");
    assertThat(c.toString(), not(containsString(SECRET)));
    assertThat(c.toString(), containsString("secret=<inline value, ***>"));
    assertThat(c.credentials().toString(), not(containsString(SECRET)));
    assertThat(c.credentials().secret().toString(), not(containsString(SECRET)));
    assertEquals("inline value", c.credentials().secret().describe());
    try (LaterApiClient client = LaterApiClient.create(c, ClientObserver.NONE)) {
      assertThat(client.toString(), not(containsString(SECRET)));
    }
    assertThat(
        new TokenCache.Token("aaa.bbb.ccc", 0, 1000L).toString(),
        not(containsString("aaa.bbb.ccc")));
  }

  @Test
  public void givenConfig_thenItSerializesAndStaysEqual() throws Exception {
    ApiClientConfig c =
        config("https://h").withRetryPolicy(RetryPolicy.defaults().withMaxAttempts(3));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
      out.writeObject(Fixtures.query());
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(c, in.readObject());
      assertEquals(Fixtures.query(), in.readObject());
    }
  }

  @Test
  public void givenQueryChecks_thenBadQueriesFailBeforeAnyRequest() {
    PerformanceQuery.Builder b = PerformanceQuery.builder().setStartDate(LocalDate.of(2024, 1, 1));
    assertEquals(
        "endDate: got 2026-01-02 for startDate 2024-01-01; the span may not exceed two years (endDate <= 2026-01-01)",
        assertThrows(
                IllegalArgumentException.class,
                () -> b.setEndDate(LocalDate.of(2026, 1, 2)).build())
            .getMessage());
    assertEquals(
        LocalDate.of(2026, 1, 1), b.setEndDate(LocalDate.of(2026, 1, 1)).build().endDate());
    assertEquals(
        "campaignIds: got 51 ids; allowed at most 50 per request",
        assertThrows(
                IllegalArgumentException.class,
                () -> b.setCampaignIds(Collections.nCopies(51, 1L)).build())
            .getMessage());
    b.setCampaignIds(List.of());
    assertThat(
        assertThrows(
                IllegalArgumentException.class,
                () -> b.setPlatforms(List.of("tiktok")).setContentTypes(List.of("tiktok")).build())
            .getMessage(),
        containsString(
            "platforms [tiktok] and contentTypes [tiktok] cannot be combined: the API takes one or the other, not both"));
    b.setContentTypes(List.of());
    assertEquals("post_date", b.setDateBasis("postDate").build().dateBasis());
    assertEquals(
        "dateBasis: got 'daily'; allowed performance_date or post_date",
        assertThrows(IllegalArgumentException.class, () -> b.setDateBasis("daily").build())
            .getMessage());
    b.setDateBasis("performance_date");
    assertEquals("DESC", b.setSortDirection("desc").build().sortDirection());
    assertTrue(
        b.build()
            .describe()
            .startsWith("instanceIds=(all bound), startDate=2024-01-01, endDate=2026-01-01"));
  }
}
