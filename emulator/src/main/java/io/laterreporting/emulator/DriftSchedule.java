package io.laterreporting.emulator;

/**
 * Changes the data while it is read, after served data requests (200 answers of /v2/ routes): late
 * data (every K requests one campaign is inserted, up to a maximum, so totals move) and membership
 * churn (every K requests one campaign is deleted and another created, up to a maximum, so totals
 * stay while positions move).
 */
final class DriftSchedule {
  private final int everyRequests;
  private final int maxInserts;
  private final int churnEvery;
  private final int churnMax;
  private final Dataset dataset;
  private final EmulatorStats stats;
  private long served;
  private int inserted;
  private int churned;

  DriftSchedule(
      int everyRequests,
      int maxInserts,
      int churnEvery,
      int churnMax,
      Dataset dataset,
      EmulatorStats stats) {
    this.everyRequests = everyRequests;
    this.maxInserts = maxInserts;
    this.churnEvery = churnEvery;
    this.churnMax = churnMax;
    this.dataset = dataset;
    this.stats = stats;
  }

  synchronized void onDataRequestServed() {
    served++;
    if (everyRequests > 0 && inserted < maxInserts && served % everyRequests == 0) {
      dataset.insertDriftCampaign();
      inserted++;
      stats.recordDriftInsert();
    }
    if (churnEvery > 0
        && churned < churnMax
        && served % churnEvery == 0
        && dataset.churnCampaign() >= 0) {
      churned++;
    }
  }
}
