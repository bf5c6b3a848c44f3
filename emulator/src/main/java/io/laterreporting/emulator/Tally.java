package io.laterreporting.emulator;

/**
 * The running totals behind one row of any route: the lifetime quantities of the posts that count
 * (each scaled by the share the row receives), the post counts, the audience, and which features
 * the campaigns behind those posts have (a metric of a feature no campaign has is null, not 0).
 */
final class Tally {
  final double[] sums = new double[PostActivity.QUANTITIES];
  final Audience audience;
  long posts;
  long paidPosts;
  boolean paidProgram;
  boolean trackingLinks;
  boolean affiliateLinks;
  boolean video;
  boolean crossposting;
  boolean stories;

  Tally(Audience audience) {
    this.audience = audience;
  }

  /**
   * Adds {@code posts} posts of the day, with its lifetime totals scaled by {@code factor}, and its
   * creator to the audience unless {@code reached} is false (posts nothing was collected for).
   */
  void add(PostActivity.PostDay day, double factor, int posts, boolean reached) {
    if (reached) {
      audience.add(day, factor);
    }
    Campaign campaign = day.campaign();
    this.posts += posts;
    if (day.paid()) {
      paidPosts += posts;
    }
    double[] lifetime = day.lifetime();
    for (int q = 0; q < PostActivity.QUANTITIES; q++) {
      sums[q] += lifetime[q] * factor;
    }
    paidProgram |= campaign.paidProgram;
    trackingLinks |= campaign.trackingLinks;
    affiliateLinks |= campaign.affiliateLinks;
    video |= campaign.hasVideo();
    crossposting |= campaign.crossposts();
    stories |= PostActivity.STORIES.contains(day.contentType());
  }

  boolean isEmpty() {
    return posts == 0;
  }
}
