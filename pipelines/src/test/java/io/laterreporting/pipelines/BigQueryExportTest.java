package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.Assert.assertEquals;

import com.google.api.services.bigquery.model.Job;
import com.google.api.services.bigquery.model.JobConfigurationLoad;
import com.google.api.services.bigquery.model.Table;
import com.google.api.services.bigquery.model.TableFieldSchema;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableRow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.pipelines.sinks.ExportRows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.gcp.testing.FakeBigQueryServices;
import org.apache.beam.sdk.io.gcp.testing.FakeDatasetService;
import org.apache.beam.sdk.io.gcp.testing.FakeJobService;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The BigQuery export against Beam's in-memory BigQuery fakes. The fakes do not replace a partition
 * loaded through its decorator with WRITE_TRUNCATE (they append), so the replacement is asserted as
 * what was requested: one load job per day partition, each WRITE_TRUNCATE. They also create the
 * table without the clustering the load job asks for, so clustering is asserted on the load jobs.
 */
@RunWith(JUnit4.class)
public class BigQueryExportTest {
  private static final String PROJECT = "my-project";
  private static final String DATASET = "later";
  private static final String TABLE = "campaign_performance";

  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private ReportingApiEmulator emulator;
  private FakeDatasetService datasets;
  private FakeJobService jobs;

  @Before
  public void setUp() throws Exception {
    FakeDatasetService.setUp();
    FakeJobService.setUp();
    datasets = new FakeDatasetService();
    jobs = new FakeJobService();
    datasets.createDataset(PROJECT, DATASET, "", "", null);
    emulator =
        ReportingApiEmulator.builder()
            .seed(31)
            .instances(3)
            .campaignsPerInstance(12)
            .pagination(Pagination.PAGE_NUMBER)
            .credentials("test-client", "test-secret")
            .start();
  }

  @After
  public void stopEmulator() {
    emulator.close();
  }

  @Test
  public void givenThreeMonths_thenLoadsEachMonthIntoItsDayPartitionOfAPartitionedClusteredTable()
      throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BigQueryExport target =
        new BigQueryExport(
            new FakeBigQueryServices().withDatasetService(datasets).withJobService(jobs));

    int exitCode =
        BigQueryExport.launcher(
                target,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .launch(
                new String[] {
                  "--apiBaseUrl=" + emulator.baseUrl(),
                  "--clientId=test-client",
                  "--clientSecret=test-secret",
                  "--startDate=2025-01-01",
                  "--endDate=2025-03-31",
                  "--granularity=month",
                  "--outputTable=" + PROJECT + "." + DATASET + "." + TABLE,
                  "--tempLocation=" + folder.getRoot()
                });

    assertEquals(err.toString(), 0, exitCode);
    Table table =
        datasets.getTable(
            new TableReference().setProjectId(PROJECT).setDatasetId(DATASET).setTableId(TABLE));
    assertEquals("DAY", table.getTimePartitioning().getType());
    assertEquals("periodStart", table.getTimePartitioning().getField());
    // The fake creates the table from the load job but drops its clustering: asserted on the jobs.
    Map<String, String> types =
        table.getSchema().getFields().stream()
            .collect(Collectors.toMap(TableFieldSchema::getName, TableFieldSchema::getType));
    assertEquals(ExportRows.create().schema().getFieldCount(), types.size());
    assertEquals("DATE", types.get("periodStart"));
    assertEquals("DATE", types.get("periodEnd"));
    assertEquals("TIMESTAMP", types.get("firstPostDate"));

    List<CampaignPerformance> expected =
        EmulatorOracle.rows(
            emulator,
            List.of(),
            DateWindows.cover(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), Granularity.MONTH));
    List<TableRow> rows = datasets.getAllRows(PROJECT, DATASET, TABLE);
    assertThat(
        rows.stream().map(BigQueryExportTest::key).collect(Collectors.toList()),
        containsInAnyOrder(expected.stream().map(BigQueryExportTest::key).toArray()));

    List<JobConfigurationLoad> loads =
        jobs.getAllJobs().stream()
            .map(Job::getConfiguration)
            .filter(configuration -> configuration.getLoad() != null)
            .map(configuration -> configuration.getLoad())
            .collect(Collectors.toList());
    assertThat(
        loads.stream()
            .map(load -> load.getDestinationTable().getTableId())
            .collect(Collectors.toList()),
        containsInAnyOrder(TABLE + "$20250101", TABLE + "$20250201", TABLE + "$20250301"));
    for (JobConfigurationLoad load : loads) {
      assertEquals("WRITE_TRUNCATE", load.getWriteDisposition());
      assertEquals("CREATE_IF_NEEDED", load.getCreateDisposition());
      assertEquals("periodStart", load.getTimePartitioning().getField());
      assertEquals(List.of("instanceId", "campaignId"), load.getClustering().getFields());
    }
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
