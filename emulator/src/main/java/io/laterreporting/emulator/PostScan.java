package io.laterreporting.emulator;

import java.util.List;

/**
 * Walks the post days of some campaigns that count for a range and filter, with the share each
 * gets.
 */
final class PostScan {
  /** Receives each post day that counts, with the share of its lifetime the range receives. */
  interface Visitor {
    void visit(PostActivity.PostDay day, double share);
  }

  private final PostActivity activity;

  PostScan(PostActivity activity) {
    this.activity = activity;
  }

  void forEach(List<Campaign> campaigns, RangeFilter filter, Visitor visitor) {
    int from = (int) filter.start().toEpochDay();
    int to = (int) filter.end().toEpochDay();
    for (Campaign campaign : campaigns) {
      for (int day : campaign.postDays) {
        double share = PostActivity.shareInRange(day, from, to, filter.basis());
        PostActivity.PostDay postDay = share == 0.0 ? null : activity.day(campaign, day, filter);
        if (postDay != null) {
          visitor.visit(postDay, share);
        }
      }
    }
  }
}
