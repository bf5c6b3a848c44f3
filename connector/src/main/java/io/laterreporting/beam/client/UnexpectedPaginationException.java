package io.laterreporting.beam.client;

/**
 * A gateway answered with pagination this client cannot follow exactly: an envelope it does not
 * understand, a cursor it already followed, a page number that does not advance, more pages than
 * the API allows. Not retried: the same request would get the same answer. The message names the
 * route, the query and what was odd.
 */
public final class UnexpectedPaginationException extends LaterApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedPaginationException(ApiRoute route, String query, String oddity) {
    super(route, 0, null, null, oddity, query, "Unexpected pagination", null);
  }
}
