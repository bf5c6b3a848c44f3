package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class DemoTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void givenDemoWithCursorsAndFaults_thenExportsTheSeededRowsWithoutCredentials()
      throws Exception {
    Path output = folder.getRoot().toPath().resolve("out");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exitCode =
        ParquetExport.run(
            new String[] {
              "--demo",
              "--demoInstances=2",
              "--demoCampaigns=8",
              "--demoPagination=cursor",
              "--demoFaultRate=0.05",
              "--pageSize=5",
              "--output=" + output
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(err.toString(), 0, exitCode);
    List<Map<String, Object>> expected;
    try (ReportingApiEmulator sameData =
        ReportingApiEmulator.builder().seed(7).instances(2).campaignsPerInstance(8).start()) {
      expected =
          ExportedRows.fromRecords(
              EmulatorOracle.rows(
                  sameData,
                  List.of(),
                  List.of(
                      DateWindow.of(
                          LocalDate.parse(DemoApi.START_DATE),
                          LocalDate.parse(DemoApi.END_DATE)))));
    }
    List<Map<String, Object>> actual = ExportedRows.readParquet(output);
    assertEquals(expected.size(), actual.size());
    assertEquals(new HashSet<>(expected), new HashSet<>(actual));
    assertThat(
        out.toString(),
        containsString(
            String.format(
                "rows       %,d in 1 windows (%s..%s, granularity none)",
                expected.size(), DemoApi.START_DATE, DemoApi.END_DATE)));
    assertThat(out.toString(), containsString("top 5 by estimatedRoi:\n    1. "));
  }
}
