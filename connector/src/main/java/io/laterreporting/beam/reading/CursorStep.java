package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.client.PageRequest;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A claim on a {@link CursorChain}: the page asked by {@link #fetched()} has been read and pointed
 * on to {@link #following()} (null at the end). The page is fetched before it is claimed because
 * only its answer says where the chain goes on, which a checkpoint must know.
 */
@AutoValue
abstract class CursorStep {
  abstract PageRequest fetched();

  abstract @Nullable PageRequest following();

  static CursorStep of(PageRequest fetched, @Nullable PageRequest following) {
    return new AutoValue_CursorStep(fetched, following);
  }
}
