package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.planning.ReadUnit;
import java.io.Serializable;

/** The rest of a unit read page after page: the request page 1 pointed on to. */
@AutoValue
abstract class PendingCursor implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract ReadUnit unit();

  abstract CursorChain chain();

  static PendingCursor after(ReadUnit unit, PageRequest second) {
    return new AutoValue_PendingCursor(unit, CursorChain.from(second, 2));
  }
}
