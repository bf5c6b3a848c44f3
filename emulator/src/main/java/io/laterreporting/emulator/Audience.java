package io.laterreporting.emulator;

/**
 * The people behind a row's posts, counted once each however many posts they made: what reach,
 * potential reach and the influencer counts are computed from, so none of them is additive.
 */
interface Audience {
  /**
   * The creator of the post day reaches its audience (paid too, when the day is paid), through the
   * day's impressions scaled by {@code factor}.
   */
  void add(PostActivity.PostDay day, double factor);

  long potentialReach();

  /** Reach, at most the impressions. */
  long reach(long impressions);

  /** Paid reach, at most the paid impressions. */
  long paidReach(long paidImpressions);

  long members();

  long paidMembers();
}
