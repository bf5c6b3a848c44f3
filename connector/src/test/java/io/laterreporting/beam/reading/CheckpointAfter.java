package io.laterreporting.beam.reading;

import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A tracker the runner checkpoints at the claim after {@code claims} claims, as a runner does when
 * it asks a splittable read to stop (a split at fraction 0); {@link #residual} is what remains.
 */
final class CheckpointAfter<R, P> extends RestrictionTracker<R, P> {
  private final RestrictionTracker<R, P> inner;
  private final int claims;
  private int claimed;
  @Nullable R residual;

  CheckpointAfter(RestrictionTracker<R, P> inner, int claims) {
    this.inner = inner;
    this.claims = claims;
  }

  @Override
  public boolean tryClaim(P position) {
    if (claimed++ == claims) {
      residual = inner.trySplit(0).getResidual();
    }
    return inner.tryClaim(position);
  }

  @Override
  public R currentRestriction() {
    return inner.currentRestriction();
  }

  @Override
  public @Nullable SplitResult<R> trySplit(double fractionOfRemainder) {
    return inner.trySplit(fractionOfRemainder);
  }

  @Override
  public void checkDone() {
    inner.checkDone();
  }

  @Override
  public IsBounded isBounded() {
    return IsBounded.BOUNDED;
  }
}
