package io.laterreporting.beam.reading;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;

/**
 * Spreads work over workers in batches rather than one element at a time: each batch (about {@code
 * maxWeight}, see {@link BatchInBundle}) lands whole on one worker, where the read looks ahead
 * across its elements, up to the JVM-wide bound on requests in flight. That bound, not the number
 * of threads the runner gives the read, then sets how many requests are in flight.
 */
final class SpreadInBatches<T> extends PTransform<PCollection<T>, PCollection<List<T>>> {
  private final int maxWeight;
  private final BatchInBundle.Weigher<T> weigher;
  private final Coder<T> coder;

  private SpreadInBatches(int maxWeight, BatchInBundle.Weigher<T> weigher, Coder<T> coder) {
    this.maxWeight = maxWeight;
    this.weigher = weigher;
    this.coder = coder;
  }

  static <T> SpreadInBatches<T> of(
      int maxWeight, BatchInBundle.Weigher<T> weigher, Coder<T> coder) {
    return new SpreadInBatches<>(maxWeight, weigher, coder);
  }

  @Override
  public PCollection<List<T>> expand(PCollection<T> input) {
    return input
        .apply("Batch", ParDo.of(new BatchInBundle<>(maxWeight, weigher)))
        .setCoder(ListCoder.of(coder))
        .apply("Spread", Reshuffle.viaRandomKey());
  }
}
