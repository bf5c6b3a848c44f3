package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.planning.ReadUnit;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The campaigns a multi-page unit's pages held: what its membership check compares with the roster,
 * and what a re-read in pieces adds to the roster, so that a campaign with rows but absent from
 * {@code /v2/campaigns} (archived) is never dropped.
 */
@AutoValue
abstract class SeenCampaigns implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract ReadUnit unit();

  abstract List<Long> campaignIds();

  static SeenCampaigns of(ReadUnit unit, Iterable<PageSummary> pages) {
    Set<Long> ids = new LinkedHashSet<>();
    for (PageSummary page : pages) {
      ids.addAll(page.campaignIds());
    }
    return new AutoValue_SeenCampaigns(unit, List.copyOf(ids));
  }

  /**
   * The key that brings together the units whose roster is the same: the instances their queries
   * name (none: every bound instance).
   */
  String rosterScope() {
    return String.join(",", unit().query().instanceIds());
  }
}
