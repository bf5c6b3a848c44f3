package io.laterreporting.emulator;

import static io.laterreporting.emulator.MetricMath.cents;
import static io.laterreporting.emulator.MetricMath.perMille;
import static io.laterreporting.emulator.MetricMath.percent;
import static io.laterreporting.emulator.MetricMath.ratio;
import static io.laterreporting.emulator.PostActivity.*;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Tally} into metric values, for every metric name any route knows; a route then
 * keeps its own catalogue, in its order. Counts are rounded sums (Long), money is rounded to cents,
 * rates derive from the rounded sums and are null when their denominator is 0; a metric of a
 * feature no campaign behind the row has (paid program, tracking links, affiliate links, video,
 * cross-posting, stories) is null.
 */
final class MetricAssembler {
  private MetricAssembler() {}

  /** The metrics of {@code names}, in that order, as an unmodifiable map. */
  static Map<String, Number> metrics(Tally tally, RangeFilter filter, List<String> names) {
    return metrics(tally, filter, names, Map.of());
  }

  /** As above, with metrics only the caller knows (e.g. a post's followersAtPostDate). */
  static Map<String, Number> metrics(
      Tally tally, RangeFilter filter, List<String> names, Map<String, Number> rowSpecific) {
    Map<String, Number> all = assemble(tally, filter);
    all.putAll(rowSpecific);
    Map<String, Number> chosen = new LinkedHashMap<>();
    for (String name : names) {
      if (!all.containsKey(name)) {
        throw new IllegalStateException("no rule computes metric " + name);
      }
      chosen.put(name, all.get(name));
    }
    return Collections.unmodifiableMap(chosen);
  }

  private static Map<String, Number> assemble(Tally t, RangeFilter filter) {
    Map<String, Number> m = new HashMap<>(128);
    double[] sums = t.sums;
    long impressions = Math.round(sums[IMPRESSIONS]);
    long likes = Math.round(sums[LIKES]);
    long comments = Math.round(sums[COMMENTS]);
    long shares = Math.round(sums[SHARES]);
    long saves = Math.round(sums[SAVES]);
    long clicks = Math.round(sums[CLICKS]);
    long replies = Math.round(sums[REPLIES]);
    long reposts = Math.round(sums[REPOSTS]);
    long engagements = likes + comments + shares + saves;
    long potentialReach = t.audience.potentialReach();
    long reach = t.audience.reach(impressions);
    double valueGenerated = cents(sums[VALUE_GENERATED]);
    double contentCost = cents(sums[CONTENT_COST]);
    boolean crosspostedAvailable = t.crossposting && filter.admitsCrossposting();
    Long views = t.video ? Math.round(sums[VIEWS]) : null;
    Double videoSeconds = t.video ? cents(sums[VIDEO_SECONDS]) : null;
    m.put("likes", likes);
    m.put("comments", comments);
    m.put("shares", shares);
    m.put("clicks", clicks);
    m.put("saves", saves);
    m.put("impressions", impressions);
    m.put("reach", reach);
    m.put("engagements", engagements);
    m.put("views", views);
    m.put("totalInteractions", engagements + clicks + replies + reposts);
    m.put("replies", replies);
    m.put("reposts", reposts);
    m.put("potentialReach", potentialReach);
    m.put("videoViewTotalTime", videoSeconds);
    m.put("avgWatchTime", views == null ? null : ratio(videoSeconds, views));
    m.put("crosspostedViews", crosspostedAvailable ? Math.round(sums[CROSSPOSTED_VIEWS]) : null);
    m.put(
        "crosspostedFacebookOnlyViews",
        crosspostedAvailable ? Math.round(sums[CROSSPOSTED_FACEBOOK_VIEWS]) : null);
    m.put("navigationTapExit", t.stories ? Math.round(sums[TAP_EXITS]) : null);
    m.put("navigationTapBack", t.stories ? Math.round(sums[TAP_BACKS]) : null);
    m.put("navigationTapForward", t.stories ? Math.round(sums[TAP_FORWARDS]) : null);
    m.put("navigationSwipeForward", t.stories ? Math.round(sums[SWIPE_FORWARDS]) : null);
    m.put("engagementRate", percent(engagements, impressions));
    m.put("postsCount", t.posts);
    m.put("influencersCount", t.audience.members());
    m.put("impressionsPerPost", ratio(impressions, t.posts));
    m.put("estimatedValueGenerated", valueGenerated);
    m.put("estimatedContentCost", contentCost);
    m.put("estimatedRoi", ratio(valueGenerated, contentCost));
    m.put("cpe", ratio(contentCost, engagements));
    m.put("cpm", perMille(contentCost, impressions));
    Long paidReach = putPaid(m, t);
    m.put("organicReach", Math.max(0, reach - (paidReach == null ? 0 : paidReach)));
    double paidCost = t.paidProgram ? (Double) m.get("paidCost") : 0;
    double campaignsCost = cents(contentCost + paidCost);
    m.put("campaignsCost", campaignsCost);
    m.put("returnOnInvestment", ratio(valueGenerated, campaignsCost));
    putTracking(m, t);
    putAffiliate(m, t);
    return m;
  }

