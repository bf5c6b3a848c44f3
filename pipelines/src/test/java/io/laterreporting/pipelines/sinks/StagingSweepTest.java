package io.laterreporting.pipelines.sinks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Which staging folders the run holding the lease removes: those of the holder of the expired lease
 * it took over and those unchanged for {@link StagingSweep#STALE_AFTER}; never its own, never one
 * that changed more recently. On a local disk with its folders; as on an object store, objects
 * only.
 */
@RunWith(JUnit4.class)
public class StagingSweepTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private final SettableClock clock = new SettableClock(Instant.parse("2025-05-01T12:00:00Z"));

  @Test
  public void givenFoldersOfDeadStaleAndLiveRuns_thenRemovesExactlyThoseOfRunsNotLive()
      throws Exception {
    for (boolean local : List.of(true, false)) {
      Path output = folder.newFolder("local-" + local).toPath();
      Path staging = output.resolve("_staging");
      Instant stale = clock.instant().minus(StagingSweep.STALE_AFTER);
      Path own = StagedFolders.plant(staging, "own", stale.minus(Duration.ofDays(1)));
      Path expired = StagedFolders.plant(staging, "expired", clock.instant());
      Path live = StagedFolders.plant(staging, "live", stale.plusSeconds(1));
      Path gone = StagedFolders.plant(staging, "gone", stale.minusSeconds(1));

      List<String> removed =
          new StagingSweep(new PartitionLayout(output.toString(), "own"), clock, local)
              .removeNotLive(Set.of("expired"));

      assertEquals(
          List.of("expired (its lease expired)", "gone (unchanged since 2025-05-01T05:59:59Z)"),
          removed);
      assertTrue(own.toFile().exists());
      assertTrue(live.toFile().exists());
      assertFalse(expired.toFile().exists());
      assertFalse(gone.toFile().exists());
      if (local) {
        assertEquals(List.of("live", "own"), StagedFolders.names(staging));
      }
    }
  }
}
