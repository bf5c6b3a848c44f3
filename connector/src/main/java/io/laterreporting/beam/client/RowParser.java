package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Reads one row of a report route into its record. */
interface RowParser<R> {
  /**
   * Parses the row the parser is on (its START_OBJECT) up to its END_OBJECT; {@code index} is its
   * position in the page, for messages.
   */
  R parse(JsonParser p, PerformanceQuery query, int index) throws IOException;
}
