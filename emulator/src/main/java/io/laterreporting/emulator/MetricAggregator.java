package io.laterreporting.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a campaign's row for a date range.
 *
 * <p>Each post day carries lifetime totals drawn from hash(seed, campaign, day, quantity). A post
 * records its lifetime over {@link #LIFETIME_DAYS} days with a fixed decay, so with
 * {@code performance_date} a range receives the share of each post's lifetime that falls inside it,
 * and with {@code post_date} it receives the whole lifetime of the posts published inside it.
 * Counts are rounded sums; money is rounded to cents; rates are derived from the rounded sums and
 * are null when their denominator is 0; reach, potentialReach and the influencer counts come from
 * the distinct creators involved, so none of them is additive over ranges.
 */
final class MetricAggregator {
  static final int LIFETIME_DAYS = 14;
  private static final double[] LIFETIME_SHARE_BEFORE = lifetimeShares();

  private static final int IMPRESSIONS = 0;
  private static final int LIKES = 1;
  private static final int COMMENTS = 2;
  private static final int SHARES = 3;
  private static final int SAVES = 4;
  private static final int CLICKS = 5;
  private static final int VIEWS = 6;
  private static final int REPLIES = 7;
  private static final int REPOSTS = 8;
  private static final int VIDEO_SECONDS = 9;
  private static final int CROSSPOSTED_VIEWS = 10;
  private static final int CROSSPOSTED_FACEBOOK_VIEWS = 11;
  private static final int VALUE_GENERATED = 12;
  private static final int CONTENT_COST = 13;
  private static final int PAID_IMPRESSIONS = 14;
  private static final int PAID_LIKES = 15;
  private static final int PAID_COMMENTS = 16;
  private static final int PAID_SHARES = 17;
  private static final int PAID_SAVES = 18;
  private static final int PAID_CLICKS = 19;
  private static final int PAID_VIEWS = 20;
  private static final int PAID_INITIAL_PLAYS = 21;
  private static final int PAID_AD_SPEND = 22;
  private static final int PAID_FEES = 23;
  private static final int PAID_REVENUE = 24;
  private static final int TRACKING_CLICKS = 25;
  private static final int TRACKING_CONVERSIONS = 26;
  private static final int TRACKING_VALUE = 27;
  private static final int AFFILIATE_CLICKS = 28;
  private static final int AFFILIATE_CONVERSIONS = 29;
  private static final int AFFILIATE_SALES = 30;
  private static final int AFFILIATE_COMMISSION = 31;
  private static final int QUANTITIES = 32;

  private static final long SALT_PLATFORM = 1001;
  private static final long SALT_CONTENT_TYPE = 1002;
  private static final long SALT_INFLUENCER = 1003;
  private static final long SALT_PAID = 1004;
  private static final long SALT_POST_COUNT = 1005;
  private static final long SALT_AUDIENCE = 1006;

  private final long seed;

  MetricAggregator(long seed) {
    this.seed = seed;
  }

  /** The row, or null when the campaign has no activity in the range for this basis and filter. */
  ExpectedRow row(Campaign campaign, RangeFilter filter) {
    double[] sums = new double[QUANTITIES];
    long posts = 0;
    long paidPosts = 0;
    long influencers = 0;
    long paidInfluencers = 0;
    int from = (int) filter.start().toEpochDay();
    int to = (int) filter.end().toEpochDay();
    for (int day : campaign.postDays) {
      double share = shareInRange(day, from, to, filter.basis());
      if (share == 0.0 || !filter.admits(platformOf(campaign, day), contentTypeOf(campaign, day))) {
        continue;
      }
      long postCount = 1 + Long.remainderUnsigned(hash(campaign, day, SALT_POST_COUNT), 3);
      long influencerBit = 1L << influencerOf(campaign, day);
      boolean paid = isPaid(campaign, day);
      posts += postCount;
      influencers |= influencerBit;
      if (paid) {
        paidPosts += postCount;
        paidInfluencers |= influencerBit;
      }
      addPost(sums, campaign, day, postCount, paid, share);
    }
    if (posts == 0) {
      return null;
    }
    Map<String, Number> metrics = assemble(campaign, filter, sums, posts, paidPosts, influencers,
        paidInfluencers);
    return new ExpectedRow(campaign.instanceId, campaign.id, campaign.name, campaign.description,
        startOfDay(campaign.firstPostDay().toEpochDay()),
        startOfDay(campaign.lastPostDay().toEpochDay()), campaign.platforms, metrics);
  }

  String platformOf(Campaign campaign, int day) {
    return campaign.platforms.get(pick(hash(campaign, day, SALT_PLATFORM), campaign.platforms.size()));
  }

  private String contentTypeOf(Campaign campaign, int day) {
    List<String> types = Platforms.CONTENT_TYPES.get(platformOf(campaign, day));
    return types.get(pick(hash(campaign, day, SALT_CONTENT_TYPE), types.size()));
  }

  private int influencerOf(Campaign campaign, int day) {
    return pick(hash(campaign, day, SALT_INFLUENCER), campaign.influencerPool);
  }

  private boolean isPaid(Campaign campaign, int day) {
    return campaign.paidProgram && (hash(campaign, day, SALT_PAID) & 1) == 0;
  }

  private double audienceOf(Campaign campaign, int influencer) {
    double u = Hashing.unit(Hashing.hash(seed, campaign.id, influencer, SALT_AUDIENCE));
    return 2_000 + 400_000 * u * u;
  }

  private static double shareInRange(int postDay, int from, int to, DateBasis basis) {
    if (basis == DateBasis.POST_DATE) {
      return postDay >= from && postDay <= to ? 1.0 : 0.0;
    }
    int firstAge = Math.max(0, from - postDay);
    int endAge = Math.min(LIFETIME_DAYS, to - postDay + 1);
    return firstAge >= endAge ? 0.0
        : LIFETIME_SHARE_BEFORE[endAge] - LIFETIME_SHARE_BEFORE[firstAge];
  }

  private void addPost(double[] sums, Campaign campaign, int day, long postCount, boolean paid,
      double share) {
    double impressions = campaign.scale * postCount * 20_000 * (0.4 + 1.2 * noise(campaign, day, IMPRESSIONS));
    double clicks = impressions * 0.006 * around(campaign, day, CLICKS);
    double views = campaign.hasVideo() ? impressions * 0.6 * around(campaign, day, VIEWS) : 0;
    double crossposted = Platforms.CROSSPOSTING.contains(platformOf(campaign, day))
        ? impressions * 0.1 * around(campaign, day, CROSSPOSTED_VIEWS) : 0;
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
    post[CROSSPOSTED_FACEBOOK_VIEWS] = crossposted * 0.3 * around(campaign, day, CROSSPOSTED_FACEBOOK_VIEWS);
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
      post[PAID_VIEWS] = campaign.hasVideo() ? paidImpressions * 0.5 * around(campaign, day, PAID_VIEWS) : 0;
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
    for (int q = 0; q < QUANTITIES; q++) {
      sums[q] += post[q] * share;
    }
  }

  private Map<String, Number> assemble(Campaign campaign, RangeFilter filter, double[] sums,
      long posts, long paidPosts, long influencers, long paidInfluencers) {
    Map<String, Number> m = new LinkedHashMap<>();
    long impressions = Math.round(sums[IMPRESSIONS]);
    long likes = Math.round(sums[LIKES]);
    long comments = Math.round(sums[COMMENTS]);
    long shares = Math.round(sums[SHARES]);
    long saves = Math.round(sums[SAVES]);
    long clicks = Math.round(sums[CLICKS]);
    long replies = Math.round(sums[REPLIES]);
    long reposts = Math.round(sums[REPOSTS]);
    long engagements = likes + comments + shares + saves;
    long potentialReach = Math.round(audience(campaign, influencers));
    double valueGenerated = cents(sums[VALUE_GENERATED]);
    double contentCost = cents(sums[CONTENT_COST]);
    boolean crosspostedAvailable = campaign.crossposts() && filter.admitsCrossposting();
    m.put("likes", likes);
    m.put("comments", comments);
    m.put("shares", shares);
    m.put("clicks", clicks);
    m.put("saves", saves);
    m.put("impressions", impressions);
    m.put("reach", Math.min(impressions, Math.round(potentialReach * campaign.reachFactor)));
    m.put("engagements", engagements);
    m.put("views", campaign.hasVideo() ? Math.round(sums[VIEWS]) : null);
    m.put("totalInteractions", engagements + clicks + replies + reposts);
    m.put("replies", replies);
    m.put("reposts", reposts);
    m.put("potentialReach", potentialReach);
    m.put("videoViewTotalTime", campaign.hasVideo() ? cents(sums[VIDEO_SECONDS]) : null);
    m.put("crosspostedViews", crosspostedAvailable ? Math.round(sums[CROSSPOSTED_VIEWS]) : null);
    m.put("crosspostedFacebookOnlyViews",
        crosspostedAvailable ? Math.round(sums[CROSSPOSTED_FACEBOOK_VIEWS]) : null);
    m.put("engagementRate", percent(engagements, impressions));
    m.put("postsCount", posts);
    m.put("influencersCount", (long) Long.bitCount(influencers));
    m.put("impressionsPerPost", ratio(impressions, posts));
    m.put("estimatedValueGenerated", valueGenerated);
    m.put("estimatedContentCost", contentCost);
    m.put("estimatedRoi", ratio(valueGenerated, contentCost));
    m.put("cpe", ratio(contentCost, engagements));
    m.put("cpm", perMille(contentCost, impressions));
    putPaid(m, campaign, sums, paidPosts, paidInfluencers);
    putTracking(m, campaign, sums);
    putAffiliate(m, campaign, sums);
    return Collections.unmodifiableMap(m);
  }

  private void putPaid(Map<String, Number> m, Campaign campaign, double[] sums, long paidPosts,
      long paidInfluencers) {
    boolean on = campaign.paidProgram;
    long impressions = Math.round(sums[PAID_IMPRESSIONS]);
    long likes = Math.round(sums[PAID_LIKES]);
    long comments = Math.round(sums[PAID_COMMENTS]);
    long shares = Math.round(sums[PAID_SHARES]);
    long saves = Math.round(sums[PAID_SAVES]);
    long engagements = likes + comments + shares + saves;
    double adSpend = cents(sums[PAID_AD_SPEND]);
    double revenue = cents(sums[PAID_REVENUE]);
    long reach = Math.min(impressions,
        Math.round(audience(campaign, paidInfluencers) * campaign.reachFactor * 0.5));
    m.put("paidLikes", on ? likes : null);
    m.put("paidComments", on ? comments : null);
    m.put("paidShares", on ? shares : null);
    m.put("paidClicks", on ? Math.round(sums[PAID_CLICKS]) : null);
    m.put("paidImpressions", on ? impressions : null);
    m.put("paidEngagements", on ? engagements : null);
    m.put("paidEngagementRate", on ? percent(engagements, impressions) : null);
    m.put("paidViews", on && campaign.hasVideo() ? Math.round(sums[PAID_VIEWS]) : null);
    m.put("paidReach", on ? reach : null);
    m.put("paidSaves", on ? saves : null);
    m.put("paidCpe", on ? ratio(adSpend, engagements) : null);
    m.put("paidCpm", on ? perMille(adSpend, impressions) : null);
    m.put("paidPostsCount", on ? paidPosts : null);
    m.put("paidInfluencersCount", on ? (long) Long.bitCount(paidInfluencers) : null);
    m.put("paidAdSpend", on ? adSpend : null);
    m.put("paidReturnOnAdSpend", on ? ratio(revenue, adSpend) : null);
    m.put("paidInitialPlays", on ? Math.round(sums[PAID_INITIAL_PLAYS]) : null);
    m.put("paidCost", on ? cents(adSpend + sums[PAID_FEES]) : null);
  }

  private static void putTracking(Map<String, Number> m, Campaign campaign, double[] sums) {
    boolean on = campaign.trackingLinks;
    m.put("trackingLinksClicks", on ? Math.round(sums[TRACKING_CLICKS]) : null);
    m.put("trackingLinksConversions", on ? Math.round(sums[TRACKING_CONVERSIONS]) : null);
    m.put("trackingLinksConversionValue", on ? cents(sums[TRACKING_VALUE]) : null);
  }

  private static void putAffiliate(Map<String, Number> m, Campaign campaign, double[] sums) {
    boolean on = campaign.affiliateLinks;
    long clicks = Math.round(sums[AFFILIATE_CLICKS]);
    long conversions = Math.round(sums[AFFILIATE_CONVERSIONS]);
    double sales = cents(sums[AFFILIATE_SALES]);
    double commission = cents(sums[AFFILIATE_COMMISSION]);
    m.put("affiliateLinksClicks", on ? clicks : null);
    m.put("affiliateLinksConversions", on ? conversions : null);
    m.put("affiliateLinksConversionRate", on ? percent(conversions, clicks) : null);
    m.put("affiliateLinksSales", on ? sales : null);
    m.put("affiliateLinksCommissionEarned", on ? commission : null);
    m.put("affiliateLinksRoi", on ? ratio(sales, commission) : null);
  }

  private double audience(Campaign campaign, long influencerBits) {
    double total = 0;
    for (long bits = influencerBits; bits != 0; bits &= bits - 1) {
      total += audienceOf(campaign, Long.numberOfTrailingZeros(bits));
    }
    return total;
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

  private static double cents(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static Double ratio(double numerator, double denominator) {
    return denominator == 0 ? null : numerator / denominator;
  }

  private static Double percent(double numerator, double denominator) {
    return denominator == 0 ? null : numerator / denominator * 100;
  }

  private static Double perMille(double numerator, double denominator) {
    return denominator == 0 ? null : numerator / denominator * 1000;
  }

  static Instant startOfDay(long epochDay) {
    return java.time.LocalDate.ofEpochDay(epochDay).atStartOfDay().toInstant(ZoneOffset.UTC);
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
