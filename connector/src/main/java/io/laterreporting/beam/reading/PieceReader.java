package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.ApiLimits;
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
import io.laterreporting.beam.routes.ReportRoute;
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
final class PieceReader<R> {
  private static final int ROSTER_ATTEMPTS = 3;

  private final LaterApiClient client;
  private final ApiSession session;
  private final ReportRoute<R> route;

  PieceReader(ApiSession session, ReportRoute<R> route) {
    this.session = session;
    this.client = session.client;
    this.route = route;
  }

  /**
   * The unit's campaign ids, in batches that each fit in one page: the roster's, and {@code seen}
   * (campaigns the unit's pages held), since a campaign absent from the roster (archived) may still
   * have rows; as many campaigns as the unit's page holds rows when each campaign is one row, else
   * one campaign per piece.
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

  /**
   * {@code ids} in batches that each fit in one page: as many campaigns as the unit's page holds
   * rows when each campaign is one row, else one campaign per piece.
   */
  List<List<Long>> batches(ReadUnit unit, List<Long> ids) {
    return ReadPlanner.chunks(
        ids, route.oneRowPerCampaign() ? Math.min(ApiLimits.MAX_CAMPAIGN_IDS, unit.pageSize()) : 1);
  }

  /** Rows per page of a piece: the unit's, or the API's largest when a campaign has many rows. */
  private int piecePageSize(ReadUnit unit) {
    return route.oneRowPerCampaign() ? unit.pageSize() : ApiLimits.MAX_PAGE_SIZE;
  }

  private PerformancePage<R> piecePage(ReadUnit unit, List<Long> campaignIds) {
    PageRequest first = PageRequest.first(piecePageSize(unit));
    PerformanceQuery query = unit.query().withCampaignIds(campaignIds);
    PerformancePage<R> page = client.report(route.format(), query, first);
    new PageWalk(route.apiRoute(), query.describe(), 0).check(first, page.pageInfo());
    return page;
  }

  /**
   * One piece's page; fails if the piece unexpectedly needs more than one page. Safe on any thread:
   * it counts nothing.
   */
  PerformancePage<R> fetchPiece(ReadUnit unit, List<Long> campaignIds, int pieceIndex) {
    PerformancePage<R> page = piecePage(unit, campaignIds);
    PageInfo info = page.pageInfo();
    int rows = page.rows().size();
    // One row per campaign: a page with a row for each campaign asked for is the whole answer.
    boolean complete =
        info.isLast()
            || (route.oneRowPerCampaign() && rows >= campaignIds.size())
            || (info.generation() == PaginationGeneration.PAGE_NUMBER
                && info.totalPages() == null
                && rows < piecePageSize(unit));
    if (!complete) {
      throw new IllegalStateException(
          String.format(
              "Query %s, piece %d (campaignIds %s): the API answered more than one page of %d rows"
                  + " for %d campaigns, so it cannot be read exactly",
              unit.id(), pieceIndex, campaignIds, piecePageSize(unit), campaignIds.size()));
    }
    return page;
  }

  /**
   * All the unit's rows, piece by piece, {@code seen} campaigns included; fails if a row comes back
   * twice. A piece of one campaign with more rows than a page (posts), and a unit of a route that
   * cannot be cut by campaign (its rows aggregate over campaigns), are read whole again instead, in
   * the largest pages, up to {@value #ROSTER_ATTEMPTS} times, until their pages agree.
   */
  List<R> readUnit(ReadUnit unit, List<Long> seen) {
    if (!route.allows(ReportRoute.Cut.CAMPAIGN)) {
      return readWhole(unit, unit.query());
    }
    List<List<Long>> pieces = campaignPieces(unit, seen);
    List<R> rows = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (route.oneRowPerCampaign()) {
        rows.addAll(fetchPiece(unit, pieces.get(i), i).rows());
        session.pageRead();
        continue;
      }
      PerformancePage<R> page = piecePage(unit, pieces.get(i));
      session.pageRead();
      PageWalk walk = new PageWalk(route.apiRoute(), unit.query().describe(), 0);
      int size = page.rows().size();
      rows.addAll(
          walk.next(PageRequest.first(piecePageSize(unit)), page.pageInfo(), size, size) == null
              ? page.rows()
              : readWhole(unit, unit.query().withCampaignIds(pieces.get(i))));
    }
    String duplicate = UnitCheck.firstDuplicate(rows, route);
    if (duplicate != null) {
      throw new IllegalStateException(
          String.format(
              "Query %s: row %s came back twice when read in pieces of one page each",
              unit.id(), duplicate));
    }
    return rows;
  }

  private List<R> readWhole(ReadUnit unit, PerformanceQuery query) {
    String problem = null;
    for (int attempt = 1; attempt <= ROSTER_ATTEMPTS; attempt++) {
      List<R> rows = new ArrayList<>();
      Long reported = null;
      PageWalk walk = new PageWalk(route.apiRoute(), query.describe(), 0);
      PageRequest request = PageRequest.first(ApiLimits.MAX_PAGE_SIZE);
      while (request != null) {
        PerformancePage<R> page = client.report(route.format(), query, request);
        session.pageRead();
        rows.addAll(page.rows());
        reported = reported == null ? page.pageInfo().totalItems() : reported;
        int size = page.rows().size();
        request = walk.next(request, page.pageInfo(), size, size);
      }
      String duplicate = UnitCheck.firstDuplicate(rows, route);
      if (duplicate == null && (reported == null || reported == rows.size())) {
        return rows;
      }
      problem =
          duplicate != null
              ? "row " + duplicate + " came back twice"
              : rows.size() + " rows arrived, " + reported + " reported";
    }
    throw new IllegalStateException(
        String.format(
            "Query %s (%s): the pages of this %s query disagreed in %d reads (%s), and it cannot be"
                + " cut further without changing its rows; read a shorter date range (withGranularity)",
            unit.id(), query.describe(), route.name(), ROSTER_ATTEMPTS, problem));
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
              "%d entries, %d distinct campaigns, totalItems %s",
              entries, ids.size(), info.totalItems());
    }
    throw new IllegalStateException(
        String.format(
            "Query %s: the campaign list of instances %s was inconsistent in %d reads (%s)",
            unit.id(), unit.instancesInScope(), ROSTER_ATTEMPTS, problem));
  }
}
