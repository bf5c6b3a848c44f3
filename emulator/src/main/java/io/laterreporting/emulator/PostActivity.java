package io.laterreporting.emulator;

import java.util.List;

/**
 * What a campaign posted on one of its post days and what those posts earned over their lifetime:
 * every value is a pure function of the seed, the campaign and the day.
 *
 * <p>A post day holds 1 to 3 posts by one creator on one platform and content type, all paid or all
 * organic. Its lifetime totals are drawn per quantity; they are recorded over {@link
 * #LIFETIME_DAYS} days with a decay of 0.75 a day, so with {@code performance_date} a range
 * receives the share of the lifetime inside it and with {@code post_date} the whole lifetime of the
 * posts published inside it. The day's posts share its totals by weight; a post after the first one
 * of a day has its metrics never collected (weight 0) about one time in five.
 */
final class PostActivity {
  static final int LIFETIME_DAYS = 14;
  private static final double[] LIFETIME_SHARE_BEFORE = lifetimeShares();

  static final int IMPRESSIONS = 0;
  static final int LIKES = 1;
  static final int COMMENTS = 2;
  static final int SHARES = 3;
  static final int SAVES = 4;
  static final int CLICKS = 5;
  static final int VIEWS = 6;
  static final int REPLIES = 7;
  static final int REPOSTS = 8;
  static final int VIDEO_SECONDS = 9;
  static final int CROSSPOSTED_VIEWS = 10;
  static final int CROSSPOSTED_FACEBOOK_VIEWS = 11;
  static final int VALUE_GENERATED = 12;
  static final int CONTENT_COST = 13;
  static final int PAID_IMPRESSIONS = 14;
  static final int PAID_LIKES = 15;
  static final int PAID_COMMENTS = 16;
  static final int PAID_SHARES = 17;
  static final int PAID_SAVES = 18;
  static final int PAID_CLICKS = 19;
  static final int PAID_VIEWS = 20;
  static final int PAID_INITIAL_PLAYS = 21;
  static final int PAID_AD_SPEND = 22;
  static final int PAID_FEES = 23;
  static final int PAID_REVENUE = 24;
  static final int TRACKING_CLICKS = 25;
  static final int TRACKING_CONVERSIONS = 26;
  static final int TRACKING_VALUE = 27;
  static final int AFFILIATE_CLICKS = 28;
  static final int AFFILIATE_CONVERSIONS = 29;
  static final int AFFILIATE_SALES = 30;
  static final int AFFILIATE_COMMISSION = 31;

  /** Story navigation: drawn only for story content. */
  static final int TAP_EXITS = 32;

  static final int TAP_BACKS = 33;
  static final int TAP_FORWARDS = 34;
  static final int SWIPE_FORWARDS = 35;
  static final int QUANTITIES = 36;

  /** Content types whose viewers navigate by taps and swipes. */
  static final List<String> STORIES = List.of("instagram_story", "snapchat_story");

  private static final long SALT_PLATFORM = 1001;
  private static final long SALT_CONTENT_TYPE = 1002;
  private static final long SALT_INFLUENCER = 1003;
  private static final long SALT_PAID = 1004;
  private static final long SALT_POST_COUNT = 1005;
  private static final long SALT_AUDIENCE = 1006;
  private static final long SALT_POST_WEIGHT = 1007;

  /** One post day: who posted what, and the lifetime totals of all its posts together. */
  record PostDay(
      Campaign campaign,
      int day,
      int postCount,
      int influencer,
      String platform,
      String contentType,
      boolean paid,
      double[] lifetime) {}

  private final long seed;

  PostActivity(long seed) {
    this.seed = seed;
  }

  String platformOf(Campaign campaign, int day) {
    return campaign.platforms.get(
        pick(hash(campaign, day, SALT_PLATFORM), campaign.platforms.size()));
  }

  String contentTypeOf(Campaign campaign, int day) {
    List<String> types = Platforms.CONTENT_TYPES.get(platformOf(campaign, day));
    return types.get(pick(hash(campaign, day, SALT_CONTENT_TYPE), types.size()));
  }

