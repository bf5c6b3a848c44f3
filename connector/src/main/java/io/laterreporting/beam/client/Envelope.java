package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The envelope every list route answers with: {@code {"data": ..., "pagination": {...}}}
 * (page-number generation) or {@code {"data": ..., "nextCursor": ...}} (cursor generation), members
 * in any order. The body is parsed whole (Jackson's streaming {@link JsonParser}: no tree, no data
 * binding) before anything is returned, so a cut body fails with an {@link java.io.IOException}
 * (retried by the client) rather than yielding a partial page. What {@code data} holds is parsed by
 * the route's own {@link DataHandler}.
 */
final class Envelope {
  private Envelope() {}

  /** Consumes the value of {@code data} (the parser is on its first token). */
  interface DataHandler {
    void onData(JsonParser p) throws IOException;
  }

  /** Walks {@code {"data": ..., "pagination": {...} | "nextCursor": ...}} in any member order. */
  static PageInfo parse(byte[] body, PageRequest request, DataHandler data) throws IOException {
    try (JsonParser p = JsonValues.JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedResponseException("the body is not a JSON object");
      }
      boolean sawData = false;
      boolean sawCursor = false;
      String cursor = null;
      Integer page = null;
      Integer pageSize = null;
      Integer totalPages = null;
      Long totalItems = null;
      boolean sawPagination = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "data":
            sawData = true;
            data.onData(p);
            break;
          case "nextCursor":
            sawCursor = true;
            cursor = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
            if (cursor != null && cursor.isEmpty()) {
              cursor = null;
            }
            break;
          case "pagination":
            if (t == JsonToken.START_OBJECT) {
              sawPagination = true;
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                  case "page":
                  case "pageNumber":
                    page = intOrNull(p, v);
                    break;
                  case "pageSize":
                    pageSize = intOrNull(p, v);
                    break;
                  case "totalPages":
                    totalPages = intOrNull(p, v);
                    break;
                  case "totalItems":
                    totalItems = v.isNumeric() ? p.getValueAsLong() : null;
                    break;
                  case "nextCursor":
                    sawCursor = true;
                    cursor = v == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    break;
                  default:
                    p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
            break;
          default:
            p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new MalformedResponseException("the envelope is not a JSON object");
      }
      if (p.nextToken() != null) {
        throw new MalformedResponseException("trailing content after the JSON envelope");
      }
      if (!sawData) {
        throw new MalformedResponseException("the envelope has no 'data' member");
      }
      if (sawPagination && (totalPages != null || !sawCursor)) {
        return PageInfo.of(
            PaginationGeneration.PAGE_NUMBER, page, pageSize, totalPages, totalItems, null);
      }
      if (sawCursor) {
        return PageInfo.cursor(cursor);
      }
      // Neither: not understood; a page walk refuses it rather than take it as the last page.
      return PageInfo.of(PaginationGeneration.NONE, null, null, null, null, null);
    }
  }

  private static @Nullable Integer intOrNull(JsonParser p, JsonToken t) throws IOException {
    return t.isNumeric() || t == JsonToken.VALUE_STRING ? Integer.valueOf(p.getValueAsInt()) : null;
  }
}
