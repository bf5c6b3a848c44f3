package io.laterreporting.beam.reading;

import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker.HasProgress;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Tracks a {@link CursorChain}. A chain cannot be cut ahead of where it has been read, since only
 * the current page knows the next cursor, so it supports checkpoints (the residual is the chain
 * from the next cursor) and refuses splits at a fraction.
 *
 * <p>Progress is in pages: done are the pages claimed through this tracker; remaining is a lower
 * bound, one page while the chain goes on (cursor pages carry no totals, so its length is learned
 * as it is read) and none once it has ended or been checkpointed.
 */
final class CursorChainTracker extends RestrictionTracker<CursorChain, CursorStep>
    implements HasProgress {
  private final int firstIndex;
  private CursorChain chain;
  private boolean stopped;

  CursorChainTracker(CursorChain chain) {
    this.chain = chain;
    this.firstIndex = chain.nextIndex();
  }

  @Override
  public boolean tryClaim(CursorStep step) {
    if (stopped || chain.exhausted()) {
      return false;
    }
    if (!step.fetched().equals(chain.next())) {
      throw new IllegalArgumentException(
          "claimed a page that is not the next one of the chain (at position "
              + chain.nextIndex()
              + ")");
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
  public Progress getProgress() {
    return Progress.from(chain.nextIndex() - firstIndex, stopped || chain.exhausted() ? 0 : 1);
  }

  @Override
  public IsBounded isBounded() {
    return IsBounded.BOUNDED;
  }
}