  /** The day's posts, or null when the filter does not admit their platform and content type. */
  PostDay day(Campaign campaign, int day, RangeFilter filter) {
    String platform = platformOf(campaign, day);
    String contentType = contentTypeOf(campaign, day);
    if (!filter.admits(platform, contentType)) {
      return null;
    }
    int postCount = 1 + (int) Long.remainderUnsigned(hash(campaign, day, SALT_POST_COUNT), 3);
    boolean paid = campaign.paidProgram && (hash(campaign, day, SALT_PAID) & 1) == 0;
    int influencer = pick(hash(campaign, day, SALT_INFLUENCER), campaign.influencerPool);
    return new PostDay(
        campaign,
        day,
        postCount,
        influencer,
        platform,
        contentType,
        paid,
        lifetime(campaign, day, postCount, paid, platform, contentType));
  }

  /** Each post's share of its day's totals; they add up to 1 and the first is never 0. */
  double[] postWeights(PostDay postDay) {
    double[] weights = new double[postDay.postCount()];
    double total = 0;
    for (int k = 0; k < weights.length; k++) {
      double u =
          Hashing.unit(
              Hashing.hash(seed, postDay.campaign().id, postDay.day(), SALT_POST_WEIGHT, k));
      weights[k] = k > 0 && u < 0.2 ? 0 : 0.3 + u;
      total += weights[k];
    }
    for (int k = 0; k < weights.length; k++) {
      weights[k] /= total;
    }
    return weights;
  }

  /** The audience a campaign reaches through one of its influencers. */
  double campaignAudience(Campaign campaign, int influencer) {
    double u = Hashing.unit(Hashing.hash(seed, campaign.id, influencer, SALT_AUDIENCE));
    return 2_000 + 400_000 * u * u;
  }

  /** The share of a post's lifetime a range receives, by date basis. */
  static double shareInRange(int postDay, int from, int to, DateBasis basis) {
    if (basis == DateBasis.POST_DATE) {
      return postDay >= from && postDay <= to ? 1.0 : 0.0;
    }
    int firstAge = Math.max(0, from - postDay);
    int endAge = Math.min(LIFETIME_DAYS, to - postDay + 1);
    return firstAge >= endAge
        ? 0.0
        : LIFETIME_SHARE_BEFORE[endAge] - LIFETIME_SHARE_BEFORE[firstAge];
  }

