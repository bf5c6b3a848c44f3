package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.CampaignRosterEntry;
import io.laterreporting.beam.client.LaterApiClient;
import io.laterreporting.beam.client.RosterPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The campaigns on the roster of a set of instances, walked one instance per request slot: the
 * roster of several instances is the union of theirs, and each instance's walk is a chain of pages
 * under the guards of {@code PageWalk}, so the chains run side by side within the JVM-wide bound on
 * requests in flight instead of one page after another (a roster of 12 instances x 280 campaigns is
 * 34 pages: 7 s at 200 ms a page alone, about 1 s as 12 chains). A roster of "all bound instances"
 * (no ids) is one chain.
 */
final class RosterWalk {
  private RosterWalk() {}

  static Set<Long> campaignIds(
      LaterApiClient client, ConcurrentRequests requests, List<String> instances) {
    if (instances.size() <= 1) {
      return idsOf(client.allCampaignPages(instances));
    }
    List<CompletableFuture<Set<Long>>> chains = new ArrayList<>();
    for (String instance : instances) {
      chains.add(requests.submit(() -> idsOf(client.allCampaignPages(List.of(instance)))));
    }
    Set<Long> ids = new HashSet<>();
    try {
      chains.forEach(chain -> ids.addAll(chain.join()));
    } catch (CompletionException e) {
      chains.forEach(chain -> chain.cancel(false));
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
    }
    return ids;
  }

  private static Set<Long> idsOf(List<RosterPage> pages) {
    Set<Long> ids = new HashSet<>();
    for (RosterPage page : pages) {
      for (CampaignRosterEntry entry : page.rows()) {
        ids.add(entry.campaignId());
      }
    }
    return ids;
  }
}
