package io.laterreporting.beam.client;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * When the next request of one address may start, given a pace the {@link RateLimiter} decides:
 * start slots {@code 1 / pace} apart in the order callers asked (a leaky bucket without burst), a
 * block (no slot before a time: a 429's wait), and this JVM's recent starts, for the
 * trailing-window guard and for counting what this JVM sent within a stated window.
 *
 * <p>Why a class of its own: it is the only part that does slot arithmetic; the limiter decides the
 * pace, this spends it. A slot reserved before a block or an episode's end belongs to an older
 * {@link #epoch()}: its caller reserves again. Not thread-safe: the limiter's lock guards it.
 */
final class PaceSchedule {
  private static final int MAX_RECENT = 100_000;

  private final ArrayDeque<Long> starts = new ArrayDeque<>();

  /** The {@link DemandTime} at each of {@link #starts}. */
  private final ArrayDeque<Long> demandAtStarts = new ArrayDeque<>();

  private double nextSlot;
  private long blockedUntil;
  private long epoch;

  long epoch() {
    return epoch;
  }

  long blockedUntil() {
    return blockedUntil;
  }

  /**
   * Reserves the next slot for a caller asking at {@code now}, {@code intervalMillis} after the
   * last.
   */
  double reserve(long now, double intervalMillis) {
    double slot = Math.max(Math.max(now, blockedUntil), nextSlot);
    nextSlot = slot + intervalMillis;
    return slot;
  }

  /** Whether callers are queued for slots: the pace, not the callers, sets when requests start. */
  boolean binding(long now, double intervalMillis) {
    return nextSlot >= now - intervalMillis;
  }

  /** No start before {@code until}; every reserved slot is void. */
  void block(long until) {
    if (until > blockedUntil) {
      blockedUntil = until;
    }
    nextSlot = blockedUntil;
    epoch++;
  }

  /** The block is over: queued callers take new slots from now. */
  void unblock(long now) {
    blockedUntil = Math.min(blockedUntil, now);
    nextSlot = Math.min(nextSlot, now);
    epoch++;
  }

  /**
   * The first stated budget arrives: the unpaced starts already made in its window count as if they
   * had been paced, so the paced ones follow them and the first window is not overrun either.
   */
  void catchUp(long now, long windowMillis, double intervalMillis) {
    int started = startsSince(now - windowMillis);
    long earliest = now;
    for (Long t : starts) {
      if (t > now - windowMillis) {
        earliest = Math.min(earliest, t);
      }
    }
    nextSlot = Math.max(now, earliest + started * intervalMillis);
  }

  /**
   * How long a caller whose slot has come must still wait so that no trailing {@code windowMillis}
   * holds more than {@code maxStarts} starts (threads that woke late cannot overrun a window).
   */
  long guardMillis(long now, int maxStarts, long windowMillis) {
    trim(now, windowMillis);
    if (starts.size() < maxStarts) {
      return 0;
    }
    Iterator<Long> it = starts.descendingIterator();
    long oldestInWindow = Long.MIN_VALUE;
    for (int i = 0; i < maxStarts && it.hasNext(); i++) {
      oldestInWindow = it.next();
    }
    return Math.max(0, oldestInWindow + windowMillis - now);
  }

  void started(long now, long demandNow, long windowMillis) {
    starts.addLast(now);
    demandAtStarts.addLast(demandNow);
    trim(now, windowMillis);
  }

  /** Starts of this JVM after {@code from} (exclusive). */
  int startsSince(long from) {
    int n = 0;
    Iterator<Long> it = starts.descendingIterator();
    while (it.hasNext() && it.next() > from) {
      n++;
    }
    return n;
  }

  /**
   * The demand time from the first start after {@code from} to {@code demandNow}: how long this JVM
   * wanted to send while it made those starts.
   */
  long demandSince(long from, long demandNow) {
    Iterator<Long> at = starts.descendingIterator();
    Iterator<Long> demand = demandAtStarts.descendingIterator();
    long first = demandNow;
    while (at.hasNext() && at.next() > from) {
      first = demand.next();
    }
    return demandNow - first;
  }

  private void trim(long now, long windowMillis) {
    long keep = Math.max(60_000, windowMillis);
    while (!starts.isEmpty() && (starts.size() > MAX_RECENT || starts.peekFirst() <= now - keep)) {
      starts.removeFirst();
      demandAtStarts.removeFirst();
    }
  }
}