  private double[] lifetime(
      Campaign campaign,
      int day,
      long postCount,
      boolean paid,
      String platform,
      String contentType) {
    double impressions =
        campaign.scale * postCount * 20_000 * (0.4 + 1.2 * noise(campaign, day, IMPRESSIONS));
    double clicks = impressions * 0.006 * around(campaign, day, CLICKS);
    double views = campaign.hasVideo() ? impressions * 0.6 * around(campaign, day, VIEWS) : 0;
    double crossposted =
        Platforms.CROSSPOSTING.contains(platform)
            ? impressions * 0.1 * around(campaign, day, CROSSPOSTED_VIEWS)
            : 0;
    double[] post = new double[QUANTITIES];
    post[IMPRESSIONS] = impressions;
    post[LIKES] = impressions * 0.035 * around(campaign, day, LIKES);
    post[COMMENTS] = impressions * 0.004 * around(campaign, day, COMMENTS);
    post[SHARES] = impressions * 0.002 * around(campaign, day, SHARES);
    post[SAVES] = impressions * 0.003 * around(campaign, day, SAVES);
    post[CLICKS] = clicks;
    post[VIEWS] = views;
    post[REPLIES] = impressions * 0.001 * around(campaign, day, REPLIES);
    post[REPOSTS] = impressions * 0.0008 * around(campaign, day, REPOSTS);
    post[VIDEO_SECONDS] = views * 7.5 * around(campaign, day, VIDEO_SECONDS);
    post[CROSSPOSTED_VIEWS] = crossposted;
    post[CROSSPOSTED_FACEBOOK_VIEWS] =
        crossposted * 0.3 * around(campaign, day, CROSSPOSTED_FACEBOOK_VIEWS);
    post[VALUE_GENERATED] = impressions * 0.012 * around(campaign, day, VALUE_GENERATED);
    post[CONTENT_COST] = postCount * 150 * around(campaign, day, CONTENT_COST);
    if (paid) {
      double paidImpressions = impressions * 0.5 * around(campaign, day, PAID_IMPRESSIONS);
      double adSpend = paidImpressions * 0.008 * around(campaign, day, PAID_AD_SPEND);
      post[PAID_IMPRESSIONS] = paidImpressions;
      post[PAID_LIKES] = paidImpressions * 0.02 * around(campaign, day, PAID_LIKES);
      post[PAID_COMMENTS] = paidImpressions * 0.002 * around(campaign, day, PAID_COMMENTS);
      post[PAID_SHARES] = paidImpressions * 0.001 * around(campaign, day, PAID_SHARES);
      post[PAID_SAVES] = paidImpressions * 0.0015 * around(campaign, day, PAID_SAVES);
      post[PAID_CLICKS] = paidImpressions * 0.008 * around(campaign, day, PAID_CLICKS);
      post[PAID_VIEWS] =
          campaign.hasVideo() ? paidImpressions * 0.5 * around(campaign, day, PAID_VIEWS) : 0;
      post[PAID_INITIAL_PLAYS] = paidImpressions * 0.3 * around(campaign, day, PAID_INITIAL_PLAYS);
      post[PAID_AD_SPEND] = adSpend;
      post[PAID_FEES] = adSpend * 0.15 * around(campaign, day, PAID_FEES);
      post[PAID_REVENUE] = adSpend * 2.2 * around(campaign, day, PAID_REVENUE);
    }
    if (campaign.trackingLinks) {
      double trackingClicks = clicks * 0.4 * around(campaign, day, TRACKING_CLICKS);
      double conversions = trackingClicks * 0.05 * around(campaign, day, TRACKING_CONVERSIONS);
      post[TRACKING_CLICKS] = trackingClicks;
      post[TRACKING_CONVERSIONS] = conversions;
      post[TRACKING_VALUE] = conversions * 45 * around(campaign, day, TRACKING_VALUE);
    }
    if (campaign.affiliateLinks) {
      double affiliateClicks = clicks * 0.3 * around(campaign, day, AFFILIATE_CLICKS);
      double conversions = affiliateClicks * 0.06 * around(campaign, day, AFFILIATE_CONVERSIONS);
      double sales = conversions * 60 * around(campaign, day, AFFILIATE_SALES);
      post[AFFILIATE_CLICKS] = affiliateClicks;
      post[AFFILIATE_CONVERSIONS] = conversions;
      post[AFFILIATE_SALES] = sales;
      post[AFFILIATE_COMMISSION] = sales * 0.12 * around(campaign, day, AFFILIATE_COMMISSION);
    }
    if (STORIES.contains(contentType)) {
      post[TAP_EXITS] = impressions * 0.08 * around(campaign, day, TAP_EXITS);
      post[TAP_BACKS] = impressions * 0.03 * around(campaign, day, TAP_BACKS);
      post[TAP_FORWARDS] = impressions * 0.5 * around(campaign, day, TAP_FORWARDS);
      post[SWIPE_FORWARDS] = impressions * 0.1 * around(campaign, day, SWIPE_FORWARDS);
    }
    return post;
  }

  private long hash(Campaign campaign, int day, long salt) {
    return Hashing.hash(seed, campaign.id, day, salt);
  }

  private double noise(Campaign campaign, int day, int quantity) {
    return Hashing.unit(hash(campaign, day, quantity));
  }

  /** A multiplier in [0.5, 1.5). */
  private double around(Campaign campaign, int day, int quantity) {
    return 0.5 + noise(campaign, day, quantity);
  }

  private static int pick(long hash, int size) {
    return (int) Long.remainderUnsigned(hash, size);
  }

  /** Cumulative share of a post's lifetime recorded before each age: decay 0.75 per day. */
  private static double[] lifetimeShares() {
    double[] weights = new double[LIFETIME_DAYS];
    double total = 0;
    for (int age = 0; age < LIFETIME_DAYS; age++) {
      weights[age] = Math.pow(0.75, age);
      total += weights[age];
    }
    double[] before = new double[LIFETIME_DAYS + 1];
    for (int age = 0; age < LIFETIME_DAYS; age++) {
      before[age + 1] = before[age] + weights[age] / total;
    }
    return before;
  }
}
