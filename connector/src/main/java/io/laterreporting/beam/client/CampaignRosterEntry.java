package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * One campaign of {@code /v2/campaigns}. Unknown fields are kept as JSON text in {@link
 * #otherFields()}.
 */
@AutoValue
public abstract class CampaignRosterEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract long campaignId();

  public abstract String instanceId();

  public abstract @Nullable String campaignName();

  public abstract @Nullable String description();

  public abstract @Nullable String status();

  /** As the API wrote it (a date or a timestamp). */
  public abstract @Nullable String startDate();

  public abstract @Nullable Instant firstPostDate();

  public abstract @Nullable Instant lastPostDate();

  public abstract Map<String, String> otherFields();

  static Builder builder() {
    return new AutoValue_CampaignRosterEntry.Builder().setOtherFields(Map.of());
  }

  @AutoValue.Builder
  abstract static class Builder {
    abstract Builder setCampaignId(long v);

    abstract Builder setInstanceId(String v);

    abstract Builder setCampaignName(@Nullable String v);

    abstract Builder setDescription(@Nullable String v);

    abstract Builder setStatus(@Nullable String v);

    abstract Builder setStartDate(@Nullable String v);

    abstract Builder setFirstPostDate(@Nullable Instant v);

    abstract Builder setLastPostDate(@Nullable Instant v);

    abstract Builder setOtherFields(Map<String, String> v);

    abstract CampaignRosterEntry build();
  }
}
