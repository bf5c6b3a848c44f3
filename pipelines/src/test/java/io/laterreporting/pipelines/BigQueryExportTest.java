package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import com.google.api.services.bigquery.model.JobConfigurationLoad;
import com.google.api.services.bigquery.model.JobConfigurationQuery;
import com.google.api.services.bigquery.model.Table;
import com.google.api.services.bigquery.model.TableFieldSchema;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableRow;
import com.google.api.services.bigquery.model.TableSchema;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.pipelines.sinks.ExportReport;
import io.laterreporting.pipelines.sinks.ExportRows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.gcp.testing.FakeBigQueryServices;
import org.apache.beam.sdk.io.gcp.testing.FakeDatasetService;
import org.apache.beam.sdk.io.gcp.testing.FakeJobService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The BigQuery export against Beam's in-memory BigQuery fakes. What they can run is run end to end:
 * the table's creation (partitioning, clustering, the manifest in its description) and the load of
 * the run's rows into its staging table, read back. They execute no SQL: the replacement script is
 * asserted as the job the export started ({@code ReplaceStatementTest} asserts the script itself).
 */
@RunWith(JUnit4.class)
public class BigQueryExportTest {
  private static final String PROJECT = "my-project";
  private static final String DATASET = "later";
  private static final String TABLE = "campaign_performance";

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final ParquetExports exports = new ParquetExports();

  private ReportingApiEmulator emulator;
  private FakeDatasetService datasets;
  private RecordingJobService jobs;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Before
  public void setUp() throws Exception {
    FakeDatasetService.setUp();
    FakeJobService.setUp();
    RecordingJobService.reset();
    datasets = new FakeDatasetService();
    jobs = new RecordingJobService();
    datasets.createDataset(PROJECT, DATASET, "", "", null);
    emulator =
        exports.start(
            ReportingApiEmulator.builder().seed(31).instances(3).campaignsPerInstance(12));
  }

  private int export(String... more) {
    return exportTo(TABLE, more);
  }

