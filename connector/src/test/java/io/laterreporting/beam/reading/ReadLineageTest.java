package io.laterreporting.beam.reading;

import static org.junit.Assert.assertEquals;

import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Lineage;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Test;

/** Every read reports the API it reads as its lineage source, in both pagination generations. */
public class ReadLineageTest {
  @Test
  public void givenAReadInEitherGeneration_thenItsMetricsNameTheApiAsTheSource() {
    for (Pagination pagination : List.of(Pagination.PAGE_NUMBER, Pagination.CURSOR)) {
      try (ReportingApiEmulator emulator =
          ReportingApiEmulator.builder()
              .seed(3)
              .instances(2)
              .campaignsPerInstance(6)
              .pagination(pagination)
              .credentials("lineage-client", "lineage-secret")
              .start()) {
        Pipeline pipeline =
            Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        pipeline.apply(
            LaterReportingIO.read()
                .withBaseUrl(emulator.baseUrl())
                .withClientId("lineage-client")
                .withClientSecret("lineage-secret")
                .withDateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))
                .withPageSize(4));

        PipelineResult result = pipeline.run();
        result.waitUntilFinish();

        assertEquals(
            pagination.toString(),
            Set.of("later:`127.0.0.1:" + emulator.port() + "`"),
            Lineage.query(result.metrics(), Lineage.Type.SOURCE));
      }
    }
  }

  @Test
  public void givenAGatewayBaseUrl_thenHostPortAndPathAreTheSegments() {
    assertEquals(
        List.of("gw.example.com:8443", "later/api"),
        ApiSession.sourceSegments("https://gw.example.com:8443/later/api/"));
    assertEquals(
        List.of("reporting.api.later.com"),
        ApiSession.sourceSegments(LaterReportingIO.DEFAULT_BASE_URL));
  }
}
