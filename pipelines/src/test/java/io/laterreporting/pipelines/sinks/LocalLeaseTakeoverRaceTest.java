package io.laterreporting.pipelines.sinks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Runs that find the same expired lease on a local disk and take it over at the same instant:
 * exactly one of them holds it, in every round. Each run has its own {@link LocalLeaseStore} on the
 * one file, as separate runs would: threads of one JVM, and threads of two processes (this class's
 * {@link #main} is the other process), which only the operating system's lock separates. Rounds
 * start together on a barrier (threads) or on a file appearing (processes): no sleeps.
 */
@RunWith(JUnit4.class)
public class LocalLeaseTakeoverRaceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String EXPIRED =
      "{\"runId\":\"dead-run\",\"expiresAt\":\"2025-04-30T23:58:00Z\"}";

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final Timeout timeout = Timeout.seconds(120);

  /** Thrown by a run that would wait for the lease: another live run holds it. */
  private static final class WouldWait extends IOException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  public void givenRunsTakingOverOneExpiredLeaseAtOnce_thenExactlyOneHoldsItInEveryRound()
      throws Exception {
    for (int round = 0; round < 300; round++) {
      Path lease = expiredLease(folder.newFolder("round-" + round).toPath());

      int holders = takeOvers(lease, "run-" + round, 4);

      assertEquals("round " + round + ": runs holding the lease", 1, holders);
      assertTrue(Files.readString(lease).contains("\"runId\":\"run-" + round + "-"));
    }
  }

  @Test
  public void givenRunsOfTwoProcessesTakingOverOneExpiredLeaseAtOnce_thenExactlyOneHoldsIt()
      throws Exception {
    int rounds = 150;
    Path base = folder.getRoot().toPath();
    Process other =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LocalLeaseTakeoverRaceTest.class.getName(),
                base.toString(),
                Integer.toString(rounds))
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("other-process.log").toFile())
            .start();
    try {
      for (int round = 0; round < rounds; round++) {
        Path dir = Files.createDirectories(base.resolve("round-" + round));
        Path lease = expiredLease(dir);
        publish(dir.resolve("go"), "");

        int holders = takeOvers(lease, "here-" + round, 2);
        Path theirs = dir.resolve("holders-there");
        while (!Files.exists(theirs)) {
          assertTrue("the other process died: see other-process.log", other.isAlive());
          Thread.onSpinWait();
        }
        holders += Integer.parseInt(Files.readString(theirs));

        assertEquals("round " + round + ": runs holding the lease", 1, holders);
      }
      assertEquals(0, other.waitFor());
    } finally {
      other.destroyForcibly();
    }
  }

  /** The other process: 2 runs per round, once {@code round-N/go} appears; prints its holders. */
  public static void main(String[] args) throws Exception {
    Path base = Paths.get(args[0]);
    for (int round = 0; round < Integer.parseInt(args[1]); round++) {
      Path dir = base.resolve("round-" + round);
      while (!Files.exists(dir.resolve("go"))) {
        Thread.onSpinWait();
      }
      int holders = takeOvers(dir.resolve(OutputLease.FILE_NAME), "there-" + round, 2);
      publish(dir.resolve("holders-there"), Integer.toString(holders));
    }
    System.exit(0);
  }

  private static Path expiredLease(Path dir) throws IOException {
    Path lease = dir.resolve(OutputLease.FILE_NAME);
    Files.writeString(lease, EXPIRED);
    return lease;
  }

  /** Writes a file whole, so that whoever waits for it never reads it half written. */
  private static void publish(Path file, String content) throws IOException {
    Path aside = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(aside, content);
    Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
  }

  /** {@code runs} runs of this JVM take over {@code lease} at once; how many hold it after. */
  private static int takeOvers(Path lease, String runIdPrefix, int runs) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(runs);
    try {
      CyclicBarrier together = new CyclicBarrier(runs);
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        String runId = runIdPrefix + "-" + run;
        outcomes.add(threads.submit(() -> takesOver(new LocalLeaseStore(lease), runId, together)));
      }
      int holders = 0;
      for (Future<Boolean> outcome : outcomes) {
        holders += outcome.get() ? 1 : 0;
      }
      return holders;
    } finally {
      threads.shutdownNow();
    }
  }

  /** Whether the run took the lease; false when it found it held by another live run. */
  private static boolean takesOver(LeaseStore store, String runId, CyclicBarrier together)
      throws Exception {
    together.await();
    try {
      OutputLease.acquire(
          store,
          runId,
          CLOCK,
          pause -> {
            throw new WouldWait();
          });
      return true;
    } catch (WouldWait held) {
      return false;
    }
  }
}
