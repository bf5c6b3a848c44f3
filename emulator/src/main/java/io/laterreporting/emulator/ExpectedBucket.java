package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.Map;

/**
 * One bucket of {@code /v2/instances/performance-over-time}: both dates inclusive, clipped to the
 * query's range; {@code metrics} holds the time-series catalogue in API order.
 */
public record ExpectedBucket(LocalDate startDate, LocalDate endDate, Map<String, Number> metrics) {}
