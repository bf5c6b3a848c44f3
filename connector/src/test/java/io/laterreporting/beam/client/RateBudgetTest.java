package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.emulator.BudgetHeaders;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.Test;

/**
 * The client's rate limiter against the emulator's fixed-window budget, in virtual time ({@link
 * BudgetSimulation}): exact and repeatable, no real waiting. Requests take 200 ms, so refusals come
 * back while later requests are on their way, and a read starts anywhere in the gateway's window:
 * each case runs from several points of the window.
 */
public class RateBudgetTest {
  private static final UnaryOperator<ReportingApiEmulator.Builder> HEADERLESS =
      b -> b.budgetHeaders(BudgetHeaders.NONE).retryAfterHeader(false);

  /** A read's phases: discovery, first pages, a barrier, the rest, a sequential walk. */
  private static BudgetSimulation.Demand read(int first, int rest, long barrierMillis) {
    return new BudgetSimulation.Demand()
        .then(1, 2)
        .then(8, first)
        .pauseThen(barrierMillis, 8, rest)
        .then(1, 6);
  }

  @Test
  public void givenGatewayWithoutHeadersOrRetryAfter_thenTheBudgetIsLearnedFrom429sAlone() {
    // Window lengths from 1 s to 60 s, the same client: nothing assumes how long a window is.
    // budget, window (s), windows run; how far into a window the read starts (s): the first
    // window is partial
    int[][] cases = {
      {20, 1, 16}, {20, 1, 16}, {20, 1, 16}, {40, 7, 12}, {60, 60, 10}, {60, 60, 10}
    };
    double[] into = {0, 0.3, 0.7, 5, 0, 50};
    for (int i = 0; i < cases.length; i++) {
      int budget = cases[i][0];
      Duration window = Duration.ofSeconds(cases[i][1]);
      int windows = cases[i][2];
      BudgetSimulation.Run run =
          BudgetSimulation.budget(budget, window)
              .startingInto((long) (into[i] * 1000))
              .forWindows(windows)
              .gateway(HEADERLESS)
              .run();
      RateLimiter limiter = run.limiters.get(0);
      String what = budget + " per " + window + " from " + into[i] + " s into it: " + run + ": ";
      assertEquals(what + "no header taught a budget", 0, limiter.limit());
      assertTrue(what + "429s taught it", limiter.signals() >= 1);
      double perMinute = budget * 60_000.0 / window.toMillis();
      assertThat(
          what + "learned pace",
          limiter.requestsPerMinute(),
          greaterThanOrEqualTo(0.75 * perMinute));
      assertThat(
          what + "learned pace", limiter.requestsPerMinute(), lessThanOrEqualTo(1.1 * perMinute));
      assertThat(
          what + "budget used after 3 windows",
          run.meanPerWindow(3, windows),
          greaterThanOrEqualTo(0.75 * budget));
      assertThat(what + "429 share", run.refusedShare(), lessThanOrEqualTo(0.05));
    }
  }

  @Test
  public void givenAJvmAloneWhoseDemandPauses_thenItsLearnedPaceDoesNotFall() {
    // Barriers and a sequential walk ask for less than the budget: not a sign of a smaller one.
    for (long into : new long[] {0, 300, 700}) {
      BudgetSimulation.Run run =
          BudgetSimulation.budget(20, Duration.ofSeconds(1))
              .startingInto(into)
              .demand(
                  new BudgetSimulation.Demand()
                      .then(1, 2)
                      .then(8, 100)
                      .pauseThen(3_000, 1, 10)
                      .pauseThen(3_000, 8, 150)
                      .pauseThen(3_000, 8, 100))
              .gateway(HEADERLESS)
              .run();
      String what = "from " + into + " ms into the window: " + run;
      assertThat(what, run.limiters.get(0).requestsPerMinute(), greaterThanOrEqualTo(0.75 * 1200));
      assertThat(what, run.refusedShare(), lessThanOrEqualTo(0.05));
    }
  }

  @Test
  public void givenOneJvmAndStatedBudget_thenNo429AndEveryBusyWindowAtTheGuardsShare() {
    for (long into : new long[] {0, 300, 700}) {
      BudgetSimulation.Run run =
          BudgetSimulation.budget(10, Duration.ofSeconds(1))
              .startingInto(into)
              .demand(read(30, 60, 1_000))
              .run();
      String what = "from " + into + " ms into the window: " + run;
      assertEquals(what, 0, run.refused);
      assertEquals(what, 0, run.limiters.get(0).signals());
      // 95% of 10 is 9.5 a second; no trailing second may hold more than 9 starts
      assertEquals(what, 9, run.windows.stream().mapToInt(w -> w.admitted()).max().getAsInt());
    }
  }

  @Test
  public void givenTwoJvmsBehindOneBudget_thenEachPacesAtAboutItsShareAndTogetherTheyUseIt() {
    BudgetSimulation.Run run =
        BudgetSimulation.budget(10, Duration.ofSeconds(1))
            .startingInto(500)
            .jvms(2)
            .forWindows(20)
            .run();
    for (RateLimiter limiter : run.limiters) {
      assertEquals(10, limiter.limit());
      assertThat(
          "each JVM's pace: " + run, limiter.requestsPerMinute(), lessThan(0.7 * 0.95 * 600));
    }
    assertThat(
        "together, after 5 windows: " + run,
        run.meanPerWindow(5, 20),
        greaterThanOrEqualTo(0.85 * 10));
    assertThat("429 share: " + run, run.refusedShare(), lessThanOrEqualTo(0.05));
  }

  @Test
  public void givenFourJvmsBehindOneBudget_thenEachDropsWellBelowHalf() {
    BudgetSimulation.Run run =
        BudgetSimulation.budget(20, Duration.ofSeconds(1)).jvms(4).forWindows(20).run();
    for (RateLimiter limiter : run.limiters) {
      assertThat(
          "each JVM's pace: " + run, limiter.requestsPerMinute(), lessThan(0.4 * 0.95 * 1200));
    }
    assertThat(
        "together, after 5 windows: " + run,
        run.meanPerWindow(5, 20),
        greaterThanOrEqualTo(0.8 * 20));
    assertThat("429 share: " + run, run.refusedShare(), lessThanOrEqualTo(0.06));
  }

  @Test
  public void givenFourJvmsWithAnExplicitShare_thenTogetherTheyUseTheBudgetWithout429() {
    BudgetSimulation.Run run =
        BudgetSimulation.budget(20, Duration.ofSeconds(1))
            .jvms(4)
            .forWindows(12)
            .config(cfg -> cfg.withMaxRequestsPerMinute(300))
            .run();
    for (RateLimiter limiter : run.limiters) {
      assertThat(limiter.requestsPerMinute(), lessThanOrEqualTo(300.0));
    }
    // 300 a minute is 5 a second each: 20 in every window, and never more
    assertThat(
        "together, after 1 window: " + run,
        run.meanPerWindow(1, 12),
        greaterThanOrEqualTo(0.9 * 20));
    assertEquals("429s: " + run, 0, run.refused);
  }
}
