package io.laterreporting.pipelines.sinks;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The BigQuery replacement script, as generated: Beam's fakes cannot run it. */
@RunWith(JUnit4.class)
public class ReplaceStatementTest {
  private static OutputScope.Builder scope() {
    return OutputScope.builder(ExportReport.CAMPAIGNS)
        .granularity("month")
        .periodStarts(List.of("2025-03-01", "2025-04-01"));
  }

  @Test
  public void givenNamedInstances_thenTheScriptRefusesAnEmptyReadAndMergesTheirPeriodsOnly() {
    String script =
        ReplaceStatement.script(
            scope().instanceIds(List.of("inst_b", "it's")).build(), "p.d.t", "p.d.t__later_staging_r1");

    System.out.println(script);
    assertEquals("", script);
  }

  @Test
  public void givenNoInstancesAndEmptyAllowed_thenHeldInstancesAreInTheScopeAndNothingIsRaisedForEmptiness() {
    String script =
        ReplaceStatement.script(scope().allowEmpty(true).build(), "p.d.t", "p.d.t__later_staging_r1");

    System.out.println(script);
    assertEquals("", script);
  }
}
