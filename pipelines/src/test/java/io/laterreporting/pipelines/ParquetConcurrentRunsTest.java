package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.pipelines.sinks.OutputManifest;
import io.laterreporting.pipelines.sinks.StagedFolders;
import io.laterreporting.pipelines.sinks.StagingSweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Runs that overlap in time on one output, and a run that dies while replacing partitions: no row
 * is ever doubled, no partition is ever left empty, and the next run repairs what a dead one left.
 */
@RunWith(JUnit4.class)
public class ParquetConcurrentRunsTest {
  private static final String[] RANGE = ParquetExports.MARCH_AND_APRIL;

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final ParquetExports exports = new ParquetExports();

  private ReportingApiEmulator emulator(int campaignsPerInstance) {
    return exports.start(ParquetExports.threeInstances(campaignsPerInstance));
  }

  private static List<Map<String, Object>> oracle(ReportingApiEmulator emulator) throws Exception {
    return ParquetExports.marchAndApril(emulator);
  }

  /** Rows by partition, {@code periodStart/instanceId}, each partition's rows as a sorted list. */
  private static Map<String, List<String>> byPartition(List<Map<String, Object>> rows) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                row -> row.get("periodStart") + "/" + row.get("instanceId"),
                TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.mapping(Object::toString, Collectors.toList()),
                    list -> list.stream().sorted().collect(Collectors.toList()))));
  }

  @Test
  public void givenTwoExportsRacingOnOneOutput_thenItHoldsOneRunsRowsWithNoneDoubled()
      throws Exception {
    // Same instances, other campaigns: each run's output is recognisable.
    ReportingApiEmulator first = emulator(4);
    ReportingApiEmulator second = emulator(3);
    Map<String, List<String>> firstRows = byPartition(oracle(first));
    Map<String, List<String>> secondRows = byPartition(oracle(second));
    for (int round = 0; round < 3; round++) {
      Path output = folder.getRoot().toPath().resolve("race-" + round);
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<Integer> a =
          CompletableFuture.supplyAsync(
              () -> awaitThen(start, () -> exports.export(first, output, RANGE)));
      CompletableFuture<Integer> b =
          CompletableFuture.supplyAsync(
              () -> awaitThen(start, () -> exports.export(second, output, RANGE)));

      assertEquals(exports.err(), 0, (int) a.get());
      assertEquals(exports.err(), 0, (int) b.get());
      List<Map<String, Object>> rows = ExportedRows.readParquet(output);
      // Replacements take turns under the lease: the later one replaces every partition.
      assertThat(
          "round " + round, byPartition(rows), anyOf(equalTo(firstRows), equalTo(secondRows)));
      assertEquals("no row twice", rows.size(), rows.stream().distinct().count());
      assertFalse(Files.exists(output.resolve("_lease.json")));
    }
  }

  private static int awaitThen(CyclicBarrier barrier, java.util.function.IntSupplier run) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return run.getAsInt();
  }

  @Test
  public void givenARunThatDiesBetweenPartitions_thenEachPartitionIsOldOrNewAndTheNextRunRepairsIt()
      throws Exception {
    Path output = folder.getRoot().toPath().resolve("out");
    ReportingApiEmulator before = emulator(4);
    assertEquals(exports.err(), 0, exports.export(before, output, RANGE));
    ReportingApiEmulator after = emulator(3);
    Map<String, List<String>> oldRows = byPartition(oracle(before));
    Map<String, List<String>> newRows = byPartition(oracle(after));
    // Partitions are replaced in order: March's instances, then April's. April's first cannot
    // take its new file (a non-empty folder holds its name): the run fails there, as if killed.
    String first = after.dataset().instanceIds().stream().sorted().findFirst().get();
    String blocked = "2025-04-01/" + first;
    Path blocker = output.resolve("periodStart=2025-04-01/instanceId=" + first + "/data.parquet");
    Files.delete(blocker);
    Files.createDirectories(blocker.resolve("in-the-way"));

    int failed = exports.export(after, output, RANGE);

    assertEquals(1, failed);
    assertThat(exports.err(), containsString("Export failed"));
    Map<String, List<String>> partitions = byPartition(ExportedRows.readParquet(output));
    boolean changedOne = false;
    for (String partition : oldRows.keySet()) {
      if (!partition.equals(blocked)) {
        boolean replaced = partition.compareTo(blocked) < 0;
        assertEquals(
            partition + (replaced ? " new" : " old"),
            (replaced ? newRows : oldRows).get(partition),
            partitions.get(partition));
        changedOne |= replaced && !oldRows.get(partition).equals(newRows.get(partition));
      }
    }
    assertTrue("the test needs a replaced partition whose rows changed", changedOne);
    assertFalse("the lease is released", Files.exists(output.resolve("_lease.json")));

    Files.delete(blocker.resolve("in-the-way"));
    Files.delete(blocker);
    int exitCode = exports.export(after, output, RANGE);

    assertEquals(exports.err(), 0, exitCode);
    assertEquals(newRows, byPartition(ExportedRows.readParquet(output)));
  }

  @Test
  public void givenAFirstRunThatDiesBetweenPartitions_thenItLeftItsManifestAndTheNextRunRepairs()
      throws Exception {
    Path output = folder.getRoot().toPath().resolve("out");
    ReportingApiEmulator emulator = emulator(3);
    String first = emulator.dataset().instanceIds().stream().sorted().findFirst().get();
    // April's first partition cannot take its file: the first run fails there, as if killed.
    Path blocker = output.resolve("periodStart=2025-04-01/instanceId=" + first + "/data.parquet");
    Files.createDirectories(blocker.resolve("in-the-way"));

    assertEquals(exports.err(), 1, exports.export(emulator, output, RANGE));
    assertTrue(
        "the manifest is written before the first partition is replaced",
        Files.exists(output.resolve(OutputManifest.FILE_NAME)));

    Files.delete(blocker.resolve("in-the-way"));
    Files.delete(blocker);
    assertEquals(exports.err(), 0, exports.export(emulator, output, RANGE));
    assertEquals(byPartition(oracle(emulator)), byPartition(ExportedRows.readParquet(output)));
  }

  @Test
  public void givenStagingLeftByRunsThatAreNotLive_thenTheNextRunRemovesItAndKeepsALiveRunsOwn()
      throws Exception {
    Path output = folder.getRoot().toPath().resolve("out");
    Path staging = output.resolve("_staging");
    Instant now = Instant.now();
    // Killed while it wrote, long ago; killed while it replaced (its lease expired, its files are
    // recent); and a run that wrote a while ago and may still be waiting to replace: live.
    StagedFolders.plant(
        staging, "20250101T060000Z-0dea", now.minus(StagingSweep.STALE_AFTER).minusSeconds(60));
    StagedFolders.plant(staging, "20250301T060000Z-0ffe", now);
    StagedFolders.plant(
        staging, "20250301T060500Z-11fe", now.minus(StagingSweep.STALE_AFTER).plusSeconds(600));
    Files.writeString(
        output.resolve("_lease.json"),
        "{\"runId\":\"20250301T060000Z-0ffe\",\"expiresAt\":\"2025-03-01T06:02:00Z\"}");
    ReportingApiEmulator emulator = emulator(3);

    int exitCode = exports.export(emulator, output, RANGE);

    assertEquals(exports.err(), 0, exitCode);
    assertEquals(List.of("20250301T060500Z-11fe"), StagedFolders.names(staging));
    assertEquals(byPartition(oracle(emulator)), byPartition(ExportedRows.readParquet(output)));
    assertFalse(Files.exists(output.resolve("_lease.json")));
  }
}
