package io.laterreporting.beam.testing;

import io.laterreporting.beam.records.CampaignPerformance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Rows a pipeline emitted, kept in this JVM under a test's own key, for checks that need the
 * emulator's state after the run (drift, churn), which an in-pipeline assertion cannot see.
 */
public final class CollectedRows extends DoFn<CampaignPerformance, Void> {
  private static final Map<String, Queue<CampaignPerformance>> ROWS = new ConcurrentHashMap<>();

  private final String key;

  public CollectedRows(String key) {
    this.key = key;
    ROWS.put(key, new ConcurrentLinkedQueue<>());
  }

  @ProcessElement
  public void processElement(@Element CampaignPerformance row) {
    ROWS.get(key).add(row);
  }

  /** What the pipeline emitted under {@code key}; forgets them. */
  public static List<CampaignPerformance> take(String key) {
    Queue<CampaignPerformance> rows = ROWS.remove(key);
    return rows == null ? List.of() : new ArrayList<>(rows);
  }
}
