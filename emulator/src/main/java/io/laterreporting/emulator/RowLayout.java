package io.laterreporting.emulator;

/** How a campaign performance row carries its metrics and names. */
public enum RowLayout {
  /** Metrics under a {@code metrics} object. */
  NESTED,
  /** Metric fields directly on the row. */
  FLAT,
  /** Flat, with v1 names: {@code campaignTitle} and a comma string {@code uniqueNetworks}. */
  FLAT_LEGACY
}
