package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emulator's data and the test oracle in one: what the server answers is computed by the same
 * methods tests call, and drift inserts show up here as soon as they are made.
 */
public final class Dataset {
  private final List<String> instanceIds;
  private final List<String> boundInstanceIds;
  private final LocalDate spanEnd;
  private final DatasetGenerator generator;
  private final MetricAggregator aggregator;
  private final PostRows postRows;
  private final CreatorRows creatorRows;
  private final InstanceTotals instanceTotals;
  private final InstanceSeries instanceSeries;
  private final long seed;
  private final double archivedShare;
  private final List<Long> deletedCampaignIds = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<Long> recreatedCampaignIds = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile Snapshot snapshot;

  /** The campaign query computed last: membership churn deletes among its first rows. */
  private volatile RowQuery lastCampaignQuery;

  /** The campaigns at one moment; replaced as a whole when drift inserts one. */
  private record Snapshot(long version, Map<String, List<Campaign>> campaignsByInstance) {}

  Dataset(
      long seed,
      int instances,
      double meanCampaignsPerInstance,
      List<String> boundInstances,
      LocalDate spanStart,
      LocalDate spanEnd) {
    this(seed, instances, meanCampaignsPerInstance, boundInstances, spanStart, spanEnd, 0);
  }

  Dataset(
      long seed,
      int instances,
      double meanCampaignsPerInstance,
      List<String> boundInstances,
      LocalDate spanStart,
      LocalDate spanEnd,
      double archivedShare) {
    this.seed = seed;
    this.archivedShare = archivedShare;
    this.generator = new DatasetGenerator(seed, spanStart, spanEnd);
    PostActivity activity = new PostActivity(seed);
    this.aggregator = new MetricAggregator(activity);
    this.spanEnd = spanEnd;
    this.instanceIds = generator.instanceIds(instances);
    this.boundInstanceIds = boundInstances == null ? instanceIds : List.copyOf(boundInstances);
    if (!instanceIds.containsAll(boundInstanceIds)) {
      throw new IllegalArgumentException(
          "bound instances "
              + boundInstanceIds
              + " are not all among the generated instances "
              + instanceIds);
    }
    Map<String, List<Campaign>> byInstance = new LinkedHashMap<>();
    instanceIds.forEach(id -> byInstance.put(id, new ArrayList<>()));
    List<Campaign> initial = generator.campaigns(instanceIds, meanCampaignsPerInstance);
    for (Campaign campaign : initial) {
      byInstance.get(campaign.instanceId).add(campaign);
    }
    Creators creators = new Creators(seed, Creators.poolSizeFor(initial.size()));
    this.postRows = new PostRows(activity, creators);
    this.creatorRows = new CreatorRows(activity, creators);
    this.instanceTotals = new InstanceTotals(activity, creators);
    this.instanceSeries = new InstanceSeries(activity, creators);
    this.snapshot = new Snapshot(0, freeze(byInstance));
  }

  /** Every instance of the dataset, bound or not. */
  public List<String> instanceIds() {
    return instanceIds;
  }

  /** The instances the emulator's client may read. */
  public List<String> boundInstanceIds() {
    return boundInstanceIds;
  }

