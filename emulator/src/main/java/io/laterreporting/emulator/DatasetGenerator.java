package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the initial instances and campaigns from a seed. Campaign counts per instance are
 * deliberately uneven around the requested mean: about one instance in five has none, and the
 * counts of the others follow a heavy-tailed draw, so one instance can hold many times the mean.
 */
final class DatasetGenerator {
  private final long seed;
  private final LocalDate spanStart;
  private final LocalDate spanEnd;
  private final CampaignFactory campaignFactory;

  DatasetGenerator(long seed, LocalDate spanStart, LocalDate spanEnd) {
    this.seed = seed;
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
    this.campaignFactory = new CampaignFactory(seed);
  }

  List<String> instanceIds(int count) {
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; ids.size() < count; i++) {
      ids.add(
          "instance_"
              + Long.toString(
                  Long.remainderUnsigned(Hashing.hash(seed, 7, i), 36L * 36 * 36 * 36 * 36 * 36),
                  36));
    }
    return List.copyOf(ids);
  }

  List<Campaign> campaigns(List<String> instanceIds, double meanPerInstance) {
    int[] counts = campaignCounts(instanceIds.size(), meanPerInstance);
    SplittableRandom idRandom = new SplittableRandom(Hashing.hash(seed, 11));
    long nextId = 40_000 + idRandom.nextInt(10_000);
    List<Campaign> campaigns = new ArrayList<>();
    for (int i = 0; i < instanceIds.size(); i++) {
      for (int c = 0; c < counts[i]; c++) {
        campaigns.add(campaignFactory.regular(nextId, instanceIds.get(i), spanStart, spanEnd));
        nextId += 1 + idRandom.nextInt(37);
      }
    }
    return campaigns;
  }

  Campaign driftCampaign(long id, String instanceId) {
    return campaignFactory.spanning(id, instanceId, spanStart, spanEnd);
  }

  int[] campaignCounts(int instances, double mean) {
    SplittableRandom random = new SplittableRandom(Hashing.hash(seed, 13));
    double[] weights = new double[instances];
    double weightSum = 0;
    for (int i = 0; i < instances; i++) {
      boolean empty = instances >= 3 && random.nextInt(5) == 0;
      // The square of an exponential draw: most instances small, a few many times the mean.
      double draw = -Math.log(1.0 - random.nextDouble());
      weights[i] = empty ? 0 : draw * draw;
      weightSum += weights[i];
    }
    if (weightSum == 0) {
      weights[0] = 1;
      weightSum = 1;
    }
    long total = Math.round(mean * instances);
    int[] counts = new int[instances];
    long assigned = 0;
    double[] remainders = new double[instances];
    for (int i = 0; i < instances; i++) {
      double exact = total * weights[i] / weightSum;
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      assigned += counts[i];
    }
    // Largest remainders first, so the counts add up exactly to the requested total.
    while (assigned < total) {
      int best = 0;
      for (int i = 1; i < instances; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
      assigned++;
    }
    return counts;
  }
}
