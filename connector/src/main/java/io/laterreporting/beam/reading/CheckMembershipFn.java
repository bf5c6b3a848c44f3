package io.laterreporting.beam.reading;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The membership check of the multi-page units whose pages agreed: a campaign deleted and another
 * created while a query was read leaves the totals and the page sizes as they were, but moves rows
 * across page boundaries, and one row can fall between two pages unseen. Such a loss always comes
 * with a campaign that was on a page read before the deletion and is gone now. So once every page
 * of every unit over the same instances has been read (the units are grouped by their instances),
 * the roster of those instances is walked once, and a unit is accepted if every campaign on its
 * pages is still on the roster, or, absent from it (archived), still answers the performance route
 * (one request per {@value io.laterreporting.beam.client.ApiLimits#MAX_CAMPAIGN_IDS} such
 * campaigns). Otherwise the unit is read again in one-page pieces.
 *
 * <p>Cost: one roster walk (campaigns / 100 requests, one chain per instance side by side: {@link
 * RosterWalk}) per set of instances per read, whatever the number of windows, plus the look-ups of
 * campaigns absent from the roster.
 */
class CheckMembershipFn<R> extends DoFn<KV<String, Iterable<SeenCampaigns>>, KV<String, Boolean>> {
  private static final Logger LOG = LoggerFactory.getLogger(CheckMembershipFn.class);

  private final ReadSpec spec;
  private final ReportRoute<R> route;
  private final Counter unitsReread =
      Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.UNITS_REREAD);
  private transient @Nullable ApiSession session;
  private transient @Nullable ConcurrentRequests requests;

  CheckMembershipFn(ReadSpec spec) {
    this.spec = spec;
    this.route = spec.typedRoute();
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
    requests =
        ConcurrentRequests.forEndpoint(spec.clientConfig().baseUrl(), spec.maxConcurrentRequests());
  }

  @ProcessElement
  public void processElement(
      @Element KV<String, Iterable<SeenCampaigns>> scope, MultiOutputReceiver out) {
    Set<Long> roster = null;
    for (SeenCampaigns seen : scope.getValue()) {
      if (roster == null) {
        // The instances the unit covers, listed also when its query means "all bound".
        List<String> instances = seen.unit().instancesInScope();
        roster = roster(instances.isEmpty() ? seen.unit().query().instanceIds() : instances);
      }
      List<Long> gone = gone(seen, roster);
      out.get(CheckUnitsFn.VERDICTS).output(KV.of(seen.unit().id(), gone.isEmpty()));
      if (!gone.isEmpty()) {
        LOG.warn(
            "Query {}: campaigns {} were on its pages and are gone now (deleted while it was"
                + " read, so rows may have moved between pages unseen); reading it again in"
                + " one-page pieces",
            seen.unit().id(),
            gone);
        unitsReread.inc();
        out.get(CheckUnitsFn.TO_REREAD).output(seen);
      }
    }
    session.flushCounters();
  }

  private Set<Long> roster(List<String> instances) {
    return RosterWalk.campaignIds(session.client, requests, instances);
  }

  /** The seen campaigns that are neither on the roster nor answered by the performance route. */
  private List<Long> gone(SeenCampaigns seen, Set<Long> roster) {
    Set<Long> absent = new LinkedHashSet<>(seen.campaignIds());
    absent.removeAll(roster);
    if (absent.isEmpty()) {
      return List.of();
    }
    ReadUnit unit = seen.unit();
    PieceReader<R> pieces = new PieceReader<>(session, route);
    List<List<Long>> batches = pieces.batches(unit, new ArrayList<>(absent));
    for (int i = 0; i < batches.size(); i++) {
      for (R row : pieces.fetchPiece(unit, batches.get(i), i).rows()) {
        absent.remove(route.campaignId(row));
      }
    }
    return List.copyOf(absent);
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
