package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import io.laterreporting.beam.testing.AtLogLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The demo, as a user runs it ({@code ParquetExport --demo}, here small and with faults), in a JVM
 * of its own with every slf4j logger at DEBUG, then TRACE, and java.util.logging at FINEST: its
 * whole output holds neither the emulator's secret nor a token.
 */
@RunWith(JUnit4.class)
public class DemoAtEveryLogLevelTest {
  /** The emulator's default credentials, which the demo uses. */
  private static final String DEMO_SECRET = "demo-secret";

  /** The loggers the test resources' simplelogger.properties name. */
  private static final List<String> NAMED =
      List.of(
          "org.apache.flink",
          "org.apache.hadoop",
          "org.apache.parquet",
          "org.apache.http",
          "io.laterreporting",
          "io.laterreporting.beam.client");

  @Test
  public void givenTheDemoWithEveryLoggerAtDebug_thenNoSecretOrTokenInItsOutput() throws Exception {
    checkNoLeaks("debug");
  }

  @Test
  public void givenTheDemoWithEveryLoggerAtTrace_thenNoSecretOrTokenInItsOutput() throws Exception {
    checkNoLeaks("trace");
  }

  private static void checkNoLeaks(String level) throws Exception {
    // A new folder each run: an earlier run's output would be a different export's.
    Path output =
        Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "log-levels")), "demo-out-" + level)
            .toAbsolutePath();
    String printed =
        AtLogLevel.run(
            ParquetExport.class,
            level,
            NAMED,
            List.of(
                "--demo",
                "--demoInstances=2",
                "--demoCampaigns=8",
                "--demoPagination=page",
                "--demoFaultRate=0.1",
                "--startDate=2025-01-01",
                "--endDate=2025-02-28",
                "--granularity=month",
                "--pageSize=5",
                "--output=" + output),
            240);
    assertThat(printed, containsString("rows"));
    assertEquals(
        "secrets or tokens in the demo's output at " + level,
        List.of(),
        AtLogLevel.leaks(printed, List.of(DEMO_SECRET)));
  }
}
