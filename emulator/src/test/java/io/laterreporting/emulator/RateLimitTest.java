package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

public class RateLimitTest {
  private static final String INSTANCES = "/v2/instances";

  @Test
  public void givenBudgetExhausted_then429WithRetryAfterUntilTheNextWindow() {
    TokenRouteTest.MutableClock clock =
        new TokenRouteTest.MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().clock(clock).rateLimit(3, Duration.ofMinutes(1)).start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> ok = client.get(INSTANCES);
        assertEquals(200, ok.statusCode());
        assertEquals("3", ok.headers().firstValue("X-Ratelimit-Limit").orElse(""));
        assertEquals("60", ok.headers().firstValue("X-Ratelimit-Window").orElse(""));
      }
      clock.advance(Duration.ofSeconds(15));
      HttpResponse<String> limited = client.get(INSTANCES);
      assertEquals(429, limited.statusCode());
      assertEquals("ANL_00429", ApiClient.json(limited).get("type").asText());
      assertEquals(
          "application/problem+json", limited.headers().firstValue("Content-Type").orElse(""));
      assertEquals("45", limited.headers().firstValue("Retry-After").orElse(""));
      assertEquals("3", limited.headers().firstValue("X-Ratelimit-Limit").orElse(""));
      clock.advance(Duration.ofSeconds(45));
      assertEquals(200, client.get(INSTANCES).statusCode());
      assertEquals(1, emu.stats().requests(Route.INSTANCES, 429));
    }
  }

  @Test
  public void givenRetryAfterDisabled_then429WithoutRetryAfter() {
    TokenRouteTest.MutableClock clock =
        new TokenRouteTest.MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .clock(clock)
            .rateLimit(1, Duration.ofSeconds(10))
            .retryAfterHeader(false)
            .start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      HttpResponse<String> limited = client.get(INSTANCES);
      assertEquals(429, limited.statusCode());
      assertFalse(limited.headers().firstValue("Retry-After").isPresent());
      assertEquals("10", limited.headers().firstValue("X-Ratelimit-Window").orElse(""));
    }
  }
}
