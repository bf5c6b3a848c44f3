package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.Assert.assertEquals;

import io.laterreporting.emulator.BudgetHeaders;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * A gateway that states no budget and sends 429 without {@code Retry-After}, with a 60 s window:
 * once the window is spent, the request that probes for its end is refused as many times in a row
 * as {@link RetryPolicy#maxAttempts()} allows failures. A 429 is flow control, bounded by the retry
 * budget (time waited), so the call succeeds when the window turns instead of failing the read (the
 * benchmark's 60 s scenario failed this way when the read started late in a window). In virtual
 * time: no real waiting.
 */
@RunWith(JUnit4.class)
public class ProbingPastMaxAttemptsTest {
  @Test
  public void givenASpentSixtySecondWindowWithoutHeaders_thenTheProbingCallSucceedsWhenItTurns() {
    VirtualTime time = new VirtualTime(1_800_000_000_000L);
    try (ReportingApiEmulator emulator =
        ReportingApiEmulator.builder()
            .seed(3)
            .instances(2)
            .campaignsPerInstance(3)
            .clock(time.clock())
            .rateLimit(3, Duration.ofSeconds(60))
            .budgetHeaders(BudgetHeaders.NONE)
            .retryAfterHeader(false)
            .start()) {
      ApiClientConfig config =
          ApiClientConfig.of(
              emulator.baseUrl(),
              emulator.clientId(),
              SecretSources.ofValue(emulator.clientSecret()));
      assertEquals(8, config.retryPolicy().maxAttempts());
      try (LaterApiClient client =
          LaterApiClient.create(config, ClientObserver.NONE, time.runtime())) {
        time.run(
            List.of(
                () -> {
                  for (int call = 0; call < 4; call++) {
                    assertEquals(2, client.allInstanceIds().size());
                  }
                }));
      }
      long refused = emulator.stats().requests(Route.INSTANCES, 429);
      assertThat(
          "the probing call was refused as often as maxAttempts allows failures",
          refused,
          greaterThanOrEqualTo(8L));
      assertEquals(4, emulator.stats().requests(Route.INSTANCES, 200));
    }
  }
}
