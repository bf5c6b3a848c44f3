package io.laterreporting.beam.client;

/**
 * Which pagination generation to speak. {@link #AUTO} (default) detects it once per base URL and
 * client id: the first {@code /v2/instances} request speaks page numbers, and an answer with a
 * cursor, or a 400 naming {@code pageNumber} or {@code pageSize}, means cursors; the result is
 * remembered for the JVM. Forcing a generation skips the detection.
 */
public enum PaginationMode {
  AUTO,
  /** Generation A: {@code pageNumber}/{@code pageSize}, a {@code pagination} object. */
  PAGE_NUMBERS,
  /** Generation B: {@code limit}/{@code nextCursor}, {@code metrics} required. */
  CURSORS;

  /** The option spelling: {@code auto}, {@code page-numbers}, {@code cursors}. */
  public String optionValue() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The mode an option names ({@code auto|page-numbers|cursors}, any case); otherwise an {@link
   * IllegalArgumentException} naming the option, the value and what is allowed.
   */
  public static PaginationMode parse(String value) {
    for (PaginationMode mode : values()) {
      if (mode.optionValue().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "pagination must be one of auto|page-numbers|cursors, but was '" + value + "'");
  }

  /** The forced generation, or null for {@link #AUTO}. */
  PaginationGeneration forced() {
    switch (this) {
      case PAGE_NUMBERS:
        return PaginationGeneration.PAGE_NUMBER;
      case CURSORS:
        return PaginationGeneration.CURSOR;
      default:
        return null;
    }
  }
}
