package io.laterreporting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the results between markers in docs/BENCHMARKS.md, keeping the hand-written text around
 * them.
 */
final class Docs {
  static final String BEGIN = "<!-- results:begin (written by bench/run.sh) -->";
  static final String END = "<!-- results:end -->";

  private Docs() {}

  static String merge(Path file, String results) throws IOException {
    return merge(file, results, BEGIN, END);
  }

  /** The throughput scenarios (T) have their own markers, so each part can be re-run alone. */
  static String mergeThroughput(Path file, String results) throws IOException {
    return merge(
        file,
        results,
        "<!-- throughput:begin (written by bench/run.sh --scenarios=T) -->",
        "<!-- throughput:end -->");
  }

  private static String merge(Path file, String results, String BEGIN, String END)
      throws IOException {
    String block = BEGIN + "\n" + results + "\n" + END;
    if (!Files.exists(file)) {
      return "# Benchmarks\n\n" + block + "\n";
    }
    String text = Files.readString(file);
    int b = text.indexOf(BEGIN);
    int e = text.indexOf(END);
    if (b < 0 || e < b) {
      return text + "\n" + block + "\n";
    }
    return text.substring(0, b) + block + text.substring(e + END.length());
  }
}
