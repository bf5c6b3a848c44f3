package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code /v2/posts/performance}: every post whose lifetime counts for the range
 * (performance_date) or that was published in it (post_date), each with its weight's part of its
 * day's totals, so posts whose metrics were never collected are present with zeros. The post's
 * audience is its creator's for the campaign; a post with nothing collected has no audience either.
 */
final class PostRows {
  private final PostActivity activity;
  private final PostScan scan;
  private final Creators creators;

  PostRows(PostActivity activity, Creators creators) {
    this.activity = activity;
    this.scan = new PostScan(activity);
    this.creators = creators;
  }

  /** Unsorted. */
  List<ExpectedPost> rows(List<Campaign> campaigns, RangeFilter filter) {
    List<ExpectedPost> rows = new ArrayList<>();
    scan.forEach(
        campaigns,
        filter,
        (day, share) -> {
          double[] weights = activity.postWeights(day);
          long creator = creators.creatorOf(day.campaign(), day.influencer());
          CreatorProfile profile = creators.profile(creator, day.platform());
          for (int k = 0; k < weights.length; k++) {
            Tally tally = new Tally(new CreatorAudience(activity, creators));
            tally.add(day, share * weights[k], 1, weights[k] > 0);
            long followers = weights[k] > 0 ? creators.followersAt(creator, day.day()) : 0;
            long postId = postId(day.campaign(), day.day(), k);
            rows.add(
                new ExpectedPost(
                    postId,
                    day.campaign().instanceId,
                    day.campaign().id,
                    Days.startOfDay(day.day()),
                    day.contentType(),
                    profile.profileLink() + "/posts/" + postId,
                    PostActivity.STORIES.contains(day.contentType())
                        ? null
                        : "https://cdn.later.example/posts/" + postId + ".jpg",
                    profile,
                    MetricAssembler.metrics(
                        tally,
                        filter,
                        ReportDescriptor.POSTS.metrics(),
                        Map.of("followersAtPostDate", followers))));
          }
        });
    return rows;
  }

  /** Unique: a campaign posts at most 3 posts a day. */
  static long postId(Campaign campaign, int epochDay, int index) {
    return campaign.id * 1_000_000L + epochDay * 4L + index;
  }
}
