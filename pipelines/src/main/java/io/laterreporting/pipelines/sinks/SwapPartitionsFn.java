package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces each covered partition with the run's staged files: the partition's current files move
 * to the run's trash, the staged files move in, the trash is deleted. Readers never see old and new
 * rows together. Each step skips what it already did (files of this run are recognised by name,
 * missing sources are ignored), so a retried bundle finishes the swap; a run that dies mid-swap
 * leaves the replaced files in {@code _trash/<runId>/} and the rest in {@code _staging/<runId>/},
 * and re-running the same range repairs the partitions.
 */
final class SwapPartitionsFn extends DoFn<byte[], Void> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(SwapPartitionsFn.class);

  private final PartitionLayout layout;
  private final List<String> coveredDays;
  private final PCollectionView<Map<String, Iterable<String>>> stagedFiles;

  SwapPartitionsFn(
      PartitionLayout layout,
      List<String> coveredDays,
      PCollectionView<Map<String, Iterable<String>>> stagedFiles) {
    this.layout = layout;
    this.coveredDays = coveredDays;
    this.stagedFiles = stagedFiles;
  }

  @ProcessElement
  public void process(ProcessContext context) throws IOException {
    Map<String, List<ResourceId>> stagedByDay = new TreeMap<>();
    for (String day : coveredDays) {
      stagedByDay.put(day, new ArrayList<>());
    }
    for (Map.Entry<String, Iterable<String>> written : context.sideInput(stagedFiles).entrySet()) {
      List<ResourceId> files = stagedByDay.computeIfAbsent(written.getKey(), d -> new ArrayList<>());
      for (String file : written.getValue()) {
        files.add(FileSystems.matchNewResource(file, false));
      }
    }
    for (Map.Entry<String, List<ResourceId>> partition : stagedByDay.entrySet()) {
      swap(partition.getKey(), partition.getValue());
    }
    removeEmptyFolders(stagedByDay.keySet());
    LOG.info("Replaced {} partitions under {}", stagedByDay.size(), layout.root());
  }

  private void swap(String day, List<ResourceId> staged) throws IOException {
    ResourceId live = layout.livePartition(day);
    ResourceId trash = layout.trashPartition(day);
    List<ResourceId> replaced = new ArrayList<>();
    MatchResult current =
        FileSystems.match(live.resolve("*", StandardResolveOptions.RESOLVE_FILE).toString(),
            EmptyMatchTreatment.ALLOW);
    for (MatchResult.Metadata file : current.metadata()) {
      if (!layout.isThisRunsFile(file.resourceId())) {
        replaced.add(file.resourceId());
      }
    }
    FileSystems.rename(replaced, inFolder(trash, replaced), StandardMoveOptions.IGNORE_MISSING_FILES);
    FileSystems.rename(staged, inFolder(live, staged), StandardMoveOptions.IGNORE_MISSING_FILES);
    FileSystems.delete(inFolder(trash, replaced), StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  private static List<ResourceId> inFolder(ResourceId folder, List<ResourceId> files) {
    List<ResourceId> moved = new ArrayList<>(files.size());
    for (ResourceId file : files) {
      moved.add(folder.resolve(file.getFilename(), StandardResolveOptions.RESOLVE_FILE));
    }
    return moved;
  }

  /**
   * Local file systems keep the emptied run folders; object stores have no folders, and deleting
   * one that is absent is a no-op. A folder that is not empty (another run's) is left alone.
   */
  private void removeEmptyFolders(Iterable<String> days) {
    for (ResourceId folder : layout.runFoldersInnermostFirst(days)) {
      try {
        FileSystems.delete(List.of(folder), StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException notEmptyOrNoFolders) {
        LOG.debug("Left {} in place: {}", folder, notEmptyOrNoFolders.toString());
      }
    }
  }
}
