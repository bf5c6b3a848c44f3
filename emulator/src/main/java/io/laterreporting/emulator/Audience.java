package io.laterreporting.emulator;

/**
 * The people behind a row's posts, counted once each however many posts they made: what reach,
 * potential reach and the influencer counts are computed from, so none of them is additive.
 */
interface Audience {
  /** One post day of {@code member}; {@code paid} marks it as part of the paid program. */
  void add(long member, boolean paid);

  long potentialReach();

  /** Reach, at most the impressions. */
  long reach(long impressions);

  /** Paid reach, at most the paid impressions. */
  long paidReach(long paidImpressions);

  long members();

  long paidMembers();
}
