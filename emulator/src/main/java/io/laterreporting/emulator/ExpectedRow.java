package io.laterreporting.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One campaign performance row exactly as an unpaginated, fault-free answer carries it. */
public final class ExpectedRow {
  private final String instanceId;
  private final long campaignId;
  private final String campaignName;
  private final String description;
  private final Instant firstPostDate;
  private final Instant lastPostDate;
  private final List<String> platforms;
  private final Map<String, Number> metrics;

  ExpectedRow(
      String instanceId,
      long campaignId,
      String campaignName,
      String description,
      Instant firstPostDate,
      Instant lastPostDate,
      List<String> platforms,
      Map<String, Number> metrics) {
    this.instanceId = instanceId;
    this.campaignId = campaignId;
    this.campaignName = campaignName;
    this.description = description;
    this.firstPostDate = firstPostDate;
    this.lastPostDate = lastPostDate;
    this.platforms = platforms;
    this.metrics = metrics;
  }

  public String instanceId() {
    return instanceId;
  }

  public long campaignId() {
    return campaignId;
  }

  public String campaignName() {
    return campaignName;
  }

  /** Null for campaigns without a description. */
  public String description() {
    return description;
  }

  public Instant firstPostDate() {
    return firstPostDate;
  }

  public Instant lastPostDate() {
    return lastPostDate;
  }

  public List<String> platforms() {
    return platforms;
  }

  /** All 52 metrics in API order: Long for counts, Double otherwise, null when not available. */
  public Map<String, Number> metrics() {
    return metrics;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ExpectedRow)) {
      return false;
    }
    ExpectedRow row = (ExpectedRow) other;
    return campaignId == row.campaignId
        && instanceId.equals(row.instanceId)
        && campaignName.equals(row.campaignName)
        && Objects.equals(description, row.description)
        && firstPostDate.equals(row.firstPostDate)
        && lastPostDate.equals(row.lastPostDate)
        && platforms.equals(row.platforms)
        && metrics.equals(row.metrics);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(campaignId) * 31 + metrics.hashCode();
  }

  @Override
  public String toString() {
    return "ExpectedRow{"
        + instanceId
        + "/"
        + campaignId
        + " "
        + campaignName
        + " "
        + metrics
        + "}";
  }
}
