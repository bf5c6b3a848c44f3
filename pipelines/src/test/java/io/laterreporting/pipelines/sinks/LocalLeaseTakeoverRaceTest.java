package io.laterreporting.pipelines.sinks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Runs that find the same expired lease on a local disk and take it over at the same instant:
 * exactly one of them holds it, in every round. Each run has its own {@link LocalLeaseStore} on the
 * one file, as separate runs would.
 */
@RunWith(JUnit4.class)
public class LocalLeaseTakeoverRaceTest {
  private static final int RUNS = 4;
  private static final int ROUNDS = 300;

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final Timeout timeout = Timeout.seconds(120);

  private final SettableClock clock = new SettableClock(Instant.parse("2025-05-01T00:00:00Z"));
  private final ExecutorService runs = Executors.newFixedThreadPool(RUNS);

  /** Thrown by a run that would wait for the lease: another live run holds it. */
  private static final class WouldWait extends IOException {
    private static final long serialVersionUID = 1L;
  }

  @After
  public void stopRuns() {
    runs.shutdownNow();
  }

  @Test
  public void givenRunsTakingOverOneExpiredLeaseAtOnce_thenExactlyOneHoldsItInEveryRound()
      throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Path lease = folder.newFolder("round-" + round).toPath().resolve(OutputLease.FILE_NAME);
      Files.writeString(lease, "{\"runId\":\"dead-run\",\"expiresAt\":\"2025-04-30T23:58:00Z\"}");
      CyclicBarrier together = new CyclicBarrier(RUNS);
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        String runId = "run-" + round + "-" + run;
        outcomes.add(runs.submit(() -> takesOver(new LocalLeaseStore(lease), runId, together)));
      }
      int holders = 0;
      for (Future<Boolean> outcome : outcomes) {
        holders += outcome.get() ? 1 : 0;
      }

      assertEquals("round " + round + ": runs holding the lease", 1, holders);
      assertTrue(Files.readString(lease).contains("\"runId\":\"run-" + round + "-"));
    }
  }

  /** Whether the run took the lease; false when it found it held by another live run. */
  private boolean takesOver(LeaseStore store, String runId, CyclicBarrier together)
      throws Exception {
    together.await();
    try {
      OutputLease.acquire(
          store,
          runId,
          clock,
          pause -> {
            throw new WouldWait();
          });
      return true;
    } catch (WouldWait held) {
      return false;
    }
  }
}
