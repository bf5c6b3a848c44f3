package io.laterreporting.pipelines.runners;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.emulator.DateBasis;
import io.laterreporting.emulator.ExpectedRow;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.RowQuery;
import io.laterreporting.pipelines.ParquetExport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Parquet export on the FlinkRunner (embedded cluster, parallelism 2) writes exactly the API's
 * rows.
 */
public class FlinkRunnerParquetExportTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 3, 31);

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private ReportingApiEmulator emulator;

  @After
  public void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test(timeout = 120_000)
  public void givenFlinkLocalWithParallelism2_thenParquetHoldsExactlyTheOracleRows()
      throws Exception {
    emulator =
        ReportingApiEmulator.builder()
            .seed(21)
            .instances(3)
            .campaignsPerInstance(15)
            .credentials("flink-client", "flink-secret")
            .start();
    Path output = tmp.newFolder("out").toPath();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    long started = System.nanoTime();
    int exit =
        ParquetExport.run(
            new String[] {
              "--runner=FlinkRunner",
              "--flinkMaster=[local]",
              "--parallelism=2",
              "--apiBaseUrl=" + emulator.baseUrl(),
              "--clientId=flink-client",
              "--clientSecret=flink-secret",
              "--startDate=" + START,
              "--endDate=" + END,
              "--granularity=month",
              "--pageSize=10",
              "--output=" + output
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    System.err.printf(
        "FlinkRunner ParquetExport: %d ms%n", (System.nanoTime() - started) / 1_000_000);

    assertEquals("stderr: " + err.toString(StandardCharsets.UTF_8), 0, exit);
    Set<String> expected = oracle();
    assertTrue("the test needs rows", expected.size() > 10);
    assertEquals(expected, readBack(output));
  }

  private Set<String> oracle() {
    Set<String> rows = new TreeSet<>();
    for (DateWindow window : DateWindows.cover(START, END, Granularity.MONTH)) {
      RowQuery query =
          RowQuery.builder()
              .instanceIds(List.of())
              .startDate(window.start())
              .endDate(window.end())
              .dateBasis(DateBasis.PERFORMANCE_DATE)
              .build();
      for (ExpectedRow row : emulator.dataset().campaignRows(query)) {
        rows.add(
            key(
                row.instanceId(),
                row.campaignId(),
                window.start().toString(),
                window.end().toString(),
                row.metrics().get("impressions"),
                row.metrics().get("engagementRate")));
      }
    }
    return rows;
  }

  private static Set<String> readBack(Path output) throws IOException {
    Set<String> rows = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(output)) {
      files =
          walk.filter(p -> p.toString().endsWith(".parquet"))
              .filter(p -> !output.relativize(p).toString().startsWith("_"))
              .collect(Collectors.toList());
    }
    assertTrue("no Parquet files under " + output, !files.isEmpty());
    for (Path file : files) {
      String partition = output.relativize(file.getParent()).toString();
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(
                  HadoopInputFile.fromPath(
                      new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))
              .build()) {
        for (GenericRecord r; (r = reader.read()) != null; ) {
          String periodStart = day(r.get("periodStart"));
          assertEquals(
              partition, "periodStart=" + periodStart + "/instanceId=" + r.get("instanceId"));
          boolean added =
              rows.add(
                  key(
                      String.valueOf(r.get("instanceId")),
                      ((Number) r.get("campaignId")).longValue(),
                      periodStart,
                      day(r.get("periodEnd")),
                      (Number) r.get("impressions"),
                      (Number) r.get("engagementRate")));
          assertTrue("a row twice: " + r, added);
        }
      }
    }
    return rows;
  }

  private static String day(Object value) {
    return value instanceof Number
        ? LocalDate.ofEpochDay(((Number) value).longValue()).toString()
        : String.valueOf(value);
  }

  private static String key(
      String instance, long campaign, String start, String end, Number impressions, Number rate) {
    return instance
        + "|"
        + campaign
        + "|"
        + start
        + "|"
        + end
        + "|"
        + (impressions == null ? "null" : impressions.longValue())
        + "|"
        + (rate == null ? "null" : rate.doubleValue());
  }
}
