package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.StringSet;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the run's partitions with its staged files, once every file is written, under the
 * output's {@link OutputLease}: re-checks the manifest (a concurrent first run may have written
 * another layout), decides the {@link ReplacementPlan} and refuses a suspiciously empty read before
 * touching anything, then renames each staged file over its partition's {@code data.parquet} (or
 * deletes the file of a partition the run read no rows for), and records the manifest. Each rename
 * or delete is atomic per partition, so a run that dies here leaves every partition old or new;
 * every step skips what it already did, so a retried bundle, or the next run, completes the work.
 */
final class SwapPartitionsFn extends DoFn<byte[], Void> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(SwapPartitionsFn.class);

  private final PartitionLayout layout;
  private final OutputScope scope;
  private final PCollectionView<Map<String, Iterable<String>>> stagedFiles;
  private final Counter replaced =
      Metrics.counter(SinkMetrics.NAMESPACE, SinkMetrics.PARTITIONS_REPLACED);
  private final Counter emptied =
      Metrics.counter(SinkMetrics.NAMESPACE, SinkMetrics.PARTITIONS_EMPTIED);
  private final StringSet kept =
      Metrics.stringSet(SinkMetrics.NAMESPACE, SinkMetrics.INSTANCES_KEPT);

  SwapPartitionsFn(
      PartitionLayout layout,
      OutputScope scope,
      PCollectionView<Map<String, Iterable<String>>> stagedFiles) {
    this.layout = layout;
    this.scope = scope;
    this.stagedFiles = stagedFiles;
  }

  @ProcessElement
  public void process(ProcessContext context, PipelineOptions options)
      throws IOException, InterruptedException {
    Map<String, ResourceId> staged = new TreeMap<>();
    Map<String, Set<String>> withRows = new TreeMap<>();
    for (Map.Entry<String, Iterable<String>> written : context.sideInput(stagedFiles).entrySet()) {
      List<String> files = new ArrayList<>();
      written.getValue().forEach(files::add);
      if (files.size() != 1) {
        throw new IllegalStateException(
            "expected one staged file for partition " + written.getKey() + ", found " + files);
      }
      staged.put(written.getKey(), FileSystems.matchNewResource(files.get(0), false));
      withRows
          .computeIfAbsent(PartitionLayout.dayOf(written.getKey()), d -> new TreeSet<>())
          .add(PartitionLayout.instanceOf(written.getKey()));
    }
    LeaseStore store = LeaseStore.of(layout.leaseFile(), options);
    try (OutputLease lease =
        OutputLease.acquire(
            store, layout.runId(), Clock.systemUTC(), d -> Thread.sleep(d.toMillis()))) {
      // Again under the lease: a run that started at the same time may have written here since.
      layout.checkFits(scope);
      Map<String, Object> manifest = OutputManifest.read(layout.root()).orElse(null);
      ReplacementPlan plan = new ReplacementPlan(scope, withRows, held());
      try {
        plan.refuseSuspiciousEmptiness();
      } catch (ReplacementPlan.EmptyReadException refused) {
        FileSystems.delete(staged.values(), StandardMoveOptions.IGNORE_MISSING_FILES);
        removeEmptyFolders(staged.keySet());
        throw refused;
      }
      Set<String> instancesHeld = new TreeSet<>(plan.instances());
      if (manifest != null) {
        instancesHeld.addAll(OutputManifest.instances(manifest));
      }
      // The manifest first: a run killed between partitions leaves files that carry it, so the
      // next run repairs them rather than taking them for another writer's.
      OutputManifest.write(layout.root(), scope, instancesHeld, layout.runId());
      for (String[] partition : plan.partitions()) {
        String folder = PartitionLayout.partition(partition[0], partition[1]);
        ResourceId file = staged.remove(folder);
        ResourceId live = layout.liveFile(folder);
        if (file != null) {
          FileSystems.rename(
              List.of(file), List.of(live), StandardMoveOptions.IGNORE_MISSING_FILES);
          replaced.inc();
        } else {
          FileSystems.delete(List.of(live), StandardMoveOptions.IGNORE_MISSING_FILES);
          removeFolders(layout.liveFolders(folder));
          emptied.inc();
        }
        lease.renewIfDue();
      }
      // Rows whose period starts outside the planned periods (none, with calendar windows) still
      // replace their partitions rather than being lost.
      for (Map.Entry<String, ResourceId> other : staged.entrySet()) {
        FileSystems.rename(
            List.of(other.getValue()),
            List.of(layout.liveFile(other.getKey())),
            StandardMoveOptions.IGNORE_MISSING_FILES);
        replaced.inc();
      }
      OutputManifest.write(layout.root(), scope, instancesHeld, layout.runId());
      plan.instancesKept().forEach(kept::add);
      if (!plan.instancesKept().isEmpty()) {
        LOG.warn(
            "Kept the rows of instances {} in {}: this run read no row of them (no longer listed by"
                + " the API, or empty)",
            plan.instancesKept(),
            scope.periods());
      }
      removeEmptyFolders(withRowsFolders(withRows));
      LOG.info("Replaced {} partitions under {}", plan.partitions().size(), layout.root());
      sweepStaging(lease.expiredHolders());
    }
  }

  /**
   * Removes what runs that are not live left in {@code _staging/} ({@link StagingSweep}), saying so
   * in one line. The replacement is done: a failure here is reported, not fatal.
   */
  private void sweepStaging(Set<String> deadRuns) {
    try {
      List<String> removed = new StagingSweep(layout, Clock.systemUTC()).removeNotLive(deadRuns);
      if (!removed.isEmpty()) {
        LOG.info(
            "Removed the staging folders of {} runs that are not live under {}: {}",
            removed.size(),
            layout.stagingParent(),
            String.join(", ", removed));
      }
    } catch (IOException e) {
      LOG.warn("Left the staging folders of other runs in place: {}", e.toString());
    }
  }

  /** The partitions of the run's periods the output holds: day to instances. */
  private Map<String, Set<String>> held() throws IOException {
    Map<String, Set<String>> held = new HashMap<>();
    for (String day : scope.periodStarts()) {
      MatchResult match = FileSystems.match(layout.liveFilesOf(day), EmptyMatchTreatment.ALLOW);
      for (MatchResult.Metadata file : match.metadata()) {
        String partition = PartitionLayout.partitionOf(file.resourceId().toString());
        held.computeIfAbsent(day, d -> new TreeSet<>()).add(PartitionLayout.instanceOf(partition));
      }
    }
    return held;
  }

  private static List<String> withRowsFolders(Map<String, Set<String>> withRows) {
    List<String> folders = new ArrayList<>();
    withRows.forEach(
        (day, instances) -> instances.forEach(i -> folders.add(PartitionLayout.partition(day, i))));
    return folders;
  }

  /**
   * Local file systems keep the emptied staging folders; object stores have no folders, and
   * deleting one that is absent is a no-op. A folder that is not empty (another run's) is left
   * alone.
   */
  private void removeEmptyFolders(Iterable<String> partitions) {
    removeFolders(layout.runFoldersInnermostFirst(partitions));
  }

  private static void removeFolders(List<ResourceId> innermostFirst) {
    for (ResourceId folder : innermostFirst) {
      try {
        FileSystems.delete(List.of(folder), StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException notEmptyOrNoFolders) {
        LOG.debug("Left {} in place: {}", folder, notEmptyOrNoFolders.toString());
      }
    }
  }
}
