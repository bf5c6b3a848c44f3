package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.pipelines.sinks.OutputManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Re-runs with other options over an output written by a full run: each replaces exactly what it
 * read, or is refused with the output untouched. Every test starts from the same full export of 3
 * instances, March and April by month, and reads the rows back from the files.
 */
@RunWith(JUnit4.class)
public class ParquetRerunScopeTest {
  private static final LocalDate MAR_1 = ParquetExports.MARCH_1;
  private static final LocalDate APR_30 = ParquetExports.APRIL_30;
  private static final String[] RANGE = ParquetExports.MARCH_AND_APRIL;

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final ParquetExports exports = new ParquetExports();

  private Path output;
  private List<String> instances;
  private List<Map<String, Object>> full;

  private static ReportingApiEmulator.Builder dataset() {
    return ParquetExports.threeInstances(4);
  }

  @Before
  public void exportEveryInstance() throws Exception {
    output = folder.getRoot().toPath().resolve("out");
    ReportingApiEmulator emulator = exports.start(dataset());
    instances = emulator.dataset().instanceIds();
    assertEquals(exports.err(), 0, exports.export(emulator, output, RANGE));
    full = ParquetExports.marchAndApril(emulator);
    assertTrue("every instance needs rows", instances.stream().allMatch(i -> count(full, i) > 0));
    assertOutput(full);
    exports.clearConsole();
  }

  private static long count(List<Map<String, Object>> rows, String instance) {
    return rows.stream().filter(row -> instance.equals(row.get("instanceId"))).count();
  }

  private static long partitions(List<Map<String, Object>> rows) {
    return rows.stream()
        .map(row -> row.get("periodStart") + "/" + row.get("instanceId"))
        .distinct()
        .count();
  }

  private static List<Map<String, Object>> where(
      List<Map<String, Object>> rows, Predicate<Map<String, Object>> keep) {
    return rows.stream().filter(keep).collect(Collectors.toList());
  }

  private void assertOutput(List<Map<String, Object>> expected) throws Exception {
    List<Map<String, Object>> actual = ExportedRows.readParquet(output);
    assertEquals(expected.size(), actual.size());
    assertThat(actual, containsInAnyOrder(expected.toArray()));
  }

  private void assertRefusedBeforeAnyRequest(ReportingApiEmulator emulator, int exitCode) {
    assertEquals(exports.err(), 2, exitCode);
    assertEquals(exports.err(), 1, exports.err().lines().count());
    assertEquals(0, emulator.stats().total());
  }

  @Test
  public void givenPartitionFilesWithoutAManifest_thenTheRunIsRefusedUnlessTheOutputIsAdopted()
      throws Exception {
    // As if another tool (or a copy by hand) had written the files: this export's are never
    // without a manifest, since it writes one before it replaces its first partition.
    Files.delete(output.resolve(OutputManifest.FILE_NAME));
    ReportingApiEmulator changed = exports.start(dataset().campaignsPerInstance(3));

    assertRefusedBeforeAnyRequest(changed, exports.export(changed, output, RANGE));
    assertThat(exports.err(), containsString("pass --adoptTable=true"));
    assertOutput(full);

    exports.clearConsole();
    int adopted = exports.export(changed, output, append(RANGE, "--adoptTable=true"));
    assertEquals(exports.err(), 0, adopted);
    assertOutput(ParquetExports.marchAndApril(changed));
    assertTrue(Files.exists(output.resolve(OutputManifest.FILE_NAME)));
  }

  @Test
  public void givenARerunOfOneInstance_thenOnlyThatInstancesRowsAreReplaced() throws Exception {
    // The same instances, other campaigns: what the re-run writes differs from what it replaces.
    ReportingApiEmulator changed = exports.start(dataset().campaignsPerInstance(3));
    String one = instances.get(1);
    List<Map<String, Object>> itsNewRows =
        ParquetExports.oracle(changed, List.of(one), MAR_1, APR_30, Granularity.MONTH);
    assertNotEquals(where(full, row -> one.equals(row.get("instanceId"))), itsNewRows);

    int exitCode = exports.export(changed, output, append(RANGE, "--instanceIds=" + one));

    assertEquals(exports.err(), 0, exitCode);
    List<Map<String, Object>> expected = where(full, row -> !one.equals(row.get("instanceId")));
    expected.addAll(itsNewRows);
    assertOutput(expected);
  }