  /** The paid metrics; returns the paid reach (null without a paid program). */
  private static Long putPaid(Map<String, Number> m, Tally t) {
    boolean on = t.paidProgram;
    double[] sums = t.sums;
    long impressions = Math.round(sums[PAID_IMPRESSIONS]);
    long likes = Math.round(sums[PAID_LIKES]);
    long comments = Math.round(sums[PAID_COMMENTS]);
    long shares = Math.round(sums[PAID_SHARES]);
    long saves = Math.round(sums[PAID_SAVES]);
    long engagements = likes + comments + shares + saves;
    double adSpend = cents(sums[PAID_AD_SPEND]);
    double revenue = cents(sums[PAID_REVENUE]);
    Long reach = on ? t.audience.paidReach(impressions) : null;
    m.put("paidLikes", on ? likes : null);
    m.put("paidComments", on ? comments : null);
    m.put("paidShares", on ? shares : null);
    m.put("paidClicks", on ? Math.round(sums[PAID_CLICKS]) : null);
    m.put("paidImpressions", on ? impressions : null);
    m.put("paidEngagements", on ? engagements : null);
    m.put("paidEngagementRate", on ? percent(engagements, impressions) : null);
    m.put("paidViews", on && t.video ? Math.round(sums[PAID_VIEWS]) : null);
    m.put("paidReach", reach);
    m.put("paidSaves", on ? saves : null);
    m.put("paidCpe", on ? ratio(adSpend, engagements) : null);
    m.put("paidCpm", on ? perMille(adSpend, impressions) : null);
    m.put("paidPostsCount", on ? t.paidPosts : null);
    m.put("paidInfluencersCount", on ? t.audience.paidMembers() : null);
    m.put("paidAdSpend", on ? adSpend : null);
    m.put("paidReturnOnAdSpend", on ? ratio(revenue, adSpend) : null);
    m.put("paidInitialPlays", on ? Math.round(sums[PAID_INITIAL_PLAYS]) : null);
    m.put("paidCost", on ? cents(adSpend + sums[PAID_FEES]) : null);
    return reach;
  }

  private static void putTracking(Map<String, Number> m, Tally t) {
    boolean on = t.trackingLinks;
    double[] sums = t.sums;
    m.put("trackingLinksClicks", on ? Math.round(sums[TRACKING_CLICKS]) : null);
    m.put("trackingLinksConversions", on ? Math.round(sums[TRACKING_CONVERSIONS]) : null);
    m.put("trackingLinksConversionValue", on ? cents(sums[TRACKING_VALUE]) : null);
  }

  private static void putAffiliate(Map<String, Number> m, Tally t) {
    boolean on = t.affiliateLinks;
    double[] sums = t.sums;
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
}
