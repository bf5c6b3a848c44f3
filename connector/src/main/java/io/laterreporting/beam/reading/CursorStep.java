package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A claim on a cursor chain: the page at {@link #fetched()} has been read and pointed on to {@link
 * #following()} (null at the end). The page is fetched before it is claimed because only its answer
 * says where the chain goes on, which a checkpoint must know.
 */
@AutoValue
abstract class CursorStep {
  abstract String fetched();

  abstract @Nullable String following();

  static CursorStep of(String fetched, @Nullable String following) {
    return new AutoValue_CursorStep(fetched, following);
  }
}