  @Test
  public void
      givenARerunOfOneCampaign_thenItIsRefusedUnlessReplacingItsInstancesPartitionsIsIntended()
          throws Exception {
    ReportingApiEmulator emulator = exports.start(dataset());
    Object campaign = full.get(0).get("campaignId");
    Object instance = full.get(0).get("instanceId");

    int refused = exports.export(emulator, output, append(RANGE, "--campaignIds=" + campaign));

    assertRefusedBeforeAnyRequest(emulator, refused);
    assertThat(
        exports.err(),
        allOf(
            containsString("holds rows of campaignIds=all"),
            containsString("this run reads campaignIds=" + campaign),
            containsString("the other campaigns' rows of its partitions would be deleted"),
            containsString("--replaceFiltered=true")));
    assertOutput(full);

    int exitCode =
        exports.export(
            emulator, output, append(RANGE, "--campaignIds=" + campaign, "--replaceFiltered=true"));

    assertEquals(exports.err(), 0, exitCode);
    // Its instance's partitions of both months now hold that campaign only; the others are kept.
    assertOutput(
        where(
            full,
            row ->
                !instance.equals(row.get("instanceId")) || campaign.equals(row.get("campaignId"))));
  }

  @Test
  public void givenARerunOfOnePlatform_thenItIsRefusedBeforeAnyRequestAndNothingChanges()
      throws Exception {
    ReportingApiEmulator emulator = exports.start(dataset());

    int exitCode = exports.export(emulator, output, append(RANGE, "--platform=instagram"));

    assertRefusedBeforeAnyRequest(emulator, exitCode);
    assertThat(
        exports.err(),
        allOf(
            containsString("Invalid option: output " + output),
            containsString("holds rows of platform=all"),
            containsString("this run reads platform=instagram"),
            containsString("use another output")));
    assertOutput(full);
  }

  @Test
  public void givenARerunOfOneMetric_thenItIsRefusedBeforeAnyRequestAndNoMetricIsBlanked()
      throws Exception {
    ReportingApiEmulator emulator = exports.start(dataset());

    int exitCode = exports.export(emulator, output, append(RANGE, "--metrics=impressions"));

    assertRefusedBeforeAnyRequest(emulator, exitCode);
    assertThat(
        exports.err(),
        allOf(
            containsString("holds rows of metrics=all"),
            containsString("the other metrics of its rows would become null")));
    assertOutput(full);
  }

  @Test
  public void givenAnotherGranularity_thenItIsRefusedBeforeAnyRequestWhateverTheOptions()
      throws Exception {
    ReportingApiEmulator emulator = exports.start(dataset());

    int exitCode =
        exports.export(
            emulator,
            output,
            "--startDate=2025-03-01",
            "--endDate=2025-03-31",
            "--granularity=day",
            "--replaceFiltered=true",
            "--allowEmpty=true");

    assertRefusedBeforeAnyRequest(emulator, exitCode);
    assertThat(
        exports.err(),
        containsString(
            "holds rows of granularity=month (see its _manifest.json); this run's rows have"
                + " granularity=day and would not fit: use another output"));
    assertOutput(full);
  }

  @Test
  public void givenAGatewayThatListsNoInstance_thenTheRunFailsSayingWhatItWouldHaveDeleted()
      throws Exception {
    ReportingApiEmulator emulator = exports.start(dataset().listedInstances(List.of()));

    int exitCode = exports.export(emulator, output, RANGE);

    assertEquals(exports.err(), 1, exitCode);
    assertEquals(exports.err(), 1, exports.err().lines().count());
    assertThat(
        exports.err(),
        allOf(
            containsString(
                "the read came back empty (0 rows, no instance) for periods"
                    + " 2025-03-01..2025-04-01"),
            containsString(
                "would delete the " + partitions(full) + " partitions the output holds for them"),
            containsString("--allowEmpty=true")));
    assertOutput(full);
  }

  @Test
  public void givenZeroRowsForARangeThatHadRows_thenTheRunFailsUnlessEmptyIsAllowed()
      throws Exception {
    // The same instances, listed, with no campaign left.
    ReportingApiEmulator empty = exports.start(dataset().campaignsPerInstance(0));
    String one = instances.get(0);

    int exitCode = exports.export(empty, output, RANGE);
    int namedExitCode = exports.export(empty, output, append(RANGE, "--instanceIds=" + one));

    assertEquals(exports.err(), 1, exitCode);
    assertEquals(exports.err(), 1, namedExitCode);
    assertThat(
        exports.err(),
        allOf(
            containsString("0 rows, no instance"),
            containsString("0 rows for instances " + one + ")"),
            containsString(
                "would delete the 2 partitions the output holds for them (periodStart=2025-03-01/instanceId="
                    + one)));
    assertOutput(full);

    int allowed = exports.export(empty, output, append(RANGE, "--allowEmpty=true"));

    assertEquals(exports.err(), 0, allowed);
    assertOutput(List.of());
  }

  @Test
  public void givenAnInstanceNoLongerListed_thenItsRowsAreKeptAndReported() throws Exception {
    String gone = instances.get(2);
    ReportingApiEmulator shrunk = exports.start(dataset().boundInstances(instances.subList(0, 2)));

    int exitCode = exports.export(shrunk, output, RANGE);

    assertEquals(exports.err(), 0, exitCode);
    assertOutput(full);
    assertThat(
        exports.out(),
        containsString("kept       rows of 1 instances this run read nothing of: " + gone + " ("));
  }

  private static String[] append(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
