package io.laterreporting.beam.reading;

import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Tracks a {@link CursorChain}. A chain cannot be cut ahead of where it has been read, since only
 * the current page knows the next cursor, so it supports checkpoints (the residual is the chain from
 * the next cursor) and refuses splits at a fraction.
 */
final class CursorChainTracker extends RestrictionTracker<CursorChain, CursorStep> {
  private CursorChain chain;
  private boolean stopped;

  CursorChainTracker(CursorChain chain) {
    this.chain = chain;
  }

  @Override
  public boolean tryClaim(CursorStep step) {
    if (stopped || chain.exhausted()) {
      return false;
    }
    if (!step.fetched().equals(chain.next())) {
      throw new IllegalArgumentException(
          "claimed a page that is not the next one of the chain (at position " + chain.nextIndex() + ")");
    }
    chain = CursorChain.from(step.following(), chain.nextIndex() + 1);
    return true;
  }

  @Override
  public CursorChain currentRestriction() {
    return chain;
  }

  @Override
  public @Nullable SplitResult<CursorChain> trySplit(double fractionOfRemainder) {
    if (fractionOfRemainder > 0 || stopped || chain.exhausted()) {
      return null;
    }
    CursorChain residual = chain;
    chain = CursorChain.from(null, residual.nextIndex());
    stopped = true;
    return SplitResult.of(chain, residual);
  }

  @Override
  public void checkDone() {
    if (!stopped && !chain.exhausted()) {
      throw new IllegalStateException(
          "the cursor chain was left before its end, at position " + chain.nextIndex());
    }
  }

  @Override
  public IsBounded isBounded() {
    return IsBounded.BOUNDED;
  }
}
