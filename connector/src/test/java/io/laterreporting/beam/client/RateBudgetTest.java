package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.emulator.BudgetHeaders;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.Test;

/**
 * The client's rate limiter against the emulator's fixed-window budget, in virtual time (see {@link
 * VirtualTime}): exact and repeatable, no real waiting. Each "JVM" is a client runtime of its own
 * (own limiter), as workers behind one address are.
 */
public class RateBudgetTest {
  private static final long T0 = 1_800_000_000_000L;

  /** What a run did: successful calls by the budget window they started in, and the limiters. */
  private static final class Run {
    final long windowMillis;
    final List<Long> successStarts = new ArrayList<>();
    final List<RateLimiter> limiters = new ArrayList<>();
    long total;
    long refused;

    Run(long windowMillis) {
      this.windowMillis = windowMillis;
    }

    /** Successful requests per window, for windows [from, to) counted from the start. */
    double meanPerWindow(int from, int to) {
      long first = Math.floorDiv(T0, windowMillis);
      long n =
          successStarts.stream()
              .map(t -> Math.floorDiv(t, windowMillis) - first)
              .filter(w -> w >= from && w < to)
              .count();
      return (double) n / (to - from);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("total " + total + ", 429 " + refused + ", per window:");
      for (int w = 0; w < 30; w++) {
        b.append(' ').append((int) meanPerWindow(w, w + 1));
      }
      limiters.forEach(
          l ->
              b.append(", pace/min ")
                  .append((int) l.requestsPerMinute())
                  .append(" signals ")
                  .append(l.signals()));
      return b.toString();
    }

    double refusedShare() {
      return (double) refused / total;
    }
  }

  /**
   * {@code jvms} runtimes, each with {@code threads} callers asking page after page ({@code
   * latencyMillis} of virtual time each), for {@code windows} budget windows.
   */
  private static Run run(
      int budget,
      Duration window,
      int windows,
      int jvms,
      int threads,
      long latencyMillis,
      UnaryOperator<ReportingApiEmulator.Builder> gateway,
      UnaryOperator<ApiClientConfig> config) {
    VirtualTime time = new VirtualTime(T0);
    Run run = new Run(window.toMillis());
    long end = T0 + windows * window.toMillis();
    try (ReportingApiEmulator emu =
        gateway
            .apply(
                ReportingApiEmulator.builder()
                    .seed(3)
                    .instances(2)
                    .campaignsPerInstance(3)
                    .clock(time.clock())
                    .rateLimit(budget, window))
            .start()) {
      List<Runnable> tasks = new ArrayList<>();
      List<LaterApiClient> clients = new ArrayList<>();
      for (int j = 0; j < jvms; j++) {
        ClientRuntime runtime = time.runtime();
        ApiClientConfig c =
            config.apply(
                ApiClientConfig.of(
                        emu.baseUrl(), emu.clientId(), SecretSources.ofValue(emu.clientSecret()))
                    .withRetryPolicy(
                        RetryPolicy.defaults()
                            .withMaxAttempts(30)
                            .withRetryBudget(Duration.ofHours(1))));
        LaterApiClient client = LaterApiClient.create(c, ClientObserver.NONE, runtime);
        clients.add(client);
        run.limiters.add(runtime.limiters.forBaseUrl(emu.baseUrl()));
        for (int t = 0; t < threads; t++) {
          tasks.add(
              () -> {
                while (time.millis() < end) {
                  client.instances(PageRequest.first(5));
                  synchronized (run) {
                    run.successStarts.add(time.millis());
                  }
                  time.sleep(latencyMillis);
                }
              });
        }
      }
      time.run(tasks);
      clients.forEach(LaterApiClient::close);
      run.total = emu.stats().total();
      run.refused =
          emu.stats().requests(Route.INSTANCES, 429) + emu.stats().requests(Route.TOKEN, 429);
    }
    return run;
  }

