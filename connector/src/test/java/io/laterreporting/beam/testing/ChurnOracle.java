package io.laterreporting.beam.testing;

import io.laterreporting.beam.records.CampaignPerformance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a read is allowed to emit when campaigns are deleted and created while it runs: every row
 * once, each equal to the oracle's row before or after the run; a campaign deleted during the run
 * may be absent, and one created during the run may be absent (born after its query was read), but
 * every other campaign of the oracle before the run must be there.
 */
public final class ChurnOracle {
  private ChurnOracle() {}

  /** Why {@code emitted} is not allowed, or null if it is. */
  public static String problem(
      List<CampaignPerformance> before,
      List<CampaignPerformance> after,
      List<Long> deleted,
      List<CampaignPerformance> emitted) {
    // Rows compare by their text: a row decoded by the runner's coder need not hash as built.
    Map<String, Set<String>> allowed = new HashMap<>();
    for (CampaignPerformance row : before) {
      allowed.computeIfAbsent(key(row), k -> new HashSet<>()).add(row.toString());
    }
    for (CampaignPerformance row : after) {
      allowed.computeIfAbsent(key(row), k -> new HashSet<>()).add(row.toString());
    }
    Set<String> seen = new HashSet<>();
    for (CampaignPerformance row : emitted) {
      if (!seen.add(key(row))) {
        return "campaign " + key(row) + " emitted twice";
      }
      Set<String> ok = allowed.get(key(row));
      if (ok == null || !ok.contains(row.toString())) {
        return "row " + key(row) + " is neither the oracle's row before nor after the run: " + row;
      }
    }
    List<String> missing = new ArrayList<>();
    Set<Long> gone = new HashSet<>(deleted);
    for (CampaignPerformance row : before) {
      if (!gone.contains(row.getCampaignId()) && !seen.contains(key(row))) {
        missing.add(key(row));
      }
    }
    return missing.isEmpty() ? null : "existing campaigns missing: " + missing;
  }

  private static String key(CampaignPerformance row) {
    return row.getPeriodStart() + "/" + row.getInstanceId() + "/" + row.getCampaignId();
  }
}
