package io.laterreporting.beam.client;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for tests that run several clients at once without real waiting: each task runs on
 * its own thread, but only one at a time; a task that sleeps yields, and the earliest sleeper
 * (ties: the one that slept first) wakes next with the clock moved to its wake time. The schedule
 * depends only on the tasks, never on the machine, so a test over it is exact and repeatable. HTTP
 * to the emulator takes no virtual time: tasks sleep their latency themselves.
 */
final class VirtualTime {
  private final AtomicLong now;
  private final Object lock = new Object();
  private final Map<Thread, long[]> sleeping = new HashMap<>();
  private long sequence;
  private Thread running;
  private int live;
  private Throwable failure;

  VirtualTime(long startMillis) {
    this.now = new AtomicLong(startMillis);
  }

  long millis() {
    return now.get();
  }

  /** The emulator's clock: whatever virtual time it is. */
  Clock clock() {
    return clockOf(now);
  }

  /** A clock for the emulator that shows whatever time {@code now} holds. */
  static Clock clockOf(AtomicLong now) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(now.get());
      }
    };
  }

  /** A client runtime (own token cache and rate limiters: one "JVM") on this virtual time. */
  ClientRuntime runtime() {
    return ClientRuntime.isolated(now::get, this::sleep, () -> 1.0);
  }

  /** The same over a transport of its own (for example one that adds latency in virtual time). */
  ClientRuntime runtime(com.google.api.client.http.HttpTransport transport) {
    ClientRuntime.Clock clock = now::get;
    return new ClientRuntime(
        transport, new TokenCache(clock), new RateLimiters(clock), clock, this::sleep, () -> 1.0);
  }

  /** Yields until {@code millis} of virtual time have passed. */
  void sleep(long millis) {
    synchronized (lock) {
      Thread me = Thread.currentThread();
      sleeping.put(me, new long[] {now.get() + Math.max(0, millis), sequence++});
      running = null;
      lock.notifyAll();
      while (running != me) {
        waitOn();
      }
    }
  }

  /** Runs the tasks to their end in virtual time; rethrows the first failure. */
  void run(List<Runnable> tasks) {
    List<Thread> threads = new ArrayList<>();
    synchronized (lock) {
      for (Runnable task : tasks) {
        Thread t =
            new Thread(
                () -> {
                  synchronized (lock) {
                    while (running != Thread.currentThread()) {
                      waitOn();
                    }
                  }
                  try {
                    task.run();
                  } catch (Throwable e) {
                    synchronized (lock) {
                      if (failure == null) {
                        failure = e;
                      }
                    }
                  } finally {
                    synchronized (lock) {
                      live--;
                      running = null;
                      lock.notifyAll();
                    }
                  }
                });
        t.setDaemon(true);
        threads.add(t);
        sleeping.put(t, new long[] {now.get(), sequence++});
        live++;
      }
    }
    threads.forEach(Thread::start);
    synchronized (lock) {
      while (live > 0) {
        while (running != null) {
          waitOn();
        }
        if (live == 0) {
          break;
        }
        Thread next = null;
        long[] best = null;
        for (Map.Entry<Thread, long[]> e : sleeping.entrySet()) {
          long[] v = e.getValue();
          if (best == null || v[0] < best[0] || (v[0] == best[0] && v[1] < best[1])) {
            best = v;
            next = e.getKey();
          }
        }
        sleeping.remove(next);
        now.set(Math.max(now.get(), best[0]));
        running = next;
        lock.notifyAll();
      }
    }
    if (failure != null) {
      throw new AssertionError("a task failed", failure);
    }
  }

  private void waitOn() {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
