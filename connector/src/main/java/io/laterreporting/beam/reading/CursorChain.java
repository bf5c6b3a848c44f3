package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The restriction of a cursor read: the pages from {@link #nextCursor()} to the end of the chain,
 * the first of them at position {@link #nextIndex()}. A null cursor is an exhausted chain.
 */
@AutoValue
abstract class CursorChain implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract @Nullable String nextCursor();

  abstract int nextIndex();

  static CursorChain from(@Nullable String nextCursor, int nextIndex) {
    return new AutoValue_CursorChain(nextCursor, nextIndex);
  }

  boolean exhausted() {
    return nextCursor() == null;
  }
}
