package io.laterreporting.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.Test;

public class TokenRouteTest {
  private static final String INSTANCES = "/v2/instances";

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertEquals(response.body(), status, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = ApiClient.json(response);
    assertEquals(type, body.get("type").asText());
    assertTrue(body.get("title").isTextual());
    assertTrue(body.get("detail").isTextual());
    assertFalse("problem bodies carry no status member", body.has("status"));
  }

  @Test
  public void givenValidCredentials_thenJwtWithSubIatExpAndNothingElse() throws Exception {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .credentials("id", "secret")
            .tokenTtl(Duration.ofHours(12))
            .start()) {
      HttpResponse<String> response = new ApiClient(emu).requestToken("id", "secret");
      assertEquals(200, response.statusCode());
      JsonNode body = ApiClient.json(response);
      assertEquals(List.of("jwt"), ExpectedRows.fieldNames(body));
      String[] parts = body.get("jwt").asText().split("\\.");
      assertEquals(3, parts.length);
      JsonNode payload =
          ApiClient.MAPPER.readTree(
              new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      assertEquals("id", payload.get("sub").asText());
      assertEquals(12 * 3600, payload.get("exp").asLong() - payload.get("iat").asLong());
      assertEquals(1, emu.stats().tokensMinted());
    }
  }

  @Test
  public void givenWrongSecret_then401() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      assertProblem(new ApiClient(emu).requestToken("demo-client", "nope"), 401, "ANL_00401");
      assertEquals(0, emu.stats().tokensMinted());
    }
  }

  @Test
  public void givenMalformedBodies_then400() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      ApiClient client = new ApiClient(emu);
      assertProblem(client.requestTokenRaw("application/json", "{not json"), 400, "ANL_00400");
      assertProblem(
          client.requestTokenRaw("application/json", "{\"clientId\":\"demo-client\"}"),
          400,
          "ANL_00400");
      assertProblem(
          client.requestTokenRaw(
              "application/x-www-form-urlencoded", "clientId=demo-client&clientSecret=demo-secret"),
          400,
          "ANL_00400");
    }
  }

  @Test
  public void givenDisabledClientOrNoBoundInstance_then403() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().clientDisabled(true).start()) {
      assertProblem(
          new ApiClient(emu).requestToken("demo-client", "demo-secret"), 403, "ANL_00403");
      emu.clientDisabled(false);
      assertEquals(200, new ApiClient(emu).requestToken("demo-client", "demo-secret").statusCode());
    }
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().boundInstances(List.of()).start()) {
      assertProblem(
          new ApiClient(emu).requestToken("demo-client", "demo-secret"), 403, "ANL_00403");
    }
  }

  @Test
  public void givenLegacyGateway_thenEveryTokenErrorIs401WithItsOwnType() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().legacyErrors(true).start()) {
      ApiClient client = new ApiClient(emu);
      assertProblem(client.requestToken("demo-client", "nope"), 401, "INVALID_CLIENT_CREDENTIALS");
      emu.clientDisabled(true);
      assertProblem(client.requestToken("demo-client", "demo-secret"), 401, "CLIENT_DISABLED");
      assertProblem(client.requestTokenRaw("application/json", "[]"), 400, "VALIDATION_ERROR");
    }
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().legacyErrors(true).boundInstances(List.of()).start()) {
      assertProblem(
          new ApiClient(emu).requestToken("demo-client", "demo-secret"),
          401,
          "NO_ACCESSIBLE_INSTANCES");
    }
  }

  @Test
  public void givenMissingMalformedOrForgedBearer_then401() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      ApiClient client = new ApiClient(emu);
      String token = client.token();
      assertProblem(client.getWithAuthorization(INSTANCES, null), 401, "ANL_00401");
      assertProblem(client.getWithAuthorization(INSTANCES, "Bearer not-a-jwt"), 401, "ANL_00401");
      assertProblem(client.getWithAuthorization(INSTANCES, "Basic " + token), 401, "ANL_00401");
      String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
      assertProblem(client.getWithAuthorization(INSTANCES, "Bearer " + forged), 401, "ANL_00401");
      try (ReportingApiEmulator other = ReportingApiEmulator.builder().start()) {
        String foreign = new ApiClient(other).token();
        assertProblem(
            client.getWithAuthorization(INSTANCES, "Bearer " + foreign), 401, "ANL_00401");
      }
      assertEquals(200, client.get(INSTANCES).statusCode());
    }
  }

  @Test
  public void givenTokenPastItsExp_then401AndAFreshTokenWorks() {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().clock(clock).tokenTtl(Duration.ofSeconds(60)).start()) {
      ApiClient client = new ApiClient(emu);
      String token = client.token();
      clock.advance(Duration.ofSeconds(59));
      assertEquals(200, client.get(INSTANCES).statusCode());
      clock.advance(Duration.ofSeconds(1));
      HttpResponse<String> expired = client.get(INSTANCES);
      assertProblem(expired, 401, "ANL_00401");
      assertThat(ApiClient.json(expired).get("detail").asText(), containsString("expired"));
      String fresh = client.newToken();
      assertFalse(fresh.equals(token));
      assertEquals(200, client.getWithAuthorization(INSTANCES, "Bearer " + fresh).statusCode());
    }
  }

  @Test
  public void givenExpireAllTokens_thenOldTokensFailAndNewOnesWork() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      ApiClient client = new ApiClient(emu);
      String old = client.token();
      assertEquals(200, client.get(INSTANCES).statusCode());
      emu.expireAllTokens();
      assertProblem(client.getWithAuthorization(INSTANCES, "Bearer " + old), 401, "ANL_00401");
      assertEquals(
          200, client.getWithAuthorization(INSTANCES, "Bearer " + client.newToken()).statusCode());
    }
  }

  /** A clock tests move by hand, so token expiry needs no sleeping. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
