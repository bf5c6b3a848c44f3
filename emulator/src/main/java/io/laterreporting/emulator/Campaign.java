package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic campaign. Only its identity and the days it posted on are stored; every metric is
 * derived on demand from the seed, so the dataset stays small however long its date span is.
 */
final class Campaign {
  final long id;
  final String instanceId;
  final String name;
  final String description;
  final List<String> platforms;

  /** Epoch days with at least one post, ascending; never empty. */
  final int[] postDays;

  final boolean paidProgram;
  final boolean trackingLinks;
  final boolean affiliateLinks;

  /** Distinct creators the campaign works with; at most 64 so a long bit set can count them. */
  final int influencerPool;

  /** Size of the campaign's audience relative to an average one. */
  final double scale;

  /** Share of the potential reach that is actually reached. */
  final double reachFactor;

  Campaign(
      long id,
      String instanceId,
      String name,
      String description,
      List<String> platforms,
      int[] postDays,
      boolean paidProgram,
      boolean trackingLinks,
      boolean affiliateLinks,
      int influencerPool,
      double scale,
      double reachFactor) {
    if (postDays.length == 0 || influencerPool < 1 || influencerPool > 64) {
      throw new IllegalArgumentException("campaign " + id + " is malformed");
    }
    this.id = id;
    this.instanceId = instanceId;
    this.name = name;
    this.description = description;
    this.platforms = List.copyOf(platforms);
    this.postDays = postDays;
    this.paidProgram = paidProgram;
    this.trackingLinks = trackingLinks;
    this.affiliateLinks = affiliateLinks;
    this.influencerPool = influencerPool;
    this.scale = scale;
    this.reachFactor = reachFactor;
  }

  LocalDate firstPostDay() {
    return LocalDate.ofEpochDay(postDays[0]);
  }

  LocalDate lastPostDay() {
    return LocalDate.ofEpochDay(postDays[postDays.length - 1]);
  }

  boolean hasVideo() {
    return !Platforms.WITHOUT_VIDEO.containsAll(platforms);
  }

  boolean crossposts() {
    return platforms.stream().anyMatch(Platforms.CROSSPOSTING::contains);
  }
}
