package io.laterreporting.beam.client;

import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import io.laterreporting.emulator.BudgetWindows;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;

/**
 * Clients behind one emulated budget, in virtual time ({@link VirtualTime}): exact and repeatable,
 * no real waiting. Each "JVM" is a client runtime of its own (own limiter), as workers behind one
 * address are. A request reaches the gateway {@code latency} after it started (the caller sleeps it
 * in virtual time before sending), so, as in a real read, the requests started meanwhile are
 * already on their way when a 429 comes back. Each JVM follows a {@link Demand}: steps of requests
 * with a number of parallel callers, with pauses between them (a read's phases: discovery, first
 * pages, a barrier, the rest, a sequential walk), or asks without pause until a time limit.
 */
final class BudgetSimulation {
  /** A whole number of every window the tests use (1 s .. 60 s): the gateway's windows align. */
  static final long T0 = 1_800_000_000_000L;

  /** One phase of a read: {@code requests} requests by at most {@code callers} at once. */
  record Step(int callers, int requests, long pauseBeforeMillis) {}

  /**
   * What one JVM asks for, phase after phase. Start with a step of one caller: the first request
   * mints the token under a lock, which callers in virtual time must not contend for.
   */
  static final class Demand {
    final List<Step> steps = new ArrayList<>();

    /**
     * One request alone (as a read's discovery: the token is minted once; the callers of a virtual
     * time must not block each other on a real lock), then {@code callers} asking without pause.
     */
    static Demand steady(int callers) {
      return new Demand().then(1, 1).then(callers, Integer.MAX_VALUE);
    }

    Demand then(int callers, int requests) {
      return pauseThen(0, callers, requests);
    }

    /** Nobody asks for {@code pauseMillis} (a barrier), then the step. */
    Demand pauseThen(long pauseMillis, int callers, int requests) {
      steps.add(new Step(callers, requests, pauseMillis));
      return this;
    }

    int maxCallers() {
      return steps.stream().mapToInt(Step::callers).max().orElse(1);
    }
  }

  /** What a run did: the gateway's windows (admitted, refused) and the limiters. */
  static final class Run {
    final long windowMillis;
    final long firstWindow;
    final List<BudgetWindows.Window> windows;
    final List<RateLimiter> limiters;
    final long total;
    final long refused;

    Run(
        long windowMillis,
        long startMillis,
        List<BudgetWindows.Window> windows,
        List<RateLimiter> limiters,
        long total,
        long refused) {
      this.windowMillis = windowMillis;
      this.firstWindow = Math.floorDiv(startMillis, windowMillis);
      this.windows = windows;
      this.limiters = limiters;
      this.total = total;
      this.refused = refused;
    }

    /** Requests admitted per window, for windows [from, to) counted from the first one. */
    double meanPerWindow(int from, int to) {
      long n = 0;
      for (BudgetWindows.Window w : windows) {
        long index = w.startMillis() / windowMillis - firstWindow;
        if (index >= from && index < to) {
          n += w.admitted();
        }
      }
      return (double) n / (to - from);
    }

    /** Index of the last window that saw a request, counted from the first one. */
    int lastWindow() {
      return windows.isEmpty()
          ? 0
          : (int) (windows.get(windows.size() - 1).startMillis() / windowMillis - firstWindow);
    }

    double refusedShare() {
      return (double) refused / Math.max(1, total);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("total " + total + ", 429 " + refused + ", windows:");
      for (BudgetWindows.Window w : windows) {
        b.append(' ')
            .append(w.startMillis() / windowMillis - firstWindow)
            .append(':')
            .append(w.admitted())
            .append('/')
            .append(w.refused());
      }
      limiters.forEach(
          l ->
              b.append(", pace/min ")
                  .append((int) l.requestsPerMinute())
                  .append(" signals ")
                  .append(l.signals()));
      return b.toString();
    }
  }

  private int budget = 20;
  private Duration window = Duration.ofSeconds(1);
  private long phaseMillis;
  private int jvms = 1;
  private long latencyMillis = 200;
  private long untilMillis = Long.MAX_VALUE;
  private Demand demand = Demand.steady(8);
  private UnaryOperator<ReportingApiEmulator.Builder> gateway = b -> b;
  private UnaryOperator<ApiClientConfig> config = c -> c;

