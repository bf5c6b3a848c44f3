package io.laterreporting.beam.reading;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Gathers the elements of a bundle into batches of about {@code maxWeight}, so that the step after
 * a shuffle sees many elements at once whatever the runner's bundles: the DirectRunner hands each
 * shuffled key to its own bundle, and a read that looks ahead only within a bundle would then have
 * one request in flight per runner thread. The read is in the global window.
 */
final class BatchInBundle<T> extends DoFn<T, List<T>> {
  /** The weight of one element (pages, units). */
  interface Weigher<T> extends Serializable {
    int weight(T element);
  }

  private final int maxWeight;
  private final Weigher<T> weigher;
  private transient @Nullable List<T> batch;
  private transient int weight;

  BatchInBundle(int maxWeight, Weigher<T> weigher) {
    this.maxWeight = maxWeight;
    this.weigher = weigher;
  }

  @StartBundle
  public void startBundle() {
    batch = new ArrayList<>();
    weight = 0;
  }

  @ProcessElement
  public void processElement(@Element T element, OutputReceiver<List<T>> out) {
    batch.add(element);
    weight += Math.max(1, weigher.weight(element));
    if (weight >= maxWeight) {
      out.output(batch);
      startBundle();
    }
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    if (!batch.isEmpty()) {
      context.output(batch, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
    }
  }
}