  @Test
  public void givenGatewayWithoutHeadersOrRetryAfter_thenTheBudgetIsLearnedFrom429sAlone() {
    // Window lengths from 1 s to 60 s, the same client: nothing assumes how long a window is.
    // budget, window (s), callers, latency (ms)
    int[][] cases = {
      {20, 1, 4, 20}, {20, 1, 8, 150}, {40, 7, 1, 20}, {60, 60, 4, 20}, {60, 60, 8, 150}
    };
    for (int[] c : cases) {
      int budget = c[0];
      Duration window = Duration.ofSeconds(c[1]);
      Run run =
          run(
              budget,
              window,
              8,
              1,
              c[2],
              c[3],
              b -> b.budgetHeaders(BudgetHeaders.NONE).retryAfterHeader(false),
              cfg -> cfg);
      RateLimiter limiter = run.limiters.get(0);
      String what =
          budget + " per " + window + ", " + c[2] + " callers at " + c[3] + " ms: " + run + ": ";
      assertEquals(what + "no header taught a budget", 0, limiter.limit());
      assertTrue(what + "429s taught it", limiter.signals() >= 1);
      double perMinute = budget * 60_000.0 / window.toMillis();
      assertThat(
          what + "learned pace",
          limiter.requestsPerMinute(),
          greaterThanOrEqualTo(0.7 * perMinute));
      assertThat(
          what + "learned pace", limiter.requestsPerMinute(), lessThanOrEqualTo(1.1 * perMinute));
      assertThat(
          what + "budget used after 3 windows",
          run.meanPerWindow(3, 8),
          greaterThanOrEqualTo(0.75 * budget));
      assertThat(what + "429 share", run.refusedShare(), lessThanOrEqualTo(0.05));
    }
  }

  @Test
  public void givenTwoJvmsBehindOneBudget_thenEachPacesAtAboutItsShareAndTogetherTheyUseIt() {
    Run run = run(20, Duration.ofSeconds(1), 20, 2, 2, 50, b -> b, cfg -> cfg);
    for (RateLimiter limiter : run.limiters) {
      assertEquals(20, limiter.limit());
      assertThat(
          "each JVM's pace: " + run, limiter.requestsPerMinute(), lessThan(0.6 * 0.95 * 1200));
    }
    assertThat(
        "together, after 5 windows: " + run,
        run.meanPerWindow(5, 20),
        greaterThanOrEqualTo(0.8 * 20));
    assertThat("429 share: " + run, run.refusedShare(), lessThanOrEqualTo(0.05));
  }

  @Test
  public void givenFourJvmsBehindOneBudget_thenEachDropsWellBelowHalf() {
    Run run = run(20, Duration.ofSeconds(1), 20, 4, 2, 50, b -> b, cfg -> cfg);
    for (RateLimiter limiter : run.limiters) {
      assertThat(
          "each JVM's pace: " + run, limiter.requestsPerMinute(), lessThan(0.3 * 0.95 * 1200));
    }
    assertThat(
        "together, after 5 windows: " + run,
        run.meanPerWindow(5, 20),
        greaterThanOrEqualTo(0.75 * 20));
    assertThat("429 share: " + run, run.refusedShare(), lessThanOrEqualTo(0.06));
  }

  @Test
  public void givenFourJvmsWithAnExplicitShare_thenTogetherTheyUseTheBudgetWithout429() {
    Run run =
        run(
            20,
            Duration.ofSeconds(1),
            20,
            4,
            2,
            50,
            b -> b,
            cfg -> cfg.withMaxRequestsPerMinute(300));
    for (RateLimiter limiter : run.limiters) {
      assertThat(limiter.requestsPerMinute(), lessThanOrEqualTo(300.0));
    }
    assertThat(
        "together, after 1 window: " + run,
        run.meanPerWindow(1, 20),
        greaterThanOrEqualTo(0.85 * 20));
    assertThat("429 share: " + run, run.refusedShare(), lessThanOrEqualTo(0.02));
  }
}
