package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.planning.ReadUnit;
import java.io.Serializable;

/** The rest of a unit read with cursors: the cursor page 1 returned. */
@AutoValue
abstract class PendingCursor implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract ReadUnit unit();

  abstract CursorChain chain();

  static PendingCursor after(ReadUnit unit, String nextCursor) {
    return new AutoValue_PendingCursor(unit, CursorChain.from(nextCursor, 2));
  }
}
