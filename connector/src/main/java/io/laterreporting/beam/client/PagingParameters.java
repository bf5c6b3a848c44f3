package io.laterreporting.beam.client;

import java.util.Map;

/**
 * The paging parameters of one request, in exactly one generation: {@code pageNumber} and {@code
 * pageSize} (A), or {@code limit} and, after the first page, {@code nextCursor} (B). Never both
 * generations, so a strict gateway sees only what it documents, and a cursor follow-up differs from
 * the first request in {@code nextCursor} alone.
 */
final class PagingParameters {
  private PagingParameters() {}

  /** The generation {@code page} must be asked in, given what the gateway speaks. */
  static PaginationGeneration generationOf(PageRequest page, PaginationGeneration gateway) {
    if (page.cursor() != null) {
      return PaginationGeneration.CURSOR;
    }
    if (page.pageNumber() != null) {
      return PaginationGeneration.PAGE_NUMBER;
    }
    return gateway;
  }

  static void add(Map<String, String> params, PaginationGeneration generation, PageRequest page) {
    String size = Integer.toString(page.size());
    if (generation == PaginationGeneration.CURSOR) {
      params.put("limit", size);
      if (page.cursor() != null) {
        params.put("nextCursor", page.cursor());
      }
    } else {
      params.put("pageNumber", Integer.toString(page.pageNumber() == null ? 1 : page.pageNumber()));
      params.put("pageSize", size);
    }
  }

  /** Whether a 400 names a parameter of page-number paging: the gateway speaks cursors. */
  static boolean refusesPageNumbers(LaterApiException e) {
    if (e.status() != 400 || e instanceof RetryBudgetExhaustedException) {
      return false;
    }
    String text = e.title() + " " + e.detail() + " " + e.problemArrays();
    return text.matches("(?s).*\\b(pageNumber|pageSize)\\b.*");
  }
}
