package io.laterreporting.beam.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

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
    return e.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + e.encodeToString(
            ("{\"sub\":\"c\",\"exp\":" + expSeconds + ",\"jti\":\"" + salt + "\"}")
                .getBytes(StandardCharsets.UTF_8))
        + ".sig";
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
    TokenCache.Token shortLived =
        new TokenCache(now::get).get(key, () -> jwt(now.get() / 1000 + 10, "s"));
    assertEquals(
        now.get() / 1000 * 1000 + 10_000 - (now.get() / 1000 * 1000 + 10_000 - now.get()) / 10,
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
        results.add(
            pool.submit(
                () -> {
                  started.countDown();
                  return cache.get(
                      key,
                      () -> {
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
    TokenCache.Minter minter =
        () -> jwt(System.currentTimeMillis() / 1000 + 3600, "n" + mints.incrementAndGet());
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
}
