package io.laterreporting.emulator;

/** A {@code /v2/} route: answers an authenticated request's query parameters. */
interface DataEndpoint {
  Response handle(QueryParameters params);
}
