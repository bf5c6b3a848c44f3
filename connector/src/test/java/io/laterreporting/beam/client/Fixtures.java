package io.laterreporting.beam.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** JSON fixtures of the test-data module, under {@code later-api/client/}. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    String path = "/later-api/client/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PerformanceQuery query() {
    return PerformanceQuery.builder()
        .setStartDate(LocalDate.of(2024, 6, 1))
        .setEndDate(LocalDate.of(2024, 8, 31))
        .build();
  }
}
