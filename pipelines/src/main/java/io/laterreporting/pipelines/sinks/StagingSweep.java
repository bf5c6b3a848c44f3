package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Removes, under the output's lease, the {@code _staging/<runId>/} folders that runs which are no
 * longer live left behind (a run killed while it wrote or replaced). The lease alone does not tell
 * which runs are live: it names only the run replacing partitions now (this one), while other runs
 * may still be reading and writing their staged files in parallel, without the lease. So a folder
 * of another run is removed when that run is known dead, or when nothing in it changed for {@link
 * #STALE_AFTER}:
 *
 * <ul>
 *   <li><b>Known dead:</b> the holder of an expired lease this run took over. Had it been alive, it
 *       would have renewed the lease; if it resumes, its next renewal fails and it stops.
 *   <li><b>Stale:</b> a run writes its staged files only once its read is done (the write groups
 *       the rows by partition first), and then waits at most {@link OutputLease#MAX_WAIT} for the
 *       lease before it renames them into place. A folder whose newest file is older than {@link
 *       #STALE_AFTER}, a generous multiple of that, belongs to a run that died or gave up.
 * </ul>
 *
 * A local disk is swept with its folders (their times count as changes too); on an object store
 * there are only the objects under the prefix.
 */
public final class StagingSweep {
  /** How long a staging folder may go unchanged before its run is taken to be gone. */
  public static final Duration STALE_AFTER = Duration.ofHours(6);

  private final ResourceId staging;
  private final String ownRunId;
  private final Clock clock;
  private final boolean local;

  StagingSweep(PartitionLayout layout, Clock clock) {
    this(layout, clock, "file".equals(layout.stagingParent().getScheme()));
  }

  /**
   * @param local sweep folders on a local disk; false: objects only, as on Cloud Storage (tests
   *     sweep a local disk that way too)
   */
  StagingSweep(PartitionLayout layout, Clock clock, boolean local) {
    this.staging = layout.stagingParent();
    this.ownRunId = layout.runId();
    this.clock = clock;
    this.local = local;
  }

  /**
   * Removes the staging folders of runs that are not live.
   *
   * @param deadRuns runs known dead (holders of expired leases this run took over)
   * @return what was removed, {@code runId (why)}, for one log line; empty if nothing
   */
  List<String> removeNotLive(Set<String> deadRuns) throws IOException {
    Map<String, Instant> lastChanges = local ? localLastChanges() : objectLastChanges();
    Instant staleBefore = clock.instant().minus(STALE_AFTER);
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, Instant> run : lastChanges.entrySet()) {
      String runId = run.getKey();
      boolean dead = deadRuns.contains(runId);
      if (runId.equals(ownRunId) || !(dead || run.getValue().isBefore(staleBefore))) {
        continue;
      }
      if (local ? removeLocal(runId) : removeObjects(runId)) {
        removed.add(
            runId
                + (dead
                    ? " (its lease expired)"
                    : " (unchanged since " + run.getValue().truncatedTo(ChronoUnit.SECONDS) + ")"));
      }
    }
    if (local && !removed.isEmpty()) {
      try {
        Files.deleteIfExists(localRoot());
      } catch (DirectoryNotEmptyException othersLive) {
        // Another run's folder: it stays.
      }
    }
    return removed;
  }

  /**
   * Each run's folder on a local disk, and the newest time anything in it changed; now, for a
   * folder that changed while it was looked at (a live run's writer renamed or deleted a file).
   */
  private Map<String, Instant> localLastChanges() throws IOException {
    Path root = localRoot();
    Map<String, Instant> lastChanges = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return lastChanges;
    }
    List<Path> runs;
    try (Stream<Path> children = Files.list(root)) {
      runs = children.filter(Files::isDirectory).collect(Collectors.toList());
    }
    for (Path run : runs) {
      Instant newest;
      try (Stream<Path> tree = Files.walk(run)) {
        newest = tree.map(StagingSweep::modified).max(Comparator.naturalOrder()).get();
      } catch (UncheckedIOException | IOException changing) {
        newest = clock.instant();
      }
      lastChanges.put(run.getFileName().toString(), newest);
    }
    return lastChanges;
  }

  private Path localRoot() {
    return Paths.get(staging.toString());
  }

  private static Instant modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a run's folder, children first; false if a file appeared in it meanwhile. */
  private boolean removeLocal(String runId) throws IOException {
    Path run = localRoot().resolve(runId);
    List<Path> innermostFirst;
    try (Stream<Path> tree = Files.walk(run)) {
      innermostFirst = tree.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
    }
    try {
      for (Path path : innermostFirst) {
        Files.deleteIfExists(path);
      }
      return true;
    } catch (DirectoryNotEmptyException written) {
      return false;
    }
  }

  /** Each run's objects under {@code _staging/} (Cloud Storage), and the newest one's time. */
  private Map<String, Instant> objectLastChanges() throws IOException {
    Map<String, Instant> lastChanges = new TreeMap<>();
    for (MatchResult.Metadata object : objects("")) {
      // A store that reports no time (0) leaves the run live: never delete on a guess.
      long millis = object.lastModifiedMillis();
      Instant modified = millis > 0 ? Instant.ofEpochMilli(millis) : clock.instant();
      lastChanges.merge(runOf(object.resourceId()), modified, (a, b) -> a.isAfter(b) ? a : b);
    }
    return lastChanges;
  }

  private boolean removeObjects(String runId) throws IOException {
    List<ResourceId> objects = new ArrayList<>();
    for (MatchResult.Metadata object : objects(runId + "/")) {
      objects.add(object.resourceId());
    }
    FileSystems.delete(objects, StandardMoveOptions.IGNORE_MISSING_FILES);
    return true;
  }

  private List<MatchResult.Metadata> objects(String under) throws IOException {
    MatchResult match = FileSystems.match(staging + under + "**", EmptyMatchTreatment.ALLOW);
    return match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
  }

  /** The run id of an object under {@code _staging/}: the first folder below it. */
  private String runOf(ResourceId object) {
    String below = object.toString().substring(staging.toString().length());
    return below.substring(0, below.indexOf('/') < 0 ? below.length() : below.indexOf('/'));
  }
}