  static BudgetSimulation budget(int budget, Duration window) {
    BudgetSimulation s = new BudgetSimulation();
    s.budget = budget;
    s.window = window;
    return s;
  }

  /** Starts {@code millis} into one of the gateway's windows (a real read starts anywhere). */
  BudgetSimulation startingInto(long millis) {
    this.phaseMillis = millis;
    return this;
  }

  BudgetSimulation jvms(int jvms) {
    this.jvms = jvms;
    return this;
  }

  BudgetSimulation latency(long millis) {
    this.latencyMillis = millis;
    return this;
  }

  /** Callers stop asking after this many windows (a steady demand never ends by itself). */
  BudgetSimulation forWindows(int windows) {
    this.untilMillis = windows * window.toMillis();
    return this;
  }

  BudgetSimulation demand(Demand demand) {
    this.demand = demand;
    return this;
  }

  BudgetSimulation gateway(UnaryOperator<ReportingApiEmulator.Builder> gateway) {
    this.gateway = gateway;
    return this;
  }

  BudgetSimulation config(UnaryOperator<ApiClientConfig> config) {
    this.config = config;
    return this;
  }

  Run run() {
    long start = T0 + phaseMillis;
    VirtualTime time = new VirtualTime(start);
    long end = untilMillis == Long.MAX_VALUE ? Long.MAX_VALUE : start + untilMillis;
    List<RateLimiter> limiters = new ArrayList<>();
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
      List<CloseableHttpClient> https = new ArrayList<>();
      for (int j = 0; j < jvms; j++) {
        CloseableHttpClient http = latentHttp(time, latencyMillis);
        https.add(http);
        ClientRuntime runtime = time.runtime(new ApacheHttpTransport(http));
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
        limiters.add(runtime.limiters.forBaseUrl(emu.baseUrl()));
        Script script = new Script(demand.steps, time, end);
        for (int t = 0; t < demand.maxCallers(); t++) {
          tasks.add(() -> script.call(() -> client.instances(PageRequest.first(5))));
        }
      }
      time.run(tasks);
      clients.forEach(LaterApiClient::close);
      for (CloseableHttpClient http : https) {
        try {
          http.close();
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return new Run(
          window.toMillis(),
          start,
          emu.stats().budgetWindows().windows(),
          limiters,
          emu.stats().total(),
          emu.stats().requests(Route.INSTANCES, 429) + emu.stats().requests(Route.TOKEN, 429));
    }
  }

  /** An HTTP client whose requests reach the server {@code latencyMillis} of virtual time late. */
  private static CloseableHttpClient latentHttp(VirtualTime time, long latencyMillis) {
    return HttpClientBuilder.create()
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableContentCompression()
        .setMaxConnTotal(64)
        .setMaxConnPerRoute(64)
        .addInterceptorFirst(
            (HttpRequestInterceptor) (request, context) -> time.sleep(latencyMillis))
        .build();
  }

  /**
   * One JVM's callers walking the demand's steps together (a step ends when its last answer is in).
   */
  private static final class Script {
    private static final long POLL_MILLIS = 200;
    private final List<Step> steps;
    private final VirtualTime time;
    private final long end;
    private int step;
    private int taken;
    private int done;
    private int busy;
    private long pauseUntil = Long.MIN_VALUE;

    Script(List<Step> steps, VirtualTime time, long end) {
      this.steps = steps;
      this.time = time;
      this.end = end;
      startStep();
    }

    void call(Runnable request) {
      while (true) {
        long wait;
        synchronized (this) {
          long now = time.millis();
          if (step >= steps.size() || now >= end) {
            return;
          }
          Step s = steps.get(step);
          if (now < pauseUntil) {
            wait = pauseUntil - now;
          } else if (busy < s.callers() && taken < s.requests()) {
            taken++;
            busy++;
            wait = 0;
          } else {
            wait = POLL_MILLIS;
          }
        }
        if (wait > 0) {
          time.sleep(wait);
          continue;
        }
        request.run();
        synchronized (this) {
          busy--;
          done++;
          if (done == steps.get(step).requests()) {
            step++;
            startStep();
          }
        }
      }
    }

    private void startStep() {
      taken = 0;
      done = 0;
      if (step < steps.size()) {
        pauseUntil = time.millis() + steps.get(step).pauseBeforeMillis();
      }
    }
  }
}
