package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.laterreporting.emulator.DateBasis;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.emulator.RowQuery;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** {@code --plan} says what an export will cost and reads no data. */
@RunWith(JUnit4.class)
public class PlanTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void
      givenPlanWithRowCounts_thenCostsArePrintedFromOneRequestPerWindowAndNothingIsExported()
          throws Exception {
    try (ReportingApiEmulator emulator =
        ReportingApiEmulator.builder()
            .seed(3)
            .instances(4)
            .campaignsPerInstance(120)
            .credentials("plan-client", "plan-secret")
            .start()) {
      Path output = folder.getRoot().toPath().resolve("out");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int exitCode =
          ParquetExport.run(
              new String[] {
                "--apiBaseUrl=" + emulator.baseUrl(),
                "--clientId=plan-client",
                "--clientSecret=plan-secret",
                "--startDate=2025-01-01",
                "--endDate=2025-03-31",
                "--granularity=month",
                "--output=" + output,
                "--plan",
                "--planCountRows"
              },
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

      assertEquals(0, exitCode);
      long rows = 0;
      for (LocalDate month = LocalDate.of(2025, 1, 1);
          month.isBefore(LocalDate.of(2025, 4, 1));
          month = month.plusMonths(1)) {
        rows +=
            emulator
                .dataset()
                .campaignRows(
                    RowQuery.builder()
                        .startDate(month)
                        .endDate(month.plusMonths(1).minusDays(1))
                        .dateBasis(DateBasis.PERFORMANCE_DATE)
                        .build())
                .size();
      }
      String plan = out.toString(StandardCharsets.UTF_8);
      assertThat(plan, containsString("Read plan: 3 window(s)"));
      assertThat(plan, containsString("4 instance(s) discovered"));
      assertThat(plan, containsString(String.format("Rows: %,d;", rows)));
      assertEquals(3, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
      long rosterPages = (emulator.dataset().roster(List.of()).size() + 99) / 100;
      assertThat(
          "the membership check's roster walk is counted, from one request for its size",
          plan,
          containsString(
              String.format("(%,d of them the membership check's roster walk)", rosterPages)));
      assertEquals(1, emulator.stats().requests(Route.CAMPAIGNS));
      assertFalse(Files.exists(output));
    }
  }
}
