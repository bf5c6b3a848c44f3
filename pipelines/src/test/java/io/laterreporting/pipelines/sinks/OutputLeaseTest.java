package io.laterreporting.pipelines.sinks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The output's lease on a local disk, with a settable clock and a pause that records. */
@RunWith(JUnit4.class)
public class OutputLeaseTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private final SettableClock clock = new SettableClock(Instant.parse("2025-05-01T00:00:00Z"));

  private LeaseStore store() {
    return new LocalLeaseStore(folder.getRoot().toPath().resolve(OutputLease.FILE_NAME));
  }

  @Test
  public void givenAHeldLease_thenAnotherRunWaitsUntilItIsReleasedAndThenTakesIt()
      throws Exception {
    OutputLease first = OutputLease.acquire(store(), "run-a", clock, d -> {});
    List<Duration> pauses = new ArrayList<>();

    OutputLease second =
        OutputLease.acquire(
            store(),
            "run-b",
            clock,
            pause -> {
              pauses.add(pause);
              if (pauses.size() == 3) {
                first.close();
              }
            });

    assertEquals(
        List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200)), pauses);
    assertThat(Files.readString(leaseFile()), containsString("\"runId\":\"run-b\""));
    second.close();
    assertFalse(Files.exists(leaseFile()));
  }

  @Test
  public void givenALeaseWhoseHolderDied_thenItIsTakenOverOnceExpired() throws Exception {
    OutputLease.acquire(store(), "dead-run", clock, d -> {});
    List<Duration> pauses = new ArrayList<>();

    OutputLease taken =
        OutputLease.acquire(
            store(),
            "next-run",
            clock,
            pause -> {
              pauses.add(pause);
              clock.advance(OutputLease.TIME_TO_LIVE);
            });

    assertEquals(1, pauses.size());
    assertThat(Files.readString(leaseFile()), containsString("next-run"));
    taken.close();
  }

  @Test
  public void givenAHolderThatLostItsLease_thenRenewingFailsAndItsCloseLeavesTheNewHolderAlone()
      throws Exception {
    OutputLease slow = OutputLease.acquire(store(), "slow-run", clock, d -> {});
    clock.advance(OutputLease.TIME_TO_LIVE);
    OutputLease.acquire(store(), "next-run", clock, d -> {});

    IOException lost = assertThrows(IOException.class, slow::renewIfDue);

    assertThat(lost.getMessage(), containsString("lost the lease"));
    slow.close();
    assertThat(Files.readString(leaseFile()), containsString("next-run"));
  }

  @Test
  public void givenALongReplacement_thenTheHolderRenewsItsLeaseAndNobodyTakesItOver()
      throws Exception {
    OutputLease holder = OutputLease.acquire(store(), "long-run", clock, d -> {});
    for (int step = 0; step < 10; step++) {
      clock.advance(OutputLease.TIME_TO_LIVE.dividedBy(2));
      holder.renewIfDue();
    }
    List<Duration> pauses = new ArrayList<>();

    OutputLease.acquire(
            store(),
            "other-run",
            clock,
            pause -> {
              pauses.add(pause);
              if (pauses.size() == 2) {
                holder.close();
              }
            })
        .close();

    assertEquals(2, pauses.size());
  }

  private Path leaseFile() {
    return folder.getRoot().toPath().resolve(OutputLease.FILE_NAME);
  }
}
