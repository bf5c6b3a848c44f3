package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.util.List;

/** One page of {@code /v2/campaigns}. */
@AutoValue
public abstract class RosterPage {
  public abstract List<CampaignRosterEntry> rows();

  public abstract PageInfo pageInfo();

  static RosterPage of(List<CampaignRosterEntry> rows, PageInfo info) {
    return new AutoValue_RosterPage(List.copyOf(rows), info);
  }
}
