package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.client.PageRequest;
import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The restriction of a sequential read: the pages from {@link #next()} to the end of the chain, the
 * first of them at position {@link #nextIndex()}. The chain follows cursors, or page numbers when
 * the gateway reports no totals (the end is then the first short page). A null request is an
 * exhausted chain.
 */
@AutoValue
abstract class CursorChain implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract @Nullable PageRequest next();

  abstract int nextIndex();

  static CursorChain from(@Nullable PageRequest next, int nextIndex) {
    return new AutoValue_CursorChain(next, nextIndex);
  }

  boolean exhausted() {
    return next() == null;
  }
}
