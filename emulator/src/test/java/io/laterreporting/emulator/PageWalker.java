package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a list route in either generation, checking the envelope on the way. */
final class PageWalker {
  /** The rows of all pages, in order, and how many requests it took. */
  record Walk(List<JsonNode> rows, int pages) {}

  private PageWalker() {}

  static Walk readAll(ApiClient client, Pagination generation, String pathAndQuery, int pageSize) {
    return readAll(client::getJson, generation, pathAndQuery, pageSize);
  }

  /** {@code get} answers a path and query with the parsed body of a 200. */
  static Walk readAll(
      Function<String, JsonNode> get, Pagination generation, String pathAndQuery, int pageSize) {
    List<JsonNode> rows = new ArrayList<>();
    int pages = 0;
    if (generation == Pagination.PAGE_NUMBER) {
      int totalPages;
      do {
        pages++;
        JsonNode body = get.apply(pathAndQuery + "&pageSize=" + pageSize + "&pageNumber=" + pages);
        assertEquals(List.of("data", "pagination"), ExpectedRows.fieldNames(body));
        totalPages = body.get("pagination").get("totalPages").asInt();
        assertTrue(
            "a page before the last is full",
            pages >= totalPages || body.get("data").size() == pageSize);
        body.get("data").forEach(rows::add);
      } while (pages < totalPages);
      return new Walk(rows, pages);
    }
    String cursor = null;
    do {
      pages++;
      JsonNode body =
          get.apply(
              pathAndQuery
                  + "&limit="
                  + pageSize
                  + (cursor == null
                      ? ""
                      : "&nextCursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      assertEquals(List.of("data", "nextCursor"), ExpectedRows.fieldNames(body));
      body.get("data").forEach(rows::add);
      cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
      assertTrue(
          "a page before the last is full", cursor == null || rows.size() == pages * pageSize);
    } while (cursor != null);
    return new Walk(rows, pages);
  }
}
