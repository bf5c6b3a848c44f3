package io.laterreporting.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Cuts one page out of ordered items and wraps it in the generation's envelope. */
final class Paginator {
  /** How {@code data} holds the page's items: a JSON array, or the instances route's object. */
  enum DataShape {
    ARRAY("[", "]"),
    INSTANCE_IDS("{\"instanceIds\":[", "]}");

    private final byte[] open;
    private final byte[] close;

    DataShape(String open, String close) {
      this.open = open.getBytes(StandardCharsets.UTF_8);
      this.close = close.getBytes(StandardCharsets.UTF_8);
    }
  }

  private final PagingRules rules;

  Paginator(PagingRules rules) {
    this.rules = rules;
  }

  /** {@code order} maps positions to item indexes (null: items are already in order). */
  byte[] page(PageRequest request, OrderedItems items, int[] order, DataShape shape) {
    int total = items.size();
    int from = Math.min(request.offset, total);
    int to = Math.min(total, from + request.size);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + (to - from) * 1200);
    out.writeBytes(ascii("{\"data\":"));
    out.writeBytes(shape.open);
    for (int position = from; position < to; position++) {
      if (position > from) {
        out.write(',');
      }
      out.writeBytes(items.item(order == null ? position : order[position]));
    }
    out.writeBytes(shape.close);
    out.writeBytes(
        ascii(
            rules.generation == Pagination.PAGE_NUMBER
                ? ",\"pagination\":" + pagination(request, total) + "}"
                : ",\"nextCursor\":" + nextCursor(request, to, total) + "}"));
    return out.toByteArray();
  }

  private String pagination(PageRequest request, int total) {
    StringBuilder text = new StringBuilder("{");
    if (rules.pageNumberQuirk != PageNumberQuirk.PAGE_OMITTED) {
      text.append("\"page\":").append(request.pageNumber).append(',');
    }
    text.append("\"pageSize\":").append(request.size);
    if (rules.totals) {
      int totalPages = (total + request.size - 1) / request.size;
      text.append(",\"totalPages\":").append(totalPages).append(",\"totalItems\":").append(total);
    }
    return text.append('}').toString();
  }

  private String nextCursor(PageRequest request, int to, int total) {
    if (to >= total) {
      return "null";
    }
    // A repeating gateway hands back the cursor it was given instead of the next one.
    return "\""
        + (rules.repeatingCursor && request.cursor != null
            ? request.cursor
            : CursorCodec.encode(request.fingerprint, to))
        + "\"";
  }

  /** An answer that is one object, not a page: generation B still says there is no next page. */
  byte[] single(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 + data.length);
    out.writeBytes(ascii("{\"data\":"));
    out.writeBytes(data);
    out.writeBytes(ascii(rules.generation == Pagination.CURSOR ? ",\"nextCursor\":null}" : "}"));
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
