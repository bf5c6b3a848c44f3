package io.laterreporting.beam.reading;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.client.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.transforms.splittabledofn.OffsetRangeTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Every split of a read's restrictions covers every page exactly once. */
@RunWith(JUnit4.class)
public class RestrictionSplitTest {

  private static List<OffsetRange> initialSplits(int totalPages) {
    return ReadPageRangeFn.initialSplits(
        new OffsetRange(2, totalPages + 1), ReadPageRangeFn.PAGES_PER_INITIAL_SPLIT);
  }

  @Test
  public void givenAnyPageCount_thenInitialSplitsCoverPages2ToNExactlyOnce() {
    for (int totalPages : new int[] {2, 3, 16, 17, 18, 100, 499, 500}) {
      List<OffsetRange> splits = initialSplits(totalPages);
      long next = 2;
      for (OffsetRange split : splits) {
        assertEquals("contiguous for " + totalPages, next, split.getFrom());
        // OffsetRange.split folds a tail shorter than a quarter split into the last split.
        assertTrue(
            split.getTo() - split.getFrom() <= ReadPageRangeFn.PAGES_PER_INITIAL_SPLIT * 5 / 4);
        next = split.getTo();
      }
      assertEquals("covers to the last page for " + totalPages, totalPages + 1, next);
    }
  }

  @Test
  public void givenDynamicSplitsAtAnyFraction_thenClaimedPagesCoverTheRangeExactlyOnce() {
    for (double fraction : new double[] {0, 0.1, 0.5, 0.9}) {
      for (int claimedBeforeSplit = 0; claimedBeforeSplit < 5; claimedBeforeSplit++) {
        List<Long> claimed = new ArrayList<>();
        OffsetRangeTracker primary = new OffsetRangeTracker(new OffsetRange(2, 40));
        long position = 2;
        for (int i = 0; i < claimedBeforeSplit; i++) {
          assertTrue(primary.tryClaim(position));
          claimed.add(position++);
        }
        SplitResult<OffsetRange> split = primary.trySplit(fraction);
        while (primary.tryClaim(position)) {
          claimed.add(position++);
        }
        primary.checkDone();
        OffsetRangeTracker residual = new OffsetRangeTracker(split.getResidual());
        for (long p = split.getResidual().getFrom(); residual.tryClaim(p); p++) {
          claimed.add(p);
        }
        residual.checkDone();
        List<Long> expected = new ArrayList<>();
        for (long p = 2; p < 40; p++) {
          expected.add(p);
        }
        assertEquals("fraction " + fraction + " after " + claimedBeforeSplit, expected, claimed);
      }
    }
  }

  @Test
  public void givenACheckpointMidChain_thenTheResidualResumesAtTheNextCursorAndNoPageRepeats() {
    List<PageRequest> chain =
        Stream.of("c2", "c3", "c4", "c5", "c6")
            .map(c -> PageRequest.cursor(c, 10))
            .collect(Collectors.toList());
    CursorChainTracker tracker = new CursorChainTracker(CursorChain.from(chain.get(0), 2));
    List<PageRequest> claimed = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      assertTrue(tracker.tryClaim(CursorStep.of(chain.get(i), chain.get(i + 1))));
      claimed.add(chain.get(i));
    }
    assertNull("a chain cannot be split ahead of its cursor", tracker.trySplit(0.5));
    SplitResult<CursorChain> checkpoint = tracker.trySplit(0);
    assertTrue(checkpoint.getPrimary().exhausted());
    assertEquals(CursorChain.from(chain.get(2), 4), checkpoint.getResidual());
    assertFalse(tracker.tryClaim(CursorStep.of(chain.get(2), chain.get(3))));
    tracker.checkDone();

    CursorChainTracker resumed = new CursorChainTracker(checkpoint.getResidual());
    for (int i = 2; i < chain.size(); i++) {
      PageRequest following = i + 1 < chain.size() ? chain.get(i + 1) : null;
      assertTrue(resumed.tryClaim(CursorStep.of(chain.get(i), following)));
      claimed.add(chain.get(i));
    }
    assertTrue(resumed.currentRestriction().exhausted());
    assertNull(resumed.trySplit(0));
    resumed.checkDone();
    assertEquals(chain, claimed);
  }

  @Test
  public void
      givenACursorChainReadThenCheckpointed_thenProgressCountsClaimedPagesAndAtLeastTheNextOne() {
    PageRequest c2 = PageRequest.cursor("c2", 10);
    PageRequest c3 = PageRequest.cursor("c3", 10);
    PageRequest c4 = PageRequest.cursor("c4", 10);
    CursorChainTracker tracker = new CursorChainTracker(CursorChain.from(c2, 2));
    assertProgress(0, 1, tracker);
    tracker.tryClaim(CursorStep.of(c2, c3));
    tracker.tryClaim(CursorStep.of(c3, c4));
    assertProgress(2, 1, tracker);
    tracker.trySplit(0);
    assertProgress(2, 0, tracker);

    CursorChainTracker resumed = new CursorChainTracker(CursorChain.from(c4, 4));
    resumed.tryClaim(CursorStep.of(c4, null));
    assertProgress(1, 0, resumed);
  }

  private static void assertProgress(double done, double remaining, CursorChainTracker tracker) {
    assertEquals(done, tracker.getProgress().getWorkCompleted(), 0.0);
    assertEquals(remaining, tracker.getProgress().getWorkRemaining(), 0.0);
  }
}
