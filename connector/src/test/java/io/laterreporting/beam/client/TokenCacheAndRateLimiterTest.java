package io.laterreporting.beam.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

public class TokenCacheAndRateLimiterTest {
  static String jwt(long expSeconds, String salt) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    return e.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + e.encodeToString(("{\"sub\":\"c\",\"exp\":" + expSeconds + ",\"jti\":\"" + salt + "\"}")
            .getBytes(StandardCharsets.UTF_8)) + ".sig";
  }

  @Test
  public void givenJwt_thenExpIsDecodedWithoutSignatureCheck() {
    assertEquals(Long.valueOf(1_700_000_000_000L), TokenCache.expMillis(jwt(1_700_000_000L, "x")));
    assertNull(TokenCache.expMillis("not-a-jwt"));
    assertNull(TokenCache.expMillis("a.%%%.c"));
  }

  @Test
  public void givenTokenNearExp_thenRenewedShortlyBeforeExpNotAfter() {
    AtomicLong now = new AtomicLong(1_000_000_000_000L);
    TokenCache cache = new TokenCache(now::get);
    ClientIdentity key = ClientIdentity.of("https://h", "c", "secret");
    AtomicInteger mints = new AtomicInteger();
    long exp = now.get() / 1000 + 3600; // 1 h: renewed 60 s before exp
    TokenCache.Minter minter = () -> jwt(exp + mints.getAndIncrement() * 3600L, "m");
    TokenCache.Token first = cache.get(key, minter);
    assertEquals(exp * 1000 - 60_000, first.renewAtMillis);
    now.addAndGet(3600_000 - 60_001);
    assertSame(first, cache.get(key, minter));
    now.addAndGet(1);
    TokenCache.Token second = cache.get(key, minter);
    assertEquals(2, mints.get());
    assertEquals(Long.valueOf((exp + 3600) * 1000), second.expMillis);
    // A short-lived token is renewed a tenth of its lifetime early.
    TokenCache.Token shortLived = new TokenCache(now::get).get(key, () -> jwt(now.get() / 1000 + 10, "s"));
    assertEquals(now.get() / 1000 * 1000 + 10_000 - (now.get() / 1000 * 1000 + 10_000 - now.get()) / 10,
        shortLived.renewAtMillis);
  }

  @Test
  public void givenSixteenThreadsAndNoToken_thenOneMint() throws Exception {
    TokenCache cache = new TokenCache(System::currentTimeMillis);
    ClientIdentity key = ClientIdentity.of("https://h", "c", "secret");
    AtomicInteger mints = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(16);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<TokenCache.Token>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> {
          started.countDown();
          return cache.get(key, () -> {
            mints.incrementAndGet();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            return jwt(System.currentTimeMillis() / 1000 + 3600, "only");
          });
        }));
      }
      started.await(10, TimeUnit.SECONDS);
      release.countDown();
      TokenCache.Token t = results.get(0).get(10, TimeUnit.SECONDS);
      for (Future<TokenCache.Token> f : results) {
        assertSame(t, f.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, mints.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void givenManyThreadsRejectedWithOneToken_thenOneRenewal() throws Exception {
    TokenCache cache = new TokenCache(System::currentTimeMillis);
    ClientIdentity key = ClientIdentity.of("https://h", "c", "secret");
    AtomicInteger mints = new AtomicInteger();
    TokenCache.Minter minter = () -> jwt(System.currentTimeMillis() / 1000 + 3600, "n" + mints.incrementAndGet());
    TokenCache.Token stale = cache.get(key, minter);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<TokenCache.Token>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> cache.renew(key, stale, minter)));
      }
      TokenCache.Token fresh = results.get(0).get(10, TimeUnit.SECONDS);
      for (Future<TokenCache.Token> f : results) {
        assertSame(fresh, f.get(10, TimeUnit.SECONDS));
      }
      assertEquals(2, mints.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void givenLearnedBudget_thenStartsAreEvenlySpacedAt95Percent() {
    AtomicLong now = new AtomicLong(0);
    RateLimiters.RateLimiter limiter = new RateLimiters(now::get).forBaseUrl("https://h");
    assertEquals("unknown budget: no pacing", 0, limiter.reserve());
    assertEquals(0, limiter.admit());
    assertEquals(0, limiter.reserve());
    assertEquals(0, limiter.admit());
    limiter.learn(120, 60_000);
    double interval = 60_000 / (120 * 0.95);
    for (int i = 0; i < 10; i++) {
      assertEquals("the two unpaced starts count as paced", (long) Math.ceil((i + 2) * interval), limiter.reserve());
    }
    // Fixed windows of 60 s, any alignment: at most ceil(0.95 * 120) = 114 starts per window.
    now.set(0);
    RateLimiters.RateLimiter fresh = new RateLimiters(now::get).forBaseUrl("https://h");
    fresh.learn(120, 60_000);
    int[] perWindow = new int[10];
    long at = 0;
    for (int i = 0; i < 1000; i++) {
      now.addAndGet(fresh.reserve());
      for (long w = fresh.admit(); w > 0; w = fresh.admit()) {
        assertTrue("the guard only rounds (" + w + " ms)", w <= 1);
        now.addAndGet(w);
      }
      at = now.get();
      if (at / 60_000 < 10) {
        perWindow[(int) (at / 60_000)]++;
      }
    }
    for (int w = 0; w < 8; w++) {
      assertEquals("window " + w, true, perWindow[w] >= 108 && perWindow[w] <= 114);
    }
  }

  @Test
  public void givenThreadsWakingLate_thenTheTrailingWindowGuardHoldsThemBack() {
    AtomicLong now = new AtomicLong(0);
    RateLimiters.RateLimiter limiter = new RateLimiters(now::get).forBaseUrl("https://h");
    limiter.learn(20, 1_000); // at most 19 starts in any second
    List<Long> slots = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      slots.add(limiter.reserve());
    }
    // Every thread wakes only at t = 2000 ms (a stall): the slots are past, but the guard admits 19.
    now.set(2_000);
    int admitted = 0;
    long firstWait = -1;
    for (int i = 0; i < 40; i++) {
      long w = limiter.admit();
      if (w == 0) {
        admitted++;
      } else if (firstWait < 0) {
        firstWait = w;
      }
    }
    assertEquals(19, admitted);
    assertEquals(1_000, firstWait);
  }

  @Test
  public void givenRecurring429sWithoutHeaders_thenBudgetIsEstimatedAndEveryoneWaits() {
    AtomicLong now = new AtomicLong(0);
    RateLimiters.RateLimiter limiter = new RateLimiters(now::get).forBaseUrl("https://h");
    limiter.reserve();
    limiter.admit();
    limiter.onRateLimited(1_000);
    assertEquals("one request teaches nothing", 0, limiter.limit());
    now.addAndGet(1_000);
    for (int i = 0; i < 30; i++) {
      limiter.reserve();
      limiter.admit();
      now.addAndGet(100);
    }
    limiter.onRateLimited(5_000);
    assertEquals("two 429s in a row are hiccups", 0, limiter.limit());
    limiter.onRateLimited(5_000);
    assertEquals(30, limiter.limit());
    assertEquals(60_000, limiter.windowMillis());
    assertEquals(5_000, limiter.reserve());
    assertEquals(5_000 + (long) Math.ceil(60_000 / (30 * 0.95)), limiter.reserve());
  }
}
