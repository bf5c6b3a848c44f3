package io.laterreporting.emulator;

import java.util.HashMap;
import java.util.Map;

/**
 * The distinct creators behind posts of several campaigns or instances. Within one campaign a
 * creator reaches what the campaign's row counts for their influencer slots, at most their
 * impressions there; across campaigns a creator counts once, with their best campaign. So a creator
 * posting for three campaigns is reached once, and this reach never exceeds the sum of the
 * campaigns' reach (the minimum of sums is at least the sum of minimums).
 */
final class CreatorAudience implements Audience {
  /** One creator in one campaign. */
  private static final class Cell {
    final Campaign campaign;
    long slots;
    long paidSlots;
    double impressions;
    double paidImpressions;

    Cell(Campaign campaign) {
      this.campaign = campaign;
    }
  }

  private final PostActivity activity;
  private final Creators creators;

  /** Creator id, then campaign id. Sums run by ascending creator id, whatever the order of adds. */
  private final Map<Long, Map<Long, Cell>> cells = new HashMap<>();

  CreatorAudience(PostActivity activity, Creators creators) {
    this.activity = activity;
    this.creators = creators;
  }

  @Override
  public void add(PostActivity.PostDay day, double factor) {
    Campaign campaign = day.campaign();
    Cell cell =
        cells
            .computeIfAbsent(creators.creatorOf(campaign, day.influencer()), c -> new HashMap<>(4))
            .computeIfAbsent(campaign.id, c -> new Cell(campaign));
    cell.slots |= 1L << day.influencer();
    cell.impressions += day.lifetime()[PostActivity.IMPRESSIONS] * factor;
    if (day.paid()) {
      cell.paidSlots |= 1L << day.influencer();
      cell.paidImpressions += day.lifetime()[PostActivity.PAID_IMPRESSIONS] * factor;
    }
  }

  @Override
  public long potentialReach() {
    double total = 0;
    for (long creator : creatorIds()) {
      double best = 0;
      for (Cell cell : cells.get(creator).values()) {
        best = Math.max(best, audience(cell.campaign, cell.slots));
      }
      total += best;
    }
    return Math.round(total);
  }

  @Override
  public long reach(long impressions) {
    return Math.min(impressions, Math.round(reached(false)));
  }

  @Override
  public long paidReach(long paidImpressions) {
    return Math.min(paidImpressions, Math.round(reached(true)));
  }

  @Override
  public long members() {
    return cells.size();
  }

  @Override
  public long paidMembers() {
    return cells.values().stream()
        .filter(byCampaign -> byCampaign.values().stream().anyMatch(cell -> cell.paidSlots != 0))
        .count();
  }

  /** Each creator's best campaign: the audience reached there, at most the impressions there. */
  private double reached(boolean paid) {
    double total = 0;
    for (long creator : creatorIds()) {
      double best = 0;
      for (Cell cell : cells.get(creator).values()) {
        Campaign campaign = cell.campaign;
        double reached =
            paid
                ? Math.min(
                    cell.paidImpressions,
                    audience(campaign, cell.paidSlots) * campaign.reachFactor * 0.5)
                : Math.min(cell.impressions, audience(campaign, cell.slots) * campaign.reachFactor);
        best = Math.max(best, reached);
      }
      total += best;
    }
    return total;
  }

  private long[] creatorIds() {
    return cells.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private double audience(Campaign campaign, long slots) {
    double total = 0;
    for (long bits = slots; bits != 0; bits &= bits - 1) {
      total += activity.campaignAudience(campaign, Long.numberOfTrailingZeros(bits));
    }
    return total;
  }
}
