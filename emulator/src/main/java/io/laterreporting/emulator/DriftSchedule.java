package io.laterreporting.emulator;

/**
 * Late data: after every K served data requests (200 answers of /v2/ routes) one campaign is
 * inserted, up to a maximum, so that long reads see the totals move under them.
 */
final class DriftSchedule {
  private final int everyRequests;
  private final int maxInserts;
  private final Dataset dataset;
  private final EmulatorStats stats;
  private long served;
  private int inserted;

  DriftSchedule(int everyRequests, int maxInserts, Dataset dataset, EmulatorStats stats) {
    this.everyRequests = everyRequests;
    this.maxInserts = maxInserts;
    this.dataset = dataset;
    this.stats = stats;
  }

  synchronized void onDataRequestServed() {
    if (everyRequests <= 0 || inserted >= maxInserts) {
      return;
    }
    if (++served % everyRequests == 0) {
      dataset.insertDriftCampaign();
      inserted++;
      stats.recordDriftInsert();
    }
  }
}
