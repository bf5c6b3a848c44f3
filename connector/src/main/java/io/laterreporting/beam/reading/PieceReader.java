package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.ApiRoute;
import io.laterreporting.beam.client.CampaignRosterEntry;
import io.laterreporting.beam.client.LaterApiClient;
import io.laterreporting.beam.client.PageInfo;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PageWalk;
import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.client.RosterPage;
import io.laterreporting.beam.planning.ReadPlanner;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a unit in pieces that each fit in one page: the unit's campaigns, listed by {@code
 * /v2/campaigns}, in batches of at most 50 ids. A one-page answer holds every row of its query
 * whatever order the server sorts in, so this is the way to read a unit whose pages disagreed, and
 * one too large to page through.
 */
final class PieceReader {
  private static final int ROSTER_ATTEMPTS = 3;

  private final LaterApiClient client;
  private final ApiSession session;

  PieceReader(ApiSession session) {
    this.session = session;
    this.client = session.client;
  }

  /**
   * The unit's campaign ids, in batches that each fit in one page of the unit's size: the roster's,
   * and {@code seen} (campaigns the unit's pages held), since a campaign absent from the roster
   * (archived) may still have rows.
   */
  List<List<Long>> campaignPieces(ReadUnit unit, List<Long> seen) {
    Set<Long> ids = new LinkedHashSet<>(rosterIds(unit));
    ids.addAll(seen);
    List<Long> wanted = unit.query().campaignIds();
    if (!wanted.isEmpty()) {
      ids.retainAll(new HashSet<>(wanted));
    }
    return batches(unit, new ArrayList<>(ids));
  }

  /** {@code ids} in batches that each fit in one page of the unit's size. */
  List<List<Long>> batches(ReadUnit unit, List<Long> ids) {
    return ReadPlanner.chunks(ids, Math.min(ApiLimits.MAX_CAMPAIGN_IDS, unit.pageSize()));
  }

  /**
   * One piece's page; fails if the piece unexpectedly needs more than one page. Safe on any thread:
   * it counts nothing.
   */
  PerformancePage fetchPiece(ReadUnit unit, List<Long> campaignIds, int pieceIndex) {
    PageRequest first = PageRequest.first(unit.pageSize());
    PerformanceQuery query = unit.query().withCampaignIds(campaignIds);
    PerformancePage page = client.campaignPerformance(query, first);
    PageInfo info = page.pageInfo();
    new PageWalk(ApiRoute.CAMPAIGN_PERFORMANCE, query.describe(), 0).check(first, info);
    int rows = page.rows().size();
    // One row per campaign: a page with a row for each campaign asked for is the whole answer.
    boolean complete =
        info.isLast()
            || rows >= campaignIds.size()
            || (info.generation() == PaginationGeneration.PAGE_NUMBER
                && info.totalPages() == null
                && rows < unit.pageSize());
    if (!complete) {
      throw new IllegalStateException(
          String.format(
              "Query %s, piece %d (campaignIds %s): the API answered more than one page of %d rows"
                  + " for %d campaigns, so it cannot be read exactly",
              unit.id(), pieceIndex, campaignIds, unit.pageSize(), campaignIds.size()));
    }
    return page;
  }

  /**
   * All the unit's rows, piece by piece, {@code seen} campaigns included; fails if a campaign comes
   * back twice.
   */
  List<CampaignPerformance> readUnit(ReadUnit unit, List<Long> seen) {
    List<List<Long>> pieces = campaignPieces(unit, seen);
    List<CampaignPerformance> rows = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      rows.addAll(fetchPiece(unit, pieces.get(i), i).rows());
      session.pageRead();
    }
    String duplicate = UnitCheck.firstDuplicate(rows);
    if (duplicate != null) {
      throw new IllegalStateException(
          String.format(
              "Query %s: campaign %s came back twice when read in pieces of one page each",
              unit.id(), duplicate));
    }
    return rows;
  }

  private Set<Long> rosterIds(ReadUnit unit) {
    String problem = null;
    for (int attempt = 1; attempt <= ROSTER_ATTEMPTS; attempt++) {
      Set<Long> ids = new LinkedHashSet<>();
      int entries = 0;
      PageInfo info = null;
      for (RosterPage page : client.allCampaignPages(unit.instancesInScope())) {
        for (CampaignRosterEntry entry : page.rows()) {
          ids.add(entry.campaignId());
          entries++;
        }
        info = page.pageInfo();
      }
      boolean complete =
          entries == ids.size()
              && (info.generation() == PaginationGeneration.CURSOR
                  || info.totalItems() == null
                  || info.totalItems() == ids.size());
      if (complete) {
        return ids;
      }
      problem =
          String.format(
              "%d entries, %d distinct campaigns, totalItems %s", entries, ids.size(), info.totalItems());
    }
    throw new IllegalStateException(
        String.format(
            "Query %s: the campaign list of instances %s was inconsistent in %d reads (%s)",
            unit.id(), unit.instancesInScope(), ROSTER_ATTEMPTS, problem));
  }
}
