package io.laterreporting.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP emulator of the Later Influence Reporting API, bound to 127.0.0.1.
 *
 * <pre>{@code
 * try (ReportingApiEmulator emu = ReportingApiEmulator.builder().seed(7).start()) {
 *   String base = emu.baseUrl();
 * }
 * }</pre>
 */
public final class ReportingApiEmulator implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, every
    // keep-alive response then waits for the client's delayed ACK (about 40 ms). Read once, when
    // the JDK server's configuration class loads, so it must be set before the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Dataset dataset;
  private final EmulatorStats stats;
  private final FaultInjector faults;
  private final TokenService tokens;
  private final TokenEndpoint tokenEndpoint;
  private final Builder config;

  private ReportingApiEmulator(Builder config) throws IOException {
    this.config = config;
    this.stats = new EmulatorStats();
    this.dataset =
        new Dataset(
            config.seed,
            config.instances,
            config.campaignsPerInstance,
            config.boundInstances,
            config.spanStart,
            config.spanEnd,
            config.archivedShare);
    this.faults = new FaultInjector(config.faults);
    this.tokens = new TokenService(config.clock, config.tokenTtl, config.clientId);
    this.tokenEndpoint =
        new TokenEndpoint(
            config.clientId,
            config.clientSecret,
            dataset.boundInstanceIds(),
            config.clientDisabled,
            tokens,
            stats);
    InstanceScope scope = new InstanceScope(dataset.boundInstanceIds(), config.legacyErrors);
    ApiExchangeHandler handler =
        new ApiExchangeHandler(
            config.latency,
            config.rateLimit == 0
                ? null
                : new RateLimiter(
                    config.rateLimit,
                    config.rateWindow,
                    config.clock,
                    config.budgetHeaders,
                    stats.budgetWindows()),
            config.retryAfterHeader,
            faults,
            new Problems(config.legacyErrors),
            tokens,
            tokenEndpoint,
            DataEndpoints.of(
                dataset,
                config.listedInstances == null
                    ? dataset.boundInstanceIds()
                    : config.listedInstances,
                scope,
                config.pagingRules(),
                config.layout,
                config.cacheCapacity,
                config.unstableOrder,
                config.seed),
            new DriftSchedule(
                config.driftEvery,
                config.driftMax,
                config.churnEvery,
                config.churnMax,
                dataset,
                stats),
            stats);
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port), 1024);
    this.executor = workerPool(config.threads);
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The instance ids a dataset with this seed and size has, to configure bound instances up front.
   */
  public static List<String> instanceIdsFor(long seed, int instances) {
    return new DatasetGenerator(seed, Builder.DEFAULT_SPAN_START, Builder.DEFAULT_SPAN_END)
        .instanceIds(instances);
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String clientId() {
    return config.clientId;
  }

  public String clientSecret() {
    return config.clientSecret;
  }

  public Pagination pagination() {
    return config.pagination;
  }

  public RowLayout layout() {
    return config.layout;
  }

  public EmulatorStats stats() {
    return stats;
  }

  /** The oracle: what an unpaginated, fault-free answer holds, drift inserts included. */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The next {@code count} requests to {@code route} fail with {@code kind}, before any planned
   * fault.
   */
  public void failNext(Route route, FaultKind kind, int count) {
    faults.failNext(route, kind, count);
  }

  /** Every token minted so far becomes invalid (401); new ones work. */
  public void expireAllTokens() {
    tokens.expireAll();
  }

  /** While disabled, the token route answers 403 ANL_00403 (older gateway: 401 CLIENT_DISABLED). */
  public void clientDisabled(boolean disabled) {
    tokenEndpoint.clientDisabled(disabled);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static ExecutorService workerPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "later-emulator-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    // Idle emulators in a long test run should not pin a hundred threads each.
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Configuration of an emulator; every knob has a default that serves the happy path. */
  public static final class Builder {
    static final LocalDate DEFAULT_SPAN_START = LocalDate.of(2023, 1, 1);
    static final LocalDate DEFAULT_SPAN_END = LocalDate.of(2026, 6, 30);

    private long seed = 1;
    private int instances = 5;
    private double campaignsPerInstance = 40;
    private LocalDate spanStart = DEFAULT_SPAN_START;
    private LocalDate spanEnd = DEFAULT_SPAN_END;
    private Pagination pagination = Pagination.PAGE_NUMBER;
    private RowLayout layout = RowLayout.NESTED;
    private boolean legacyErrors;
    private String clientId = "demo-client";
    private String clientSecret = "demo-secret";
    private List<String> boundInstances;
    private List<String> listedInstances;
    private boolean clientDisabled;
    private Duration tokenTtl = Duration.ofHours(12);
    private Duration latency = Duration.ZERO;
    private int rateLimit;
    private Duration rateWindow = Duration.ofMinutes(1);
    private boolean retryAfterHeader = true;
    private BudgetHeaders budgetHeaders = BudgetHeaders.LIMIT_AND_WINDOW;
    private FaultPlan faults = FaultPlan.none();
    private int driftEvery;
    private int driftMax;
    private boolean unstableOrder;
    private boolean strictParameters;
    private boolean cursorBoundToAllParameters;
    private boolean pageTotals = true;
    private boolean repeatingCursor;
    private PageNumberQuirk pageNumberQuirk = PageNumberQuirk.NONE;
    private int churnEvery;
    private int churnMax;
    private double archivedShare;
    private int port;
    private int threads = 128;
    private int cacheCapacity = 256;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder instances(int instances) {
      if (instances < 1) {
        throw new IllegalArgumentException("instances must be >= 1");
      }
      this.instances = instances;
      return this;
    }

    /** The mean; actual counts per instance are uneven, some zero, some many times the mean. */
    public Builder campaignsPerInstance(double mean) {
      if (mean < 0) {
        throw new IllegalArgumentException("campaignsPerInstance must be >= 0");
      }
      this.campaignsPerInstance = mean;
      return this;
    }

    /** The days campaigns can be active on; defaults to 2023-01-01..2026-06-30. */
    public Builder dataSpan(LocalDate start, LocalDate end) {
      if (end.toEpochDay() - start.toEpochDay() < 30) {
        throw new IllegalArgumentException("the data span must cover at least 30 days");
      }
      this.spanStart = start;
      this.spanEnd = end;
      return this;
    }

    public Builder pagination(Pagination pagination) {
      this.pagination = Objects.requireNonNull(pagination);
      return this;
    }

    public Builder layout(RowLayout layout) {
      this.layout = Objects.requireNonNull(layout);
      return this;
    }

    /**
     * Play the older gateway: legacy error types, 401 for all token errors, unbound instances
     * dropped.
     */
    public Builder legacyErrors(boolean legacyErrors) {
      this.legacyErrors = legacyErrors;
      return this;
    }

    public Builder credentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId);
      this.clientSecret = Objects.requireNonNull(clientSecret);
      return this;
    }

    /** The instances the client may read; default all. An empty list makes token requests 403. */
    public Builder boundInstances(List<String> instanceIds) {
      this.boundInstances = List.copyOf(instanceIds);
      return this;
    }

    /**
     * What {@code /v2/instances} lists, whatever the client is bound to (default: the bound
     * instances): plays a gateway incident, e.g. an empty list while the data is still there.
     */
    public Builder listedInstances(List<String> instanceIds) {
      this.listedInstances = List.copyOf(instanceIds);
      return this;
    }

    public Builder clientDisabled(boolean disabled) {
      this.clientDisabled = disabled;
      return this;
    }

    /** Written into each JWT's exp; whole seconds. Zero mints tokens that are already expired. */
    public Builder tokenTtl(Duration ttl) {
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("tokenTtl must not be negative");
      }
      this.tokenTtl = ttl;
      return this;
    }

    /** Added to every request, on the worker thread, so concurrent clients are not serialised. */
    public Builder latency(Duration latency) {
      this.latency = Objects.requireNonNull(latency);
      return this;
    }

    /** A fixed-window budget of {@code requests} per {@code window}, shared by all callers. */
    public Builder rateLimit(int requests, Duration window) {
      if (requests < 1) {
        throw new IllegalArgumentException("rate limit must be >= 1 request per window");
      }
      this.rateLimit = requests;
      this.rateWindow = window;
      return this;
    }

    /** Whether budget 429s carry Retry-After (seconds to the next window). */
    public Builder retryAfterHeader(boolean enabled) {
      this.retryAfterHeader = enabled;
      return this;
    }

    /** Which budget headers answers carry (default: limit and window). */
    public Builder budgetHeaders(BudgetHeaders headers) {
      this.budgetHeaders = Objects.requireNonNull(headers);
      return this;
    }

    public Builder faults(FaultPlan plan) {
      this.faults = Objects.requireNonNull(plan);
      return this;
    }

    /**
     * Insert a campaign after every {@code everyKDataRequests} served data requests, at most {@code
     * maxInserts}.
     */
    public Builder drift(int everyKDataRequests, int maxInserts) {
      if (everyKDataRequests < 1 || maxInserts < 0) {
        throw new IllegalArgumentException(
            "drift needs everyKDataRequests >= 1 and maxInserts >= 0");
      }
      this.driftEvery = everyKDataRequests;
      this.driftMax = maxInserts;
      return this;
    }

    /**
     * Shuffle rows that tie on the sort key on every request, as a database without a tie-breaker.
     */
    public Builder unstableOrder(boolean unstable) {
      this.unstableOrder = unstable;
      return this;
    }

    /**
     * Strict validation: a parameter the route does not document in the generation is a 400 naming
     * it.
     */
    public Builder strictParameters(boolean strict) {
      this.strictParameters = strict;
      return this;
    }

    /**
     * Generation B's documented rule: a cursor is valid only with every other parameter unchanged.
     */
    public Builder cursorBoundToAllParameters(boolean bound) {
      this.cursorBoundToAllParameters = bound;
      return this;
    }

    /** Generation A: false drops {@code totalPages} and {@code totalItems} from every envelope. */
    public Builder pageTotals(boolean totals) {
      this.pageTotals = totals;
      return this;
    }

    /** Generation B: from the second page on, {@code nextCursor} repeats the cursor sent. */
    public Builder repeatingCursor(boolean repeating) {
      this.repeatingCursor = repeating;
      return this;
    }

    /**
     * Generation A: a {@code page} member that is missing, or a page number that never advances.
     */
    public Builder pageNumberQuirk(PageNumberQuirk quirk) {
      this.pageNumberQuirk = Objects.requireNonNull(quirk);
      return this;
    }

    /**
     * Every K served data requests one campaign is deleted and another created with its activity
     * and a new id (totals stay, rows move), at most {@code maxChurns} times; see {@link
     * Dataset#deletedCampaignIds()}.
     */
    public Builder membershipChurn(int everyKDataRequests, int maxChurns) {
      if (everyKDataRequests < 1 || maxChurns < 0) {
        throw new IllegalArgumentException(
            "membershipChurn needs everyKDataRequests >= 1 and maxChurns >= 0");
      }
      this.churnEvery = everyKDataRequests;
      this.churnMax = maxChurns;
      return this;
    }

    /** This share (0..1) of campaigns has rows but is absent from {@code /v2/campaigns}. */
    public Builder archivedCampaigns(double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("archivedCampaigns needs a share from 0 to 1");
      }
      this.archivedShare = share;
      return this;
    }

    /** 0 (default) picks a free ephemeral port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1");
      }
      this.threads = threads;
      return this;
    }

    /** How many distinct queries keep their computed, rendered result. */
    public Builder cacheCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("cacheCapacity must be >= 1");
      }
      this.cacheCapacity = capacity;
      return this;
    }

    /** Time source of token lifetimes and rate windows; tests pass a controllable clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    PagingRules pagingRules() {
      return new PagingRules(
          pagination,
          strictParameters,
          cursorBoundToAllParameters,
          pageTotals,
          repeatingCursor,
          pageNumberQuirk);
    }

    public ReportingApiEmulator start() {
      try {
        return new ReportingApiEmulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the emulator on port " + port, e);
      }
    }
  }
}
