package io.laterreporting.beam.records;

/** How a metric's value is typed in the records. */
public enum MetricKind {
  /** A whole number of things, held as {@code Long}. */
  COUNT,
  /** Money, a rate or a duration, held as {@code Double}. */
  DECIMAL
}