  /** How many campaigns each instance has now (drift included). */
  public Map<String, Integer> campaignCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    snapshot.campaignsByInstance().forEach((id, campaigns) -> counts.put(id, campaigns.size()));
    return counts;
  }

  /**
   * The rows one unpaginated, fault-free answer to this query contains, in the stable order (sort
   * key, then ascending campaignId). Empty {@code instanceIds} means every bound instance.
   */
  public List<ExpectedRow> campaignRows(RowQuery query) {
    lastCampaignQuery = query;
    return computeCampaignRows(query);
  }

  private List<ExpectedRow> computeCampaignRows(RowQuery query) {
    RangeFilter filter = RangeFilter.of(query);
    List<ExpectedRow> rows = new ArrayList<>();
    for (Campaign campaign : campaigns(query)) {
      ExpectedRow row = aggregator.row(campaign, filter);
      if (row != null) {
        rows.add(row);
      }
    }
    rows.sort(
        RowOrder.stable(ReportDescriptor.CAMPAIGNS.sortProperty(query), query.sortDirection()));
    return List.copyOf(rows);
  }

  /**
   * The rows of {@code /v2/posts/performance} for this query, in the stable order (sort key, then
   * ascending postId; default postDate DESC), posts whose metrics are all zero included.
   */
  public List<ExpectedPost> postRows(RowQuery query) {
    List<ExpectedPost> rows =
        new ArrayList<>(postRows.rows(campaigns(query), RangeFilter.of(query)));
    rows.sort(
        RowOrder.posts(ReportDescriptor.POSTS.sortProperty(query), query.sortDirection())
            .thenComparingLong(ExpectedPost::postId));
    return List.copyOf(rows);
  }

  /**
   * The rows of {@code /v2/creators/performance}: one per creator over the whole scope of the
   * query, in the stable order (sort key, then ascending creatorId; default postsCount DESC).
   */
  public List<ExpectedCreator> creatorRows(RowQuery query) {
    List<ExpectedCreator> rows =
        new ArrayList<>(creatorRows.rows(campaigns(query), RangeFilter.of(query)));
    rows.sort(
        RowOrder.creators(ReportDescriptor.CREATORS.sortProperty(query), query.sortDirection())
            .thenComparingLong(ExpectedCreator::creatorId));
    return List.copyOf(rows);
  }

  /**
   * The {@code data.metrics} of {@code /v2/instances/performance}: totals over the scope, reach
   * counting each creator once. The query's sort is ignored.
   */
  public Map<String, Number> instanceTotals(RowQuery query) {
    return instanceTotals.totals(campaigns(query), RangeFilter.of(query));
  }

  /** The buckets of {@code /v2/instances/performance-over-time}, ascending; empty ones absent. */
  public List<ExpectedBucket> instanceSeries(RowQuery query, SeriesGranularity granularity) {
    return List.copyOf(
        instanceSeries.buckets(campaigns(query), RangeFilter.of(query), granularity));
  }

  /** The totals of a scope without campaigns, as an answer for no readable instance carries. */
  Map<String, Number> emptyTotals(RowQuery query) {
    return instanceTotals.totals(List.of(), RangeFilter.of(query));
  }

  /**
   * The campaigns of {@code /v2/campaigns} for these instances (empty = all bound), by campaignId.
   */
  public List<RosterEntry> roster(List<String> instanceIds) {
    List<RosterEntry> entries = new ArrayList<>();
    Map<String, List<Campaign>> campaigns = snapshot.campaignsByInstance();
    for (String instanceId : scope(instanceIds)) {
      for (Campaign campaign : campaigns.get(instanceId)) {
        if (!archived(campaign.id)) {
          entries.add(rosterEntry(campaign));
        }
      }
    }
    entries.sort(Comparator.comparingLong(RosterEntry::campaignId));
    return List.copyOf(entries);
  }

  /**
   * The campaigns a query covers, by ascending id, so sums do not depend on how instances are
   * listed.
   */
  private List<Campaign> campaigns(RowQuery query) {
    Set<Long> wanted = Set.copyOf(query.campaignIds());
    Map<String, List<Campaign>> campaigns = snapshot.campaignsByInstance();
    List<Campaign> covered = new ArrayList<>();
    for (String instanceId : scope(query.instanceIds())) {
      for (Campaign campaign : campaigns.get(instanceId)) {
        if (wanted.isEmpty() || wanted.contains(campaign.id)) {
          covered.add(campaign);
        }
      }
    }
    covered.sort(Comparator.comparingLong(c -> c.id));
    return covered;
  }

  /**
   * Whether a campaign is archived: absent from {@code /v2/campaigns} while the performance route
   * still returns its rows (the {@code archivedCampaigns} knob).
   */
  public boolean archived(long campaignId) {
    return archivedShare > 0 && Hashing.unit(Hashing.hash(seed, 71, campaignId)) < archivedShare;
  }

  /** Campaigns membership churn deleted, in order. */
  public List<Long> deletedCampaignIds() {
    return List.copyOf(deletedCampaignIds);
  }

  /** Campaigns membership churn created (each a copy of a deleted one's activity), in order. */
  public List<Long> recreatedCampaignIds() {
    return List.copyOf(recreatedCampaignIds);
  }

  long version() {
    return snapshot.version();
  }

  /** Adds one campaign active across the whole span to a non-empty instance; returns its id. */
  synchronized long insertDriftCampaign() {
    Snapshot current = snapshot;
    List<String> nonEmpty =
        current.campaignsByInstance().entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList();
    if (nonEmpty.isEmpty()) {
      throw new IllegalStateException("drift needs at least one instance with campaigns");
    }
    long maxId =
        current.campaignsByInstance().values().stream()
            .flatMap(List::stream)
            .mapToLong(c -> c.id)
            .max()
            .orElseThrow();
    long version = current.version() + 1;
    String instanceId = nonEmpty.get((int) ((version * 7) % nonEmpty.size()));
    Campaign inserted = generator.driftCampaign(maxId + 1 + (version % 5), instanceId);
    Map<String, List<Campaign>> next = new LinkedHashMap<>();
    current.campaignsByInstance().forEach((id, list) -> next.put(id, new ArrayList<>(list)));
    next.get(instanceId).add(inserted);
    snapshot = new Snapshot(version, freeze(next));
    return inserted.id;
  }

  /**
   * Membership churn: deletes one campaign of a bound instance (one of the first half of the rows
   * of the campaign query computed last, if any: the rows a reader has most likely just read) and
   * creates another in its place, with a new (larger) id and the same posting days, so every query
   * that counted the deleted one counts the new one instead: totals stay, positions move. Returns
   * the deleted id, or -1 if no bound instance has campaigns.
   */
  synchronized long churnCampaign() {
    Snapshot current = snapshot;
    List<Campaign> candidates = new ArrayList<>();
    for (String id : boundInstanceIds) {
      candidates.addAll(current.campaignsByInstance().get(id));
    }
    RowQuery recent = lastCampaignQuery;
    if (recent != null) {
      // The first half of the answer a reader is most likely reading: the worst case.
      List<ExpectedRow> rows = computeCampaignRows(recent);
      Set<Long> early = new java.util.HashSet<>();
      rows.subList(0, (rows.size() + 1) / 2).forEach(row -> early.add(row.campaignId()));
      List<Campaign> inAnswer = candidates.stream().filter(c -> early.contains(c.id)).toList();
      candidates = inAnswer.isEmpty() ? candidates : inAnswer;
    }
    if (candidates.isEmpty()) {
      return -1;
    }
    long version = current.version() + 1;
    Campaign gone =
        candidates.get(
            (int) Long.remainderUnsigned(Hashing.hash(seed, 73, version), candidates.size()));
    long maxId =
        current.campaignsByInstance().values().stream()
            .flatMap(List::stream)
            .mapToLong(c -> c.id)
            .max()
            .orElseThrow();
    Campaign reborn =
        new Campaign(
            maxId + 1,
            gone.instanceId,
            gone.name + " (recreated)",
            gone.description,
            gone.platforms,
            gone.postDays,
            gone.paidProgram,
            gone.trackingLinks,
            gone.affiliateLinks,
            gone.influencerPool,
            gone.scale,
            gone.reachFactor);
    Map<String, List<Campaign>> next = new LinkedHashMap<>();
    current.campaignsByInstance().forEach((id, list) -> next.put(id, new ArrayList<>(list)));
    next.get(gone.instanceId).remove(gone);
    next.get(gone.instanceId).add(reborn);
    snapshot = new Snapshot(version, freeze(next));
    deletedCampaignIds.add(gone.id);
    recreatedCampaignIds.add(reborn.id);
    return gone.id;
  }

  private List<String> scope(List<String> requested) {
    if (requested.isEmpty()) {
      return boundInstanceIds;
    }
    for (String id : requested) {
      if (!boundInstanceIds.contains(id)) {
        throw new IllegalArgumentException("instance " + id + " is not bound to the client");
      }
    }
    return requested.stream().distinct().toList();
  }

  private RosterEntry rosterEntry(Campaign campaign) {
    long firstPost = campaign.firstPostDay().toEpochDay();
    long lastPost = campaign.lastPostDay().toEpochDay();
    // Campaigns are set up a little before their first post goes out.
    long start = firstPost - Long.remainderUnsigned(Hashing.mix(campaign.id), 14);
    String status = lastPost >= spanEnd.toEpochDay() ? "active" : "completed";
    return new RosterEntry(
        campaign.id,
        campaign.name,
        campaign.instanceId,
        campaign.description,
        status,
        Days.startOfDay(start),
        Days.startOfDay(firstPost),
        Days.startOfDay(lastPost));
  }

  private static Map<String, List<Campaign>> freeze(Map<String, List<Campaign>> byInstance) {
    Map<String, List<Campaign>> frozen = new LinkedHashMap<>();
    byInstance.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(frozen);
  }
}
