package io.laterreporting.emulator;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Draws campaigns, including the awkward names and missing descriptions a reader must survive. */
final class CampaignFactory {
  private static final List<String> NAME_PATTERNS =
      List.of(
          "Été \"Summer\" Drop, %d — 夏",
          "Summer Collection %d",
          "Holiday Gift Guide %d",
          "Back-to-School, Part 2 (%d)",
          "Spring \"Fresh\" Launch %d",
          "Black Friday — Doorbusters %d",
          "Creator Collab: Ñandú Edition %d",
          "Glow-Up Series ✨ %d",
          "Rentrée, Été & Co. %d",
          "Новогодняя кампания %d",
          "夏のセール %d",
          "Ramadan Kareem / رمضان %d",
          "Fitness, Food & \"Fun\" %d",
          "Q4 Brand Awareness %d",
          "Sustainable Picks 🌱 %d",
          "Z\u00fcrich City Guide %d");

  private static final List<String> DESCRIPTIONS =
      List.of(
          "Seasonal product launch",
          "Always-on ambassador program, tier \"Gold\"",
          "Creators review the new line; includes giveaways, codes and links",
          "Lancement de la collection d'été — édition limitée",
          "UGC push for the app's relaunch",
          "新製品のプロモーション");

  private static final double POSTING_PROBABILITY = 0.2;

  private final long seed;

  CampaignFactory(long seed) {
    this.seed = seed;
  }

  /**
   * A campaign whose last post falls on a quarter end: the default sort key (lastPostDate) then
   * takes only a handful of values across the dataset, so ties are common, as in the real API.
   */
  Campaign regular(long id, String instanceId, LocalDate spanStart, LocalDate spanEnd) {
    SplittableRandom random = new SplittableRandom(Hashing.hash(seed, id, 1));
    long spanDays = spanEnd.toEpochDay() - spanStart.toEpochDay();
    LocalDate start = spanStart.plusDays(random.nextLong(Math.max(1, spanDays - 20)));
    LocalDate end = quarterEnd(start.plusDays(20 + random.nextInt(250)));
    if (end.isAfter(spanEnd)) {
      end = spanEnd;
    }
    return build(id, instanceId, start, end, random);
  }

  /** A campaign active over the whole span, as drift inserts it. */
  Campaign spanning(long id, String instanceId, LocalDate spanStart, LocalDate spanEnd) {
    return build(
        id, instanceId, spanStart, spanEnd, new SplittableRandom(Hashing.hash(seed, id, 2)));
  }

  private Campaign build(
      long id, String instanceId, LocalDate start, LocalDate end, SplittableRandom random) {
    String name =
        String.format(NAME_PATTERNS.get(random.nextInt(NAME_PATTERNS.size())), start.getYear());
    String description =
        random.nextInt(4) == 0 ? null : DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size()));
    return new Campaign(
        id,
        instanceId,
        name,
        description,
        drawPlatforms(random),
        postDays(random, start, end),
        random.nextDouble() < 0.45,
        random.nextDouble() < 0.5,
        random.nextDouble() < 0.35,
        1 + random.nextInt(40),
        0.2 + 2.0 * random.nextDouble(),
        0.15 + 0.5 * random.nextDouble());
  }

  private static List<String> drawPlatforms(SplittableRandom random) {
    List<String> all = new ArrayList<>(Platforms.names());
    List<String> chosen = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      // Weighted towards the big networks: the first four are drawn more often.
      int index =
          random.nextInt(2) == 0
              ? random.nextInt(Math.min(4, all.size()))
              : random.nextInt(all.size());
      chosen.add(all.remove(index));
    }
    return chosen;
  }

  private static int[] postDays(SplittableRandom random, LocalDate start, LocalDate end) {
    int first = (int) start.toEpochDay();
    int last = (int) end.toEpochDay();
    int[] days = new int[last - first + 1];
    int count = 0;
    for (int day = first; day <= last; day++) {
      if (day == first || day == last || random.nextDouble() < POSTING_PROBABILITY) {
        days[count++] = day;
      }
    }
    int[] result = new int[count];
    System.arraycopy(days, 0, result, 0, count);
    return result;
  }

  private static LocalDate quarterEnd(LocalDate day) {
    LocalDate quarterStart = day.with(IsoFields.DAY_OF_QUARTER, 1);
    return quarterStart.plusMonths(3).minusDays(1);
  }
}
