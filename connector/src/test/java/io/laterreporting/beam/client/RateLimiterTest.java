package io.laterreporting.beam.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

/** The limiter alone, on a fake clock. Against the emulator's budget: {@link RateBudgetTest}. */
public class RateLimiterTest {
  @Test
  public void givenLearnedBudget_thenStartsAreEvenlySpacedAt95Percent() {
    AtomicLong now = new AtomicLong(0);
    RateLimiter limiter = new RateLimiters(now::get).forBaseUrl("https://h");
    List<Long> waits = new ArrayList<>();
    RateLimiter.Waiter waiter =
        ms -> {
          waits.add(ms);
          now.addAndGet(ms);
        };
    assertEquals("unknown budget: no pacing", 0, limiter.acquire(waiter));
    assertEquals(0, limiter.acquire(waiter));
    assertEquals(List.of(), waits);
    limiter.learn(120, 60_000);
    double interval = 60_000 / (120 * 0.95);
    for (int i = 0; i < 10; i++) {
      assertEquals(
          "the two unpaced starts count as paced",
          (long) Math.ceil((i + 2) * interval),
          limiter.acquire(waiter));
    }
    // Fixed windows of 60 s, any alignment: at most ceil(0.95 * 120) = 114 starts per window.
    now.set(0);
    RateLimiter fresh = new RateLimiters(now::get).forBaseUrl("https://h");
    fresh.learn(120, 60_000);
    int[] perWindow = new int[10];
    for (int i = 0; i < 1000; i++) {
      long at = fresh.acquire(ms -> now.addAndGet(ms));
      if (at / 60_000 < 10) {
        perWindow[(int) (at / 60_000)]++;
      }
    }
    for (int w = 0; w < 8; w++) {
      assertTrue("window " + w + ": " + perWindow[w], perWindow[w] >= 108 && perWindow[w] <= 114);
    }
  }

  @Test
  public void givenThreadsWakingLate_thenTheTrailingWindowGuardHoldsThemBack() throws Exception {
    AtomicLong now = new AtomicLong(0);
    RateLimiter limiter = new RateLimiters(now::get).forBaseUrl("https://h");
    limiter.learn(20, 1_000); // at most 19 starts in any second
    int callers = 40;
    CountDownLatch reserved = new CountDownLatch(callers - 1);
    CountDownLatch stallOver = new CountDownLatch(1);
    AtomicInteger admitted = new AtomicInteger();
    List<Long> secondWaits = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        done.add(
            pool.submit(
                () -> {
                  boolean[] first = {true};
                  try {
                    limiter.acquire(
                        ms -> {
                          if (first[0]) {
                            first[0] = false;
                            reserved.countDown();
                            try {
                              stallOver.await(
                                  10,
                                  TimeUnit
                                      .SECONDS); // every caller wakes only at t = 3000 ms, after
                              // all 40 slots
                            } catch (InterruptedException e) {
                              throw new IllegalStateException(e);
                            }
                          } else {
                            secondWaits.add(ms);
                            throw new IllegalStateException("held back");
                          }
                        });
                    admitted.incrementAndGet();
                  } catch (IllegalStateException heldBack) {
                    // counted in secondWaits
                  }
                }));
      }
      // One caller starts at once (its slot is now); the other 39 wait for theirs.
      reserved.await(10, TimeUnit.SECONDS);
      now.set(3_000);
      stallOver.countDown();
      for (Future<?> f : done) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    // The slots are past, but the guard admits 19 (the first caller started at 0, a window ago).
    assertEquals(20, admitted.get());
    assertEquals(
        List.of(
            1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L,
            1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_000L),
        secondWaits);
  }

  @Test
  public void givenAStatedBudgetAndARefusalAfterALull_thenThePaceFallsAStepNotToWhatTheLullAsked() {
    AtomicLong now = new AtomicLong(0);
    RateLimiter limiter = new RateLimiters(now::get).forBaseUrl("https://h");
    limiter.learn(10, 1_000);
    RateLimiter.Waiter waiter = ms -> now.addAndGet(ms);
    for (int i = 0; i < 50; i++) {
      long start = limiter.acquire(waiter);
      limiter.answered();
      limiter.onSuccess(start);
    }
    double before = limiter.requestsPerMinute();
    assertEquals(570.0, before, 1e-6);
    now.addAndGet(30_000); // the read waits at a barrier: it asks for nothing
    long start = limiter.acquire(waiter);
    limiter.answered();
    limiter.onRateLimited(start, 1_000L, null); // someone else spent the window
    // One start in the refused window says nothing about this JVM's share: one step down, not to
    // the one request the lull asked for.
    assertEquals(1, limiter.signals());
    assertEquals(RateLimiter.SHARED_DECREASE * before, limiter.requestsPerMinute(), 1e-6);
  }
}
