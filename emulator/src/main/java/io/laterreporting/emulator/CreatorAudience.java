package io.laterreporting.emulator;

import java.util.TreeSet;

/**
 * The distinct creators behind posts of several campaigns or instances: a creator who posts for
 * three campaigns is reached once, so this reach is not the sum of the campaigns' reach.
 */
final class CreatorAudience implements Audience {
  private final Creators creators;
  /** Sorted, so the floating-point sums do not depend on the order posts were added in. */
  private final TreeSet<Long> all = new TreeSet<>();
  private final TreeSet<Long> paid = new TreeSet<>();

  CreatorAudience(Creators creators) {
    this.creators = creators;
  }

  @Override
  public void add(long creatorId, boolean paidPost) {
    all.add(creatorId);
    if (paidPost) {
      paid.add(creatorId);
    }
  }

  @Override
  public long potentialReach() {
    double total = 0;
    for (long creator : all) {
      total += creators.followers(creator);
    }
    return Math.round(total);
  }

  @Override
  public long reach(long impressions) {
    return Math.min(impressions, Math.round(reached(all, 1.0)));
  }

  @Override
  public long paidReach(long paidImpressions) {
    return Math.min(paidImpressions, Math.round(reached(paid, 0.5)));
  }

  @Override
  public long members() {
    return all.size();
  }

  @Override
  public long paidMembers() {
    return paid.size();
  }

  private double reached(TreeSet<Long> members, double factor) {
    double total = 0;
    for (long creator : members) {
      total += creators.followers(creator) * creators.reachFactor(creator) * factor;
    }
    return total;
  }
}
