package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.CampaignRosterEntry;
import io.laterreporting.beam.client.LaterApiClient;
import io.laterreporting.beam.client.PageInfo;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.client.RosterPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The campaigns on the roster of a set of instances, read side by side within the JVM-wide bound on
 * requests in flight rather than one page after another. Page 1 of the whole roster tells how: with
 * {@code totalPages}, every other page at once (no more requests than a walk); otherwise (cursors,
 * no totals) each instance's roster as its own chain, the chains side by side (the roster of
 * several instances is the union of theirs; a chain per instance costs at most one request more per
 * instance). A roster of 12 instances x 3,000 campaigns is 360 pages: 72 s at 200 ms a page one
 * after another, 9 s with 8 in flight.
 *
 * <p>Pages read side by side may disagree (an unstable order can show a campaign twice or skip
 * one): harmless here, because the roster is only positive evidence. A campaign it misses is looked
 * up by id before a unit is read again ({@link CheckMembershipFn}).
 */
final class RosterWalk {
  private RosterWalk() {}

  /**
   * The campaign ids on the roster of {@code instances} (empty: all bound instances). Every request
   * takes one of the JVM-wide slots; the caller's thread, which waits, holds none, so waiting here
   * cannot starve the requests it waits for.
   */
  static Set<Long> campaignIds(
      LaterApiClient client, ConcurrentRequests requests, List<String> instances) {
    RosterPage first =
        join(
            requests.submit(
                () -> client.campaigns(instances, PageRequest.first(ApiLimits.MAX_PAGE_SIZE))));
    PageInfo info = first.pageInfo();
    Set<Long> ids = new HashSet<>();
    List<CompletableFuture<List<RosterPage>>> rest = new ArrayList<>();
    if (info.generation() == PaginationGeneration.PAGE_NUMBER
        && (info.page() == null || info.page() == 1)
        && info.totalPages() != null
        && info.totalPages() <= ApiLimits.MAX_PAGE_NUMBER) {
      idsOf(List.of(first), ids);
      for (int number = 2; number <= info.totalPages(); number++) {
        int page = number;
        rest.add(requests.submit(() -> List.of(client.campaignPage(instances, page))));
      }
    } else if (instances.size() > 1 && !info.isLast()) {
      idsOf(List.of(first), ids);
      for (String instance : instances) {
        rest.add(requests.submit(() -> client.allCampaignPages(List.of(instance))));
      }
    } else {
      // One chain; or an answer the walk refuses (a wrong page, more pages than the API serves).
      idsOf(join(requests.submit(() -> client.campaignPagesFrom(instances, first))), ids);
    }
    try {
      for (CompletableFuture<List<RosterPage>> pages : rest) {
        idsOf(join(pages), ids);
      }
    } catch (RuntimeException e) {
      rest.forEach(pages -> pages.cancel(false));
      throw e;
    }
    return ids;
  }

  /** The answer, or the request's own failure (not wrapped). */
  private static <T> T join(CompletableFuture<T> answer) {
    try {
      return answer.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
    }
  }

  private static void idsOf(List<RosterPage> pages, Set<Long> ids) {
    for (RosterPage page : pages) {
      for (CampaignRosterEntry entry : page.rows()) {
        ids.add(entry.campaignId());
      }
    }
  }
}
