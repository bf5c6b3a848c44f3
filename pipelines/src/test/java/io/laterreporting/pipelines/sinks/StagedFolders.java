package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Staging folders as runs leave them, for the tests of what the next run does with them. */
public final class StagedFolders {
  private StagedFolders() {}

  /**
   * {@code <staging>/<runId>/} as FileIO leaves it (a staged file in a partition folder, its empty
   * temporary folder), with everything in it last changed at {@code at}; returns the staged file.
   */
  public static Path plant(Path staging, String runId, Instant at) throws IOException {
    Path run = staging.resolve(runId);
    Path partition = run.resolve("periodStart=2025-03-01/instanceId=instance_x");
    Files.createDirectories(partition);
    Files.createDirectories(run.resolve(".temp-beam"));
    Path file = Files.writeString(partition.resolve("data-00000-of-00001.parquet"), "staged");
    try (Stream<Path> tree = Files.walk(run)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.setLastModifiedTime(path, FileTime.from(at));
      }
    }
    return file;
  }

  /** The names in a folder, sorted. */
  public static List<String> names(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .map(child -> child.getFileName().toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
