package io.laterreporting.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

public class StatsAndCommandLineTest {
  @Test
  public void givenTraffic_thenStatsCountByRouteAndStatusAndReset() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      client.get("/v2/campaigns/performance?startDate=2024-01-01&endDate=2024-01-31");
      client.get("/v2/campaigns/performance?startDate=2024-01-01");
      client.get("/v2/instances");
      client.get("/nowhere");
      EmulatorStats stats = emu.stats();
      assertEquals(2, stats.requests(Route.CAMPAIGN_PERFORMANCE));
      assertEquals(1, stats.requests(Route.CAMPAIGN_PERFORMANCE, 200));
      assertEquals(1, stats.requests(Route.CAMPAIGN_PERFORMANCE, 400));
      assertEquals(1, stats.requests(Route.TOKEN, 200));
      assertEquals(1, stats.requests(Route.OTHER, 404));
      assertEquals(1, stats.tokensMinted());
      assertEquals(5, stats.total());
      stats.reset();
      assertEquals(0, stats.total());
      assertEquals(0, stats.tokensMinted());
    }
  }

  @Test
  public void givenBadOptions_thenOneLineNamingOptionValueAndWhatIsAllowed() {
    assertThat(
        badOption("--pagination", "pages"),
        containsString("option --pagination: 'pages' is not one of page, cursor"));
    assertThat(badOption("--layout", "wide"), containsString("nested, flat, flat-legacy"));
    assertThat(
        badOption("--port", "99999"), containsString("'99999' is not an integer from 0 to 65535"));
    assertThat(badOption("--fault-rate", "2"), containsString("'2' is not a number from 0 to 1"));
    assertThat(badOption("--frobnicate", "1"), containsString("unknown option --frobnicate"));
    assertThat(badOption("--seed"), containsString("--seed needs a value"));
  }

  @Test
  public void givenHelpOrValidOptions_thenParsed() throws Exception {
    assertNull(CommandLineOptions.parse(List.of("--help")));
    try (ReportingApiEmulator emu =
        CommandLineOptions.parse(
                List.of(
                    "--port",
                    "0",
                    "--pagination",
                    "cursor",
                    "--layout",
                    "flat-legacy",
                    "--seed",
                    "4",
                    "--instances",
                    "2",
                    "--campaigns",
                    "3",
                    "--client-id",
                    "me",
                    "--client-secret",
                    "pw",
                    "--fault-rate",
                    "0.1",
                    "--rate-limit",
                    "100",
                    "--unstable-order",
                    "--legacy-errors"))
            .start()) {
      assertEquals(Pagination.CURSOR, emu.pagination());
      assertEquals(RowLayout.FLAT_LEGACY, emu.layout());
      assertEquals("me", emu.clientId());
      assertEquals(2, emu.dataset().instanceIds().size());
      assertEquals(200, new ApiClient(emu).requestToken("me", "pw").statusCode());
    }
  }

  private static String badOption(String... args) {
    return assertThrows(
            CommandLineOptions.BadOption.class, () -> CommandLineOptions.parse(List.of(args)))
        .getMessage();
  }
}
