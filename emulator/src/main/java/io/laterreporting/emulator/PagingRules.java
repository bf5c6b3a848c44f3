package io.laterreporting.emulator;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the emulated gateway treats the query parameters of every paginated route and what its
 * envelopes say: the generation, and the gateway behaviours a client must survive (strict parameter
 * validation, cursors bound to every parameter, no totals, a repeating cursor, a page number that
 * is missing or does not advance). Endpoints name only their own parameters; the paging ones come
 * from here.
 */
final class PagingRules {
  static final Set<String> PAGE_NUMBER_PARAMETERS = Set.of("pageNumber", "pageSize");
  static final Set<String> CURSOR_PARAMETERS = Set.of("limit", "nextCursor");

  final Pagination generation;
  final boolean strictParameters;
  final boolean cursorBoundToAllParameters;
  final boolean totals;
  final boolean repeatingCursor;
  final PageNumberQuirk pageNumberQuirk;

  PagingRules(
      Pagination generation,
      boolean strictParameters,
      boolean cursorBoundToAllParameters,
      boolean totals,
      boolean repeatingCursor,
      PageNumberQuirk pageNumberQuirk) {
    this.generation = generation;
    this.strictParameters = strictParameters;
    this.cursorBoundToAllParameters = cursorBoundToAllParameters;
    this.totals = totals;
    this.repeatingCursor = repeatingCursor;
    this.pageNumberQuirk = pageNumberQuirk;
  }

  /** The documented generation with none of the quirks. */
  static PagingRules standard(Pagination generation) {
    return new PagingRules(generation, false, false, true, false, PageNumberQuirk.NONE);
  }

  Set<String> pagingParameters() {
    return generation == Pagination.PAGE_NUMBER ? PAGE_NUMBER_PARAMETERS : CURSOR_PARAMETERS;
  }

  /** Strict validation: a parameter the route does not document in this generation is a 400. */
  void checkKnown(Route route, Set<String> routeParameters, QueryParameters params) {
    if (!strictParameters) {
      return;
    }
    Set<String> allowed = new TreeSet<>(routeParameters);
    allowed.addAll(pagingParameters());
    for (String name : params.names()) {
      if (!allowed.contains(name)) {
        throw ApiProblem.validation(
            "Unknown query parameter '"
                + name
                + "' for "
                + route.path()
                + "; allowed: "
                + String.join(", ", allowed)
                + ".");
      }
    }
  }

  /**
   * What a cursor is bound to. Documented rule: every parameter but {@code nextCursor}; the lenient
   * default binds only the route's own parameters and {@code limit}.
   */
  long fingerprint(Route route, Set<String> routeParameters, QueryParameters params) {
    Set<String> bound = new LinkedHashSet<>();
    if (cursorBoundToAllParameters) {
      bound.addAll(params.names());
      bound.remove("nextCursor");
    } else {
      bound.addAll(routeParameters);
      bound.add("limit");
    }
    return Hashing.hashString(route.path() + "?" + params.canonical(bound));
  }
}
