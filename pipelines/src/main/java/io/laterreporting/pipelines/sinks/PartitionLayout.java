package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Where the Parquet export puts its files. Live data sits in Hive-style folders {@code
 * <output>/periodStart=YYYY-MM-DD/instanceId=<id>/data.parquet}, one file per partition, always
 * under that one name: replacing a partition is one rename over its file, which a local disk does
 * atomically and Cloud Storage does as one object overwrite, so a reader (or a run that dies) finds
 * the old file or the new one, never none and never both. A run first writes under {@code
 * <output>/_staging/<runId>/}; the output's {@code _manifest.json} and {@code _lease.json} sit at
 * its root. Names starting with {@code _} are skipped by Hive-style readers.
 */
public final class PartitionLayout implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String LIVE_FILE = "data.parquet";
  private static final String STAGING = "_staging";

  private final String output;
  private final String runId;

  public PartitionLayout(String output, String runId) {
    this.output = output;
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }

  public String output() {
    return output;
  }

  /** {@code periodStart=D/instanceId=X}: one partition's folder, relative to any root. */
  static String partition(String day, String instanceId) {
    return ExportReport.PERIOD_START
        + "="
        + day
        + "/"
        + ExportReport.INSTANCE_ID
        + "="
        + escape(instanceId);
  }

  /** The day of a {@link #partition} path. */
  static String dayOf(String partition) {
    return value(partition, ExportReport.PERIOD_START);
  }

  /** The instance of a {@link #partition} path. */
  static String instanceOf(String partition) {
    return unescape(value(partition, ExportReport.INSTANCE_ID));
  }

  private static String value(String path, String column) {
    for (String segment : path.split("/")) {
      if (segment.startsWith(column + "=")) {
        return segment.substring(column.length() + 1);
      }
    }
    throw new IllegalArgumentException(path + " has no " + column + "= folder");
  }

  ResourceId root() {
    return FileSystems.matchNewResource(output, true);
  }

  ResourceId liveFile(String partition) {
    return root()
        .resolve(partition, StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(LIVE_FILE, StandardResolveOptions.RESOLVE_FILE);
  }

  /** The glob of the live files of one period, every instance. */
  String liveFilesOf(String day) {
    return root()
        .resolve(
            ExportReport.PERIOD_START + "=" + day + "/" + ExportReport.INSTANCE_ID + "=*",
            StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(LIVE_FILE, StandardResolveOptions.RESOLVE_FILE)
        .toString();
  }

  /**
   * The glob of files in the folder layout of earlier versions, {@code periodStart=D/*.parquet}.
   */
  String earlierLayoutFiles() {
    return root()
        .resolve(ExportReport.PERIOD_START + "=*", StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve("*.parquet", StandardResolveOptions.RESOLVE_FILE)
        .toString();
  }

  /** Files of this layout ({@code periodStart=D/instanceId=X/*.parquet}), as a match pattern. */
  String partitionFiles() {
    return root()
        .resolve(ExportReport.PERIOD_START + "=*", StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve("instanceId=*", StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve("*.parquet", StandardResolveOptions.RESOLVE_FILE)
        .toString();
  }

  /**
   * Checks that a run of {@code scope} may write here, before it reads anything: its layout fits
   * the manifest's, or, without a manifest, the output holds no files of the earlier layout, and no
   * partition files either unless the run adopts the output ({@code --adoptTable}): this export
   * writes its manifest before it replaces its first partition, so partition files without one were
   * written by something else, whose rows the run's replacement would delete.
   *
   * @throws IllegalArgumentException naming the difference
   */
  public void checkFits(OutputScope scope) throws IOException {
    Optional<Map<String, Object>> manifest = OutputManifest.read(root());
    if (manifest.isPresent()) {
      scope.checkFits(manifest.get(), output);
      return;
    }
    MatchResult foreign = FileSystems.match(partitionFiles(), EmptyMatchTreatment.ALLOW);
    if (!scope.adoptTable()
        && foreign.status() == MatchResult.Status.OK
        && !foreign.metadata().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "output %s holds partition files (%s) but no %s, so this export did not write them,"
                  + " and replacing the run's periods %s would delete their rows: use another output,"
                  + " or pass --adoptTable=true if that replacement is intended",
              output,
              foreign.metadata().get(0).resourceId(),
              OutputManifest.FILE_NAME,
              scope.periods()));
    }
    MatchResult earlier = FileSystems.match(earlierLayoutFiles(), EmptyMatchTreatment.ALLOW);
    if (earlier.status() == MatchResult.Status.OK && !earlier.metadata().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "output %s holds Parquet files in periodStart=YYYY-MM-DD/ folders without instanceId"
                  + " (%s, the layout of earlier versions) and no %s: use another output, or move"
                  + " those files away",
              output, earlier.metadata().get(0).resourceId(), OutputManifest.FILE_NAME));
    }
  }

  ResourceId leaseFile() {
    return root().resolve(OutputLease.FILE_NAME, StandardResolveOptions.RESOLVE_FILE);
  }

  /** {@code <output>/_staging/}: every run's staging folder. */
  ResourceId stagingParent() {
    return root().resolve(STAGING, StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  /** {@code <output>/_staging/<runId>/}: this run's. */
  ResourceId stagingRoot() {
    return stagingParent().resolve(runId, StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  /** The partition ({@code periodStart=D/instanceId=X}) of a file's path. */
  static String partitionOf(String file) {
    int at = file.lastIndexOf(ExportReport.PERIOD_START + "=");
    int end = file.lastIndexOf('/');
    if (at < 0 || end < at) {
      throw new IllegalArgumentException(file + " is not in a partition folder");
    }
    return file.substring(at, end);
  }

  /** A live partition's folder and its period's folder, to remove once empty. */
  List<ResourceId> liveFolders(String partition) {
    return List.of(
        root().resolve(partition, StandardResolveOptions.RESOLVE_DIRECTORY),
        root()
            .resolve(
                ExportReport.PERIOD_START + "=" + dayOf(partition),
                StandardResolveOptions.RESOLVE_DIRECTORY));
  }

  /** The folders a finished run leaves behind on file systems that have folders, children first. */
  List<ResourceId> runFoldersInnermostFirst(Iterable<String> partitions) {
    List<ResourceId> folders = new ArrayList<>();
    for (String partition : partitions) {
      folders.add(stagingRoot().resolve(partition, StandardResolveOptions.RESOLVE_DIRECTORY));
      folders.add(
          stagingRoot()
              .resolve(
                  ExportReport.PERIOD_START + "=" + dayOf(partition),
                  StandardResolveOptions.RESOLVE_DIRECTORY));
    }
    // FileIO's default temporary folder under the folder it writes to; emptied by FileIO itself.
    folders.add(stagingRoot().resolve(".temp-beam", StandardResolveOptions.RESOLVE_DIRECTORY));
    folders.add(stagingRoot());
    folders.add(stagingParent());
    return folders;
  }

  /**
   * Hive's escaping of a partition value: characters other than letters, digits and {@code ._-}
   * become {@code %XX} (UTF-8), so an id can never add a folder level or an {@code =}.
   */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '-') {
        escaped.append(c);
      } else {
        escaped.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return escaped.toString();
  }

  static String unescape(String value) {
    // escape() leaves no '+' unescaped, so URL decoding is its exact inverse.
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
