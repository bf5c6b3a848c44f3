package io.laterreporting.emulator;

/** A campaign's audience: its influencers (at most 64, a bit each) and what each reaches for it. */
final class CampaignAudience implements Audience {
  private final Campaign campaign;
  private final PostActivity activity;
  private long influencers;
  private long paidInfluencers;

  CampaignAudience(Campaign campaign, PostActivity activity) {
    this.campaign = campaign;
    this.activity = activity;
  }

  @Override
  public void add(PostActivity.PostDay day, double factor) {
    long bit = 1L << day.influencer();
    influencers |= bit;
    if (day.paid()) {
      paidInfluencers |= bit;
    }
  }

  @Override
  public long potentialReach() {
    return Math.round(audience(influencers));
  }

  @Override
  public long reach(long impressions) {
    return Math.min(impressions, Math.round(potentialReach() * campaign.reachFactor));
  }

  @Override
  public long paidReach(long paidImpressions) {
    return Math.min(
        paidImpressions, Math.round(audience(paidInfluencers) * campaign.reachFactor * 0.5));
  }

  @Override
  public long members() {
    return Long.bitCount(influencers);
  }

  @Override
  public long paidMembers() {
    return Long.bitCount(paidInfluencers);
  }

  // Caps at the campaign's impressions as a whole, so the factor is not needed here.
  private double audience(long influencerBits) {
    double total = 0;
    for (long bits = influencerBits; bits != 0; bits &= bits - 1) {
      total += activity.campaignAudience(campaign, Long.numberOfTrailingZeros(bits));
    }
    return total;
  }
}