  private int exportTo(String table, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--apiBaseUrl=" + emulator.baseUrl(),
                "--clientId=" + ParquetExports.CLIENT_ID,
                "--clientSecret=" + ParquetExports.CLIENT_SECRET,
                "--outputTable=" + PROJECT + "." + DATASET + "." + table,
                "--tempLocation=" + folder.getRoot()));
    args.addAll(List.of(more));
    BigQueryExport target =
        new BigQueryExport(
            new FakeBigQueryServices().withDatasetService(datasets).withJobService(jobs));
    return BigQueryExport.launcher(
            target,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .launch(args.toArray(String[]::new));
  }

  private Table table(String id) throws Exception {
    return datasets.getTable(
        new TableReference().setProjectId(PROJECT).setDatasetId(DATASET).setTableId(id));
  }

  @Test
  public void givenThreeMonths_thenStagesTheRowsAndMergesThemIntoAPartitionedClusteredTable()
      throws Exception {
    int exitCode = export("--startDate=2025-01-01", "--endDate=2025-03-31", "--granularity=month");

    assertEquals(err.toString(), 0, exitCode);
    Table table = table(TABLE);
    assertEquals("DAY", table.getTimePartitioning().getType());
    assertEquals("periodStart", table.getTimePartitioning().getField());
    assertEquals(List.of("instanceId", "campaignId"), table.getClustering().getFields());
    assertThat(
        table.getDescription(),
        allOf(
            startsWith("LaterReportingIO output manifest"),
            containsString("\"granularity\":\"month\""),
            containsString("\"metrics\":[]")));
    Map<String, String> types =
        table.getSchema().getFields().stream()
            .collect(Collectors.toMap(TableFieldSchema::getName, TableFieldSchema::getType));
    assertEquals(ExportRows.create().schema().getFieldCount(), types.size());
    assertEquals("DATE", types.get("periodStart"));
    assertEquals("TIMESTAMP", types.get("firstPostDate"));

    // The rows, loaded end to end into the run's staging table (the script that would drop it does
    // not run here).
    List<JobConfigurationLoad> loads = jobs.loadJobs();
    String staging = loads.get(0).getDestinationTable().getTableId();
    assertThat(staging, startsWith(TABLE + "__later_staging_"));
    for (JobConfigurationLoad load : loads) {
      assertEquals(staging, load.getDestinationTable().getTableId());
      assertEquals("WRITE_APPEND", load.getWriteDisposition());
    }
    assertEquals(true, table(staging).getExpirationTime() != null);
    List<CampaignPerformance> expected =
        EmulatorOracle.rows(
            emulator,
            List.of(),
            DateWindows.cover(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), Granularity.MONTH));
    assertThat(
        datasets.getAllRows(PROJECT, DATASET, staging).stream()
            .map(BigQueryExportTest::key)
            .collect(Collectors.toList()),
        containsInAnyOrder(expected.stream().map(BigQueryExportTest::key).toArray()));

    // One replacement job, running the script for this scope.
    Map<String, JobConfigurationQuery> queries = RecordingJobService.queries();
    assertEquals(1, queries.size());
    JobConfigurationQuery query = queries.values().iterator().next();
    assertEquals(false, query.getUseLegacySql());
    assertThat(
        query.getQuery(),
        allOf(
            containsString(
                "MERGE `my-project.later.campaign_performance` AS target USING `my-project.later."
                    + staging
                    + "` AS source ON FALSE\n"),
            containsString(
                "WHEN NOT MATCHED BY SOURCE AND target.periodStart IN (DATE '2025-01-01', DATE"
                    + " '2025-02-01', DATE '2025-03-01') AND target.instanceId IN UNNEST(instances)"
                    + " THEN DELETE\n"),
            containsString("DECLARE named ARRAY<STRING> DEFAULT ARRAY<STRING>[];"),
            containsString("RAISE USING MESSAGE = FORMAT('the read came back empty")));
  }

  @Test
  public void givenATableOfMonths_thenARunByDayIsRefusedBeforeAnyRequest() throws Exception {
    assertEquals(
        err.toString(),
        0,
        export("--startDate=2025-01-01", "--endDate=2025-01-31", "--granularity=month"));
    long requests = emulator.stats().total();
    RecordingJobService.reset();

    int exitCode =
        export(
            "--startDate=2025-01-01",
            "--endDate=2025-01-31",
            "--granularity=day",
            "--allowEmpty=true");

    assertEquals(2, exitCode);
    assertThat(
        err.toString(),
        containsString(
            "Invalid option: output my-project:later.campaign_performance holds rows of"
                + " granularity=month"));
    assertEquals(requests, emulator.stats().total());
    assertEquals(Map.of(), RecordingJobService.queries());
  }

  /** A table of someone else's, in the place the export is pointed at. */
  private TableReference foreignTable(String description) throws Exception {
    TableReference table =
        new TableReference().setProjectId(PROJECT).setDatasetId(DATASET).setTableId(TABLE);
    datasets.createTable(
        new Table()
            .setTableReference(table)
            .setSchema(
                new TableSchema()
                    .setFields(List.of(new TableFieldSchema().setName("note").setType("STRING"))))
            .setDescription(description));
    return table;
  }

  @Test
  public void givenATableWithRowsButNoManifest_thenRefusedBeforeAnyRequestUnlessAdopted()
      throws Exception {
    TableReference foreign = foreignTable("Campaign numbers, kept by finance");
    datasets.insertAll(foreign, List.of(new TableRow().set("note", "not ours")), null);
    int refused = export("--startDate=2025-01-01", "--endDate=2025-01-31");

    assertEquals(2, refused);
    assertThat(
        err.toString(),
        allOf(
            startsWith(
                "Invalid option: outputTable my-project:later.campaign_performance holds rows but"
                    + " no manifest of this export"),
            containsString("replace its rows of periods 2025-01-01..2025-01-01"),
            containsString("pass --adoptTable=true if that replacement is intended")));
    assertEquals("no request before the options are checked", 0, emulator.stats().total());
    assertEquals(Map.of(), RecordingJobService.queries());
    assertEquals("Campaign numbers, kept by finance", table(TABLE).getDescription());
    assertEquals(1, datasets.getAllRows(PROJECT, DATASET, TABLE).size());

    err.reset();
    int adopted = export("--startDate=2025-01-01", "--endDate=2025-01-31", "--adoptTable=true");

    assertEquals(err.toString(), 0, adopted);
    assertEquals("the replacement job ran", 1, RecordingJobService.queries().size());
    assertThat(table(TABLE).getDescription(), startsWith("LaterReportingIO output manifest"));

    // Adopted once, the table carries the manifest: the next run needs no option.
    RecordingJobService.reset();
    assertEquals(err.toString(), 0, export("--startDate=2025-01-01", "--endDate=2025-01-31"));
    assertEquals(1, RecordingJobService.queries().size());
  }

  @Test
  public void givenAnEmptyTableWithoutManifest_thenTheRunAdoptsIt() throws Exception {
    foreignTable(null);

    int exitCode = export("--startDate=2025-01-01", "--endDate=2025-01-31");

    assertEquals(err.toString(), 0, exitCode);
    assertEquals(1, RecordingJobService.queries().size());
    assertThat(table(TABLE).getDescription(), startsWith("LaterReportingIO output manifest"));
  }

  @Test
  public void givenEachOtherReport_thenItsOracleRowsAreStagedAndMergedOnItsRowKey()
      throws Exception {
    for (ExportReport report : ExportReport.ALL) {
      if (report == ExportReport.CAMPAIGNS) {
        continue;
      }
      RecordingJobService.reset();
      String table = report.name().toLowerCase(java.util.Locale.ROOT);

      int exitCode =
          exportTo(
              table,
              "--report=" + report.name(),
              "--startDate=2025-03-01",
              "--endDate=2025-04-30",
              "--granularity=month");

      assertEquals(report + ": " + err, 0, exitCode);
      assertEquals(
          report.rowKey().get(0) + "," + report.rowKey().get(1),
          String.join(",", table(table).getClustering().getFields()));
      String staging =
          jobs.loadJobs().stream()
              .map(load -> load.getDestinationTable().getTableId())
              .filter(id -> id.startsWith(table + "__later_staging_"))
              .findFirst()
              .orElseThrow();
      List<Map<String, Object>> expected =
          ReportExports.expected(
              emulator,
              report,
              List.of(),
              LocalDate.of(2025, 3, 1),
              LocalDate.of(2025, 4, 30),
              Granularity.MONTH);
      assertThat(report.name(), expected.size(), greaterThan(0));
      assertThat(
          report.name(),
          datasets.getAllRows(PROJECT, DATASET, staging).stream()
              .map(row -> keyOf(report, row))
              .collect(Collectors.toList()),
          containsInAnyOrder(expected.stream().map(row -> keyOf(report, row)).toArray()));
      assertThat(
          RecordingJobService.queries().values().iterator().next().getQuery(),
          containsString(
              "GROUP BY " + String.join(", ", report.rowKey()) + " HAVING COUNT(*) > 1"));
    }
  }

  /** The row key's values and the engagements, as strings (the fakes read numbers back so). */
  private static String keyOf(ExportReport report, Map<String, Object> row) {
    List<String> values = new ArrayList<>();
    for (String column : report.rowKey()) {
      values.add(String.valueOf(row.get(column)));
    }
    values.add(String.valueOf(row.get("engagements")));
    return String.join("|", values);
  }

  /** The row's identity and two metrics; the fakes read integers back as strings. */
  private static String key(TableRow row) {
    return String.join(
        "|",
        String.valueOf(row.get("instanceId")),
        String.valueOf(row.get("campaignId")),
        String.valueOf(row.get("periodStart")),
        String.valueOf(row.get("periodEnd")),
        String.valueOf(row.get("dateBasis")),
        String.valueOf(row.get("impressions")),
        String.valueOf(row.get("estimatedRoi")));
  }

  private static String key(CampaignPerformance row) {
    return String.join(
        "|",
        row.getInstanceId(),
        String.valueOf(row.getCampaignId()),
        ExportRows.utcDay(row.getPeriodStart()).toString(),
        ExportRows.utcDay(row.getPeriodEnd()).toString(),
        row.getDateBasis(),
        String.valueOf(row.getImpressions()),
        String.valueOf(row.getEstimatedRoi()));
  }
}
