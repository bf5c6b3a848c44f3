package io.laterreporting.emulator;

/** How a page-number (generation A) gateway may misreport where a page sits. */
public enum PageNumberQuirk {
  /** {@code pagination.page} is the page served, as documented. */
  NONE,
  /** The {@code pagination} object has no {@code page} member. */
  PAGE_OMITTED,
  /** {@code pageNumber} is ignored: every request gets page 1, reported as page 1. */
  STUCK_ON_FIRST_PAGE
}
