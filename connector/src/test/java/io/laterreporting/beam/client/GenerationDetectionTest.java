package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.laterreporting.emulator.PageNumberQuirk;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.After;
import org.junit.Test;

/**
 * The generation is detected once per base URL and client id, from an envelope or a 400 naming a
 * page-number parameter, and every walk over pages is guarded.
 */
public class GenerationDetectionTest {
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final ClientRuntime runtime =
      ClientRuntime.isolated(System::currentTimeMillis, ms -> {}, () -> 1.0);

  @After
  public void closeAll() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private ReportingApiEmulator start(UnaryOperator<ReportingApiEmulator.Builder> options) {
    ReportingApiEmulator emu =
        options
            .apply(ReportingApiEmulator.builder().seed(3).instances(250).campaignsPerInstance(1))
            .start();
    closeables.add(emu);
    return emu;
  }

  private LaterApiClient client(String baseUrl, String clientId, String secret) {
    LaterApiClient c =
        LaterApiClient.create(
            ApiClientConfig.of(baseUrl, clientId, SecretSources.ofValue(secret)),
            ClientObserver.NONE,
            runtime);
    closeables.add(c);
    return c;
  }

  private LaterApiClient client(ReportingApiEmulator emu) {
    return client(emu.baseUrl(), emu.clientId(), emu.clientSecret());
  }

  @Test
  public void givenAStrictPageNumberGateway_thenOneRequestDetectsItAndTheListingContinuesFromIt() {
    ReportingApiEmulator emu = start(b -> b.strictParameters(true));
    assertEquals(emu.dataset().boundInstanceIds(), client(emu).allInstanceIds());
    assertEquals(3, emu.stats().requests(Route.INSTANCES, 200));
    assertEquals(0, emu.stats().requests(Route.INSTANCES, 400));
    assertEquals(PaginationGeneration.PAGE_NUMBER, client(emu).generation());
    assertEquals(
        "remembered for the base URL and client", 3, emu.stats().requests(Route.INSTANCES));
  }

  @Test
  public void givenAStrictCursorGateway_thenA400NamingPageSizeMeansCursors() {
    ReportingApiEmulator emu = start(b -> b.pagination(Pagination.CURSOR).strictParameters(true));
    assertEquals(emu.dataset().boundInstanceIds(), client(emu).allInstanceIds());
    assertEquals(1, emu.stats().requests(Route.INSTANCES, 400));
    assertEquals(3, emu.stats().requests(Route.INSTANCES, 200));
    assertEquals(PaginationGeneration.CURSOR, client(emu).generation());
    assertEquals(4, emu.stats().requests(Route.INSTANCES));
  }

  @Test
  public void givenALenientCursorGateway_thenItsEnvelopeMeansCursorsAndThePageIsAskedAgain() {
    ReportingApiEmulator emu =
        start(b -> b.pagination(Pagination.CURSOR).cursorBoundToAllParameters(true));
    assertEquals(emu.dataset().boundInstanceIds(), client(emu).allInstanceIds());
    // The probe's page was asked with page numbers; the chain restarts with limit alone.
    assertEquals(4, emu.stats().requests(Route.INSTANCES, 200));
  }

  @Test
  public void givenAForcedGeneration_thenNoDetection() {
    ReportingApiEmulator emu = start(b -> b.pagination(Pagination.CURSOR).strictParameters(true));
    LaterApiClient forced =
        LaterApiClient.create(
            ApiClientConfig.of(
                    emu.baseUrl(), emu.clientId(), SecretSources.ofValue(emu.clientSecret()))
                .withPagination(PaginationMode.CURSORS),
            ClientObserver.NONE,
            runtime);
    closeables.add(forced);
    assertEquals(250, forced.allInstanceIds().size());
    assertEquals(0, emu.stats().requests(Route.INSTANCES, 400));
  }

  @Test
  public void givenARepeatingCursor_thenTheInstanceWalkFailsNamingItInThreeRequests() {
    ReportingApiEmulator emu = start(b -> b.pagination(Pagination.CURSOR).repeatingCursor(true));
    LaterApiClient client = client(emu);
    client.generation();
    emu.stats().reset();
    UnexpectedPaginationException e =
        assertThrows(UnexpectedPaginationException.class, client::allInstanceIds);
    assertThat(e.getMessage(), containsString("GET /v2/instances"));
    assertThat(e.getMessage(), containsString("was already followed"));
    assertEquals(2, emu.stats().requests(Route.INSTANCES));
  }

  @Test
  public void givenAStuckPageNumber_thenTheRosterWalkFailsAtItsSecondPage() {
    ReportingApiEmulator emu = start(b -> b.pageNumberQuirk(PageNumberQuirk.STUCK_ON_FIRST_PAGE));
    LaterApiClient client = client(emu);
    client.generation();
    UnexpectedPaginationException e =
        assertThrows(UnexpectedPaginationException.class, () -> client.allCampaignPages(List.of()));
    assertThat(e.getMessage(), containsString("GET /v2/campaigns"));
    assertThat(e.getMessage(), containsString("page 2 was asked for and the answer says page 1"));
    assertEquals(2, emu.stats().requests(Route.CAMPAIGNS));
  }

  @Test
  public void givenARosterWithoutTotals_thenWalkedToItsShortPage() {
    ReportingApiEmulator emu = start(b -> b.pageTotals(false).strictParameters(true));
    List<RosterPage> pages = client(emu).allCampaignPages(List.of());
    int campaigns = pages.stream().mapToInt(p -> p.rows().size()).sum();
    assertEquals(emu.dataset().roster(List.of()).size(), campaigns);
    assertEquals(campaigns / 100 + 1, emu.stats().requests(Route.CAMPAIGNS));
  }

  @Test
  public void givenAnEnvelopeWithoutPaginationOrCursor_thenRefusedNotTakenAsTheLastPage()
      throws Exception {
    try (StubServer stub = new StubServer()) {
      stub.script(
          "/v2/instances", new StubServer.Reply(200, "{\"data\":{\"instanceIds\":[\"a\"]}}"));
      UnexpectedPaginationException e =
          assertThrows(
              UnexpectedPaginationException.class,
              () -> client(stub.baseUrl(), "c", "s").allInstanceIds());
      assertThat(
          e.getMessage(), containsString("neither a 'pagination' object nor a 'nextCursor'"));
      assertThat(e.getMessage(), containsString("GET /v2/instances"));
      assertEquals(1, stub.requests("/v2/instances").size());
    }
  }

  @Test
  public void givenA400AboutSomethingElse_thenItFailsAndNothingIsRemembered() throws Exception {
    try (StubServer stub = new StubServer()) {
      stub.script(
          "/v2/instances",
          StubServer.problem(400, "ANL_00400", "Bad Request", "instanceIds is malformed."));
      LaterApiException e =
          assertThrows(
              LaterApiException.class, () -> client(stub.baseUrl(), "c", "s").generation());
      assertEquals(400, e.status());
      assertEquals(1, stub.requests("/v2/instances").size());
    }
  }
}
