package io.laterreporting.pipelines;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids: unique per run and sortable, so that a person can tell which run left a staging folder
 * or table, a lease or a replacement job ({@code 20250301T060000Z-1a2b}).
 */
final class RunIds {
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private RunIds() {}

  static String next(Clock clock) {
    return RUN_TIME.format(ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)))
        + "-"
        + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
