package io.laterreporting.emulator;

import java.time.Instant;

/** One campaign of {@code /v2/campaigns}. */
public final class RosterEntry {
  private final long campaignId;
  private final String campaignName;
  private final String instanceId;
  private final String description;
  private final String status;
  private final Instant startDate;
  private final Instant firstPostDate;
  private final Instant lastPostDate;

  RosterEntry(
      long campaignId,
      String campaignName,
      String instanceId,
      String description,
      String status,
      Instant startDate,
      Instant firstPostDate,
      Instant lastPostDate) {
    this.campaignId = campaignId;
    this.campaignName = campaignName;
    this.instanceId = instanceId;
    this.description = description;
    this.status = status;
    this.startDate = startDate;
    this.firstPostDate = firstPostDate;
    this.lastPostDate = lastPostDate;
  }

  public long campaignId() {
    return campaignId;
  }

  public String campaignName() {
    return campaignName;
  }

  public String instanceId() {
    return instanceId;
  }

  public String description() {
    return description;
  }

  /**
   * {@code active} while the campaign posts up to the end of the data span, else {@code completed}.
   */
  public String status() {
    return status;
  }

  public Instant startDate() {
    return startDate;
  }

  public Instant firstPostDate() {
    return firstPostDate;
  }

  public Instant lastPostDate() {
    return lastPostDate;
  }
}
