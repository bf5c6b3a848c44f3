package io.laterreporting.pipelines.sinks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Where one run of the Parquet export puts its files. Live data sits in Hive-style folders {@code
 * <output>/periodStart=YYYY-MM-DD/}; a run first writes under {@code <output>/_staging/<runId>/} and
 * parks replaced files under {@code <output>/_trash/<runId>/}. Both live under the output so that
 * moving a file is a rename on the same file system (or bucket), and both start with {@code _}, which
 * Hive-style readers skip. Every file a run writes carries the run id in its name, so that a retried
 * swap can tell this run's files from the ones it replaces.
 */
public final class PartitionLayout implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PARTITION_KEY = "periodStart";
  private static final String STAGING = "_staging";
  private static final String TRASH = "_trash";

  private final String output;
  private final String runId;

  public PartitionLayout(String output, String runId) {
    this.output = output;
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }

  /** {@code periodStart=YYYY-MM-DD}: the folder of one partition, relative to any root. */
  static String folderName(String day) {
    return PARTITION_KEY + "=" + day;
  }

  /** The name prefix of this run's files, before FileIO's shard suffix. */
  String filePrefix() {
    return "part-" + runId;
  }

  boolean isThisRunsFile(ResourceId file) {
    return file.getFilename() != null && file.getFilename().startsWith(filePrefix());
  }

  ResourceId root() {
    return FileSystems.matchNewResource(output, true);
  }

  ResourceId livePartition(String day) {
    return root().resolve(folderName(day), StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  ResourceId stagingRoot() {
    return runFolder(STAGING);
  }

  ResourceId trashPartition(String day) {
    return runFolder(TRASH).resolve(folderName(day), StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  /** The folders a finished run leaves behind on file systems that have folders, children first. */
  List<ResourceId> runFoldersInnermostFirst(Iterable<String> days) {
    List<ResourceId> folders = new ArrayList<>();
    for (String day : days) {
      folders.add(stagingRoot().resolve(folderName(day), StandardResolveOptions.RESOLVE_DIRECTORY));
      folders.add(trashPartition(day));
    }
    // FileIO's default temporary folder under the folder it writes to; emptied by FileIO itself.
    folders.add(stagingRoot().resolve(".temp-beam", StandardResolveOptions.RESOLVE_DIRECTORY));
    for (String kind : List.of(STAGING, TRASH)) {
      folders.add(runFolder(kind));
      folders.add(root().resolve(kind, StandardResolveOptions.RESOLVE_DIRECTORY));
    }
    return folders;
  }

  private ResourceId runFolder(String kind) {
    return root()
        .resolve(kind, StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(runId, StandardResolveOptions.RESOLVE_DIRECTORY);
  }
}
