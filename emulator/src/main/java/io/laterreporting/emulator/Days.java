package io.laterreporting.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The API's timestamps of whole days: midnight UTC. */
final class Days {
  private Days() {}

  static Instant startOfDay(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
