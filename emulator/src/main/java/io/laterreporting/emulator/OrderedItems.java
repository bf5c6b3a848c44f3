package io.laterreporting.emulator;

import java.util.SplittableRandom;

/**
 * Rendered JSON items in their sorted order, plus where runs of tied sort keys end. Kept in the
 * result cache, so paging through a query only slices bytes.
 */
final class OrderedItems {
  private final byte[][] items;

  /** Exclusive end index of each run of items that tie on the sort key. */
  private final int[] tieRunEnds;

  OrderedItems(byte[][] items, int[] tieRunEnds) {
    this.items = items;
    this.tieRunEnds = tieRunEnds;
  }

  /** Items whose order is total (every key distinct). */
  static OrderedItems untied(byte[][] items) {
    int[] ends = new int[items.length];
    for (int i = 0; i < items.length; i++) {
      ends[i] = i + 1;
    }
    return new OrderedItems(items, ends);
  }

  int size() {
    return items.length;
  }

  byte[] item(int index) {
    return items[index];
  }

  /** An order in which each run of ties is shuffled, as a database without a tie-breaker would. */
  int[] shuffledTies(SplittableRandom random) {
    int[] order = new int[items.length];
    int start = 0;
    for (int end : tieRunEnds) {
      for (int i = start; i < end; i++) {
        order[i] = i;
      }
      for (int i = end - 1; i > start; i--) {
        int j = start + random.nextInt(i - start + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      start = end;
    }
    return order;
  }
}
