package io.laterreporting.pipelines.sinks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right to change an output's partitions and manifest: {@code <output>/_lease.json}, created
 * atomically by one run at a time ({@link LeaseStore}), naming the run and an expiry. A run that
 * finds the lease held waits for it; one that finds it expired (its holder died) takes it over. The
 * holder renews it while it works, and deletes it when done. Only the replacement itself runs under
 * the lease (seconds), not the read, so two runs on one output read in parallel and replace one
 * after the other: the later one's partitions win, none holds both runs' rows.
 */
final class OutputLease implements AutoCloseable {
  static final String FILE_NAME = "_lease.json";
  static final Duration TIME_TO_LIVE = Duration.ofMinutes(2);
  static final Duration MAX_WAIT = Duration.ofMinutes(30);
  private static final Duration FIRST_POLL = Duration.ofMillis(50);
  private static final Duration MAX_POLL = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(OutputLease.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a waiting run pauses between looks at the lease; tests pass one that records. */
  interface Pause {
    void pause(Duration duration) throws IOException, InterruptedException;
  }

  private final LeaseStore store;
  private final String runId;
  private final Clock clock;
  private final Set<String> expiredHolders;
  private LeaseStore.Stored held;
  private Instant renewedAt;

  private OutputLease(
      LeaseStore store,
      String runId,
      Clock clock,
      LeaseStore.Stored held,
      Set<String> expiredHolders) {
    this.store = store;
    this.runId = runId;
    this.clock = clock;
    this.held = held;
    this.expiredHolders = Set.copyOf(expiredHolders);
    this.renewedAt = clock.instant();
  }

  /**
   * The runs whose lease had expired when this run found it: dead, or stopping at their renewal.
   */
  Set<String> expiredHolders() {
    return expiredHolders;
  }

  /** Takes the lease, waiting while another live run holds it. */
  static OutputLease acquire(LeaseStore store, String runId, Clock clock, Pause pause)
      throws IOException, InterruptedException {
    Instant giveUp = clock.instant().plus(MAX_WAIT);
    Duration poll = FIRST_POLL;
    Set<String> expiredHolders = new TreeSet<>();
    while (true) {
      String content = content(runId, clock.instant().plus(TIME_TO_LIVE));
      if (store.createIfAbsent(content)) {
        LeaseStore.Stored mine = store.read();
        if (mine != null && mine.content.equals(content)) {
          return new OutputLease(store, runId, clock, mine, expiredHolders);
        }
        continue;
      }
      LeaseStore.Stored other = store.read();
      if (other == null) {
        continue;
      }
      Instant expiry = expiry(other);
      if (!clock.instant().isBefore(expiry)) {
        LOG.warn(
            "Taking over {}: held by a run whose lease expired at {}", store.location(), expiry);
        expiredHolders.add(holder(other));
        store.deleteIfUnchanged(other);
        continue;
      }
      if (clock.instant().isAfter(giveUp)) {
        throw new IOException(
            String.format(
                "the output is being replaced by run %s (lease %s, renewed until %s); waited %s",
                holder(other), store.location(), expiry, MAX_WAIT));
      }
      LOG.info(
          "Waiting for run {} to finish replacing partitions ({})",
          holder(other),
          store.location());
      pause.pause(poll);
      poll = poll.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : poll.multipliedBy(2);
    }
  }

  /** Extends the lease once a third of its life has passed; fails if another run took it. */
  void renewIfDue() throws IOException {
    if (Duration.between(renewedAt, clock.instant()).compareTo(TIME_TO_LIVE.dividedBy(3)) < 0) {
      return;
    }
    String content = content(runId, clock.instant().plus(TIME_TO_LIVE));
    if (!store.replaceIfUnchanged(held, content)) {
      throw new IOException(
          "lost the lease " + store.location() + " to another run: stopped replacing partitions");
    }
    held = store.read();
    renewedAt = clock.instant();
  }

  @Override
  public void close() throws IOException {
    if (held != null && !store.deleteIfUnchanged(held)) {
      LOG.warn("Lease {} was no longer this run's when it finished", store.location());
    }
    held = null;
  }

  private static String content(String runId, Instant expiresAt) {
    Map<String, String> lease = new LinkedHashMap<>();
    lease.put("runId", runId);
    lease.put("expiresAt", expiresAt.toString());
    try {
      return JSON.writeValueAsString(lease);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant expiry(LeaseStore.Stored lease) {
    try {
      return Instant.parse(JSON.readTree(lease.content).path("expiresAt").asText());
    } catch (IOException | RuntimeException unreadable) {
      // A lease cut short by a crash while it was written: treat it as expired.
      return Instant.EPOCH;
    }
  }

  private static String holder(LeaseStore.Stored lease) {
    try {
      return JSON.readTree(lease.content).path("runId").asText("?");
    } catch (IOException e) {
      return "?";
    }
  }
}
