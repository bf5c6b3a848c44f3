package io.laterreporting.beam.reading;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.ClientObserver;
import io.laterreporting.beam.client.LaterApiClient;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.client.SecretSources;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.beam.testing.TwoClientGateway;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Two clients of one gateway (one base URL), each bound to its own data, asking the same question
 * (all their instances, the same window): each read emits exactly its own client's rows, also when
 * a read is checkpointed after fetching ahead and the pages it parked would answer the other
 * client's residual request to the letter.
 */
@RunWith(JUnit4.class)
public class TenantIsolationTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 3, 31);
  private static final int PAGE_SIZE = 3;

  private static ReportingApiEmulator brand(String name, long seed, Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(seed)
        .instances(2)
        .campaignsPerInstance(30)
        .pagination(pagination)
        .credentials(name, name + "-secret")
        .start();
  }

  private static List<CampaignPerformance> oracle(ReportingApiEmulator emulator) {
    return EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(START, END)));
  }

  private static ApiClientConfig config(TwoClientGateway gateway, ReportingApiEmulator brand) {
    return ApiClientConfig.of(
        gateway.baseUrl(), brand.clientId(), SecretSources.ofValue(brand.clientSecret()));
  }

  @Test
  public void givenTwoClientsOfOneGatewayInOnePipeline_thenEachReadEmitsExactlyItsOwnRows() {
    for (Pagination pagination : Pagination.values()) {
      try (ReportingApiEmulator a = brand("brand-a", 1, pagination);
          ReportingApiEmulator b = brand("brand-b", 2, pagination);
          TwoClientGateway gateway = new TwoClientGateway(List.of(a, b))) {
        assertNotEquals(
            "the brands must differ for the test to mean anything", oracle(a), oracle(b));
        Pipeline pipeline =
            Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        for (ReportingApiEmulator brand : List.of(a, b)) {
          PCollection<CampaignPerformance> rows =
              pipeline.apply(
                  "Read " + brand.clientId(),
                  LaterReportingIO.read()
                      .withBaseUrl(gateway.baseUrl())
                      .withClientId(brand.clientId())
                      .withClientSecret(SecretSources.ofValue(brand.clientSecret()))
                      .withDateRange(START, END)
                      .withPageSize(PAGE_SIZE));
          PAssert.that(rows).containsInAnyOrder(oracle(brand));
        }
        pipeline.run().waitUntilFinish();
      }
    }
  }

  /**
   * The cursor chain of one client is checkpointed after {@code k} pages (so the page it had just
   * fetched is parked); the other client's residual at the same position must fetch its own page.
   */
  @Test
  public void
      givenACursorChainCheckpointedAfterAnyPage_thenTheOtherClientsResidualReadsItsOwnPages() {
    try (ReportingApiEmulator a = brand("brand-a", 1, Pagination.CURSOR);
        ReportingApiEmulator b = brand("brand-b", 2, Pagination.CURSOR);
        TwoClientGateway gateway = new TwoClientGateway(List.of(a, b))) {
      ReadUnit unit = allInstances();
      for (int k = 0; k < 3; k++) {
        String cursorA = firstPageCursor(config(gateway, a), unit);
        String cursorB = firstPageCursor(config(gateway, b), unit);
        assertEquals(
            "both chains continue at the same cursor, so parked pages could cross",
            cursorA,
            cursorB);

        // Client a reads k pages, then the runner checkpoints: the page fetched for the refused
        // claim is parked under that cursor.
        List<FetchedPage> aFirst = new ArrayList<>();
        CursorChain aResidual =
            readChain(
                spec(gateway, a),
                PendingCursor.after(unit, PageRequest.cursor(cursorA, PAGE_SIZE)),
                k,
                aFirst);
        assertNotNull("a checkpoint after " + k + " pages", aResidual);

        // Client b reads its whole chain from the same cursor: its own rows only.
        List<FetchedPage> bPages = new ArrayList<>();
        readChain(
            spec(gateway, b),
            PendingCursor.after(unit, PageRequest.cursor(cursorB, PAGE_SIZE)),
            Integer.MAX_VALUE,
            bPages);
        Set<CampaignPerformance> bRows = rows(bPages);
        Set<CampaignPerformance> bExpected = new HashSet<>(oracle(b));
        assertThat(bRows.size(), greaterThan(0));
        assertTrue(
            "client b's pages after its first (checkpoint after " + k + ")",
            bExpected.containsAll(bRows));

        // Client a's residual resumes and takes its parked page: a's rows, no extra request.
        long before = a.stats().total();
        List<FetchedPage> aRest = new ArrayList<>();
        readChain(
            spec(gateway, a),
            new AutoValue_PendingCursor(unit, aResidual),
            Integer.MAX_VALUE,
            aRest);
        assertEquals(
            "the parked page was taken instead of fetched again: requests by a's residual",
            aRest.size() - 1,
            a.stats().total() - before);
        Set<CampaignPerformance> aExpected = new HashSet<>(oracle(a));
        aFirst.addAll(aRest);
        assertTrue("client a's pages after its first", aExpected.containsAll(rows(aFirst)));
        assertEquals(
            "a's pages after page 1, each once",
            aExpected.size() - firstPageRows(config(gateway, a), unit),
            rowCount(aFirst));
      }
    }
  }

  @Test
  public void givenAPageParkedForOneClient_thenOnlyThatClientTakesIt() {
    try (ReportingApiEmulator a = brand("brand-a", 1, Pagination.PAGE_NUMBER);
        ReportingApiEmulator b = brand("brand-b", 2, Pagination.PAGE_NUMBER);
        TwoClientGateway gateway = new TwoClientGateway(List.of(a, b));
        LaterApiClient clientA = LaterApiClient.create(config(gateway, a), ClientObserver.NONE);
        LaterApiClient clientB = LaterApiClient.create(config(gateway, b), ClientObserver.NONE);
        LaterApiClient clientA2 = LaterApiClient.create(config(gateway, a), ClientObserver.NONE)) {
      ReadUnit unit = allInstances();
      PerformancePage<CampaignPerformance> page =
          clientA.campaignPerformance(unit.query(), PageRequest.number(2, PAGE_SIZE));
      ParkedPages.park(clientA.identity(), "campaigns", unit, "2", page);

      assertNull(
          "another client of the same gateway",
          ParkedPages.take(clientB.identity(), "campaigns", unit, "2"));
      assertSame(
          "a client with a's credentials",
          page,
          ParkedPages.takeAnswered(clientA2.identity(), "campaigns", unit, "2"));
      assertNull("taken once", ParkedPages.take(clientA.identity(), "campaigns", unit, "2"));
    }
  }

  private static ReadUnit allInstances() {
    PerformanceQuery query = PerformanceQuery.builder().setStartDate(START).setEndDate(END).build();
    return ReadUnit.of(
        query, List.of(), PAGE_SIZE, "window=" + START + ".." + END + " instances=all");
  }

  private static ReadSpec spec(TwoClientGateway gateway, ReportingApiEmulator brand) {
    return ReadSpec.builder()
        .setClientConfig(config(gateway, brand))
        .setFilters(allInstances().query())
        .setWindows(List.of(DateWindow.of(START, END)))
        .setInstanceIds(List.of())
        .setCampaignIds(List.of())
        .setPageSize(PAGE_SIZE)
        .setMaxConcurrentRequests(2)
        .build();
  }

  private static String firstPageCursor(ApiClientConfig config, ReadUnit unit) {
    try (LaterApiClient client = LaterApiClient.create(config, ClientObserver.NONE)) {
      return client
          .campaignPerformance(unit.query(), PageRequest.first(PAGE_SIZE))
          .pageInfo()
          .nextCursor();
    }
  }

  private static int firstPageRows(ApiClientConfig config, ReadUnit unit) {
    try (LaterApiClient client = LaterApiClient.create(config, ClientObserver.NONE)) {
      return client.campaignPerformance(unit.query(), PageRequest.first(PAGE_SIZE)).rows().size();
    }
  }

  /**
   * Runs the chain, refusing the claim after {@code claims} pages; the residual, or null if done.
   */
  private static CursorChain readChain(
      ReadSpec spec, PendingCursor pending, int claims, List<FetchedPage> out) {
    ReadCursorChainFn fn = new ReadCursorChainFn(spec);
    fn.setup();
    try {
      CheckpointAfter<CursorChain, CursorStep> tracker =
          new CheckpointAfter<>(new CursorChainTracker(pending.chain()), claims);
      fn.processElement(pending, tracker, new CollectPages(out));
      return tracker.residual;
    } finally {
      fn.teardown();
    }
  }

  private static Set<CampaignPerformance> rows(List<FetchedPage> pages) {
    Set<CampaignPerformance> rows = new HashSet<>();
    pages.forEach(page -> rows.addAll(page.rows()));
    return rows;
  }

  private static int rowCount(List<FetchedPage> pages) {
    return pages.stream().mapToInt(page -> page.rows().size()).sum();
  }
}
