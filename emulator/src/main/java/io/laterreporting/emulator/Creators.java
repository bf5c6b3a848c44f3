package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The creators of the world: one pool shared by every instance, so a creator works for several
 * campaigns and instances. A campaign's influencer slot maps to a creator of the pool; each creator
 * has a follower count, a name and an account per network.
 */
final class Creators {
  static final long FIRST_ID = 7_000_000;
  private static final long SALT_CREATOR = 2001;
  private static final long SALT_FOLLOWERS = 2002;
  private static final long SALT_NAME = 2004;
  private static final int GROWTH_FROM_DAY = (int) LocalDate.of(2023, 1, 1).toEpochDay();

  private static final List<String> FIRST_NAMES =
      List.of(
          "Ana",
          "Björn",
          "Chloé",
          "Dmitri",
          "Emeka",
          "Fatima",
          "Giulia",
          "Hiroshi",
          "Inès",
          "Jae-won",
          "Kofi",
          "Léa",
          "Mateo",
          "Nour",
          "Olga",
          "Priya",
          "Quinn",
          "Rafael",
          "Siobhán",
          "Tomás",
          "Uma",
          "Valentina",
          "Wei",
          "Zoë");
  private static final List<String> LAST_NAMES =
      List.of(
          "Álvarez",
          "Brown",
          "Céspedes",
          "Dubois",
          "Eze",
          "Fischer",
          "García",
          "Haddad",
          "Ivanova",
          "Jensen",
          "Kowalski",
          "Lindqvist",
          "Müller",
          "Nakamura",
          "O'Brien",
          "Patel",
          "Rossi",
          "Silva",
          "Tanaka",
          "Van der Berg",
          "Yılmaz",
          "Żak");

  private final long seed;
  private final int poolSize;

  Creators(long seed, int poolSize) {
    this.seed = seed;
    this.poolSize = Math.max(1, poolSize);
  }

  /** About two creators per campaign: enough that most creators post for several campaigns. */
  static int poolSizeFor(int campaigns) {
    return Math.max(10, 2 * campaigns);
  }

  long creatorOf(Campaign campaign, int influencer) {
    return FIRST_ID
        + Long.remainderUnsigned(
            Hashing.hash(seed, campaign.id, influencer, SALT_CREATOR), poolSize);
  }

  private double followers(long creatorId) {
    double u = Hashing.unit(Hashing.hash(seed, creatorId, SALT_FOLLOWERS));
    return 1_000 + 500_000 * u * u;
  }

  /** Followers grow 0.03% a day from 2023-01-01. */
  long followersAt(long creatorId, int epochDay) {
    return Math.round(
        followers(creatorId) * (1 + 0.0003 * Math.max(0, epochDay - GROWTH_FROM_DAY)));
  }

  String fullName(long creatorId) {
    long h = Hashing.hash(seed, creatorId, SALT_NAME);
    return FIRST_NAMES.get((int) Long.remainderUnsigned(h, FIRST_NAMES.size()))
        + " "
        + LAST_NAMES.get((int) Long.remainderUnsigned(Hashing.mix(h), LAST_NAMES.size()));
  }

  String pictureUrl(long creatorId) {
    return "https://cdn.later.example/creators/" + creatorId + ".jpg";
  }

  CreatorProfile profile(long creatorId, String network) {
    String handle = handle(creatorId);
    return new CreatorProfile(
        handle,
        network,
        fullName(creatorId),
        "https://cdn.later.example/creators/" + creatorId + "/" + network + ".jpg",
        "https://" + network + ".example/" + handle);
  }

  private String handle(long creatorId) {
    String first =
        fullName(creatorId).split(" ")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return (first.isEmpty() ? "creator" : first) + "_" + Long.toString(creatorId - FIRST_ID, 36);
  }
}
