package io.laterreporting.pipelines.sinks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
            scope().instanceIds(List.of("inst_b", "it's")).build(),
            "p.d.t",
            "p.d.t__later_staging_r1");

    assertEquals(
        String.join(
            "\n",
            "-- LaterReportingIO: replace campaigns of periods 2025-03-01..2025-04-01 with"
                + " `p.d.t__later_staging_r1`",
            "DECLARE named ARRAY<STRING> DEFAULT ARRAY<STRING>['inst_b', 'it\\'s'];",
            "DECLARE loaded ARRAY<STRING> DEFAULT ARRAY(SELECT DISTINCT instanceId FROM"
                + " `p.d.t__later_staging_r1`);",
            "DECLARE held ARRAY<STRING> DEFAULT ARRAY(SELECT DISTINCT instanceId FROM `p.d.t` WHERE"
                + " periodStart IN (DATE '2025-03-01', DATE '2025-04-01'));",
            "DECLARE emptied ARRAY<STRING> DEFAULT ARRAY(SELECT i FROM UNNEST(held) AS i WHERE i NOT IN"
                + " UNNEST(loaded) AND (i IN UNNEST(named) OR (ARRAY_LENGTH(named) = 0 AND"
                + " ARRAY_LENGTH(loaded) = 0)));",
            "DECLARE instances ARRAY<STRING> DEFAULT ARRAY(SELECT DISTINCT i FROM"
                + " UNNEST(ARRAY_CONCAT(named, loaded)) AS i);",
            "IF EXISTS (SELECT 1 FROM `p.d.t__later_staging_r1` GROUP BY instanceId, campaignId,"
                + " periodStart, periodEnd, dateBasis HAVING COUNT(*) > 1) THEN",
            "  RAISE USING MESSAGE = 'the run loaded two rows with one key (instanceId, campaignId,"
                + " periodStart, periodEnd, dateBasis): nothing was replaced';",
            "END IF;",
            "IF ARRAY_LENGTH(emptied) > 0 THEN",
            "  RAISE USING MESSAGE = FORMAT('the read came back empty for instances %s in periods"
                + " 2025-03-01..2025-04-01, which the table holds rows of: nothing was replaced; check"
                + " the instances and credentials, or pass --allowEmpty=true if those rows are to go',"
                + " ARRAY_TO_STRING(emptied, ','));",
            "END IF;",
            "MERGE `p.d.t` AS target USING `p.d.t__later_staging_r1` AS source ON FALSE",
            "WHEN NOT MATCHED BY SOURCE AND target.periodStart IN (DATE '2025-03-01', DATE"
                + " '2025-04-01') AND target.instanceId IN UNNEST(instances) THEN DELETE",
            "WHEN NOT MATCHED BY TARGET THEN INSERT ROW;",
            "DROP TABLE `p.d.t__later_staging_r1`;",
            ""),
        script);
  }

  @Test
  public void
      givenNoInstancesAndEmptyAllowed_thenHeldInstancesAreInTheScopeAndNothingIsRaisedForEmptiness() {
    String script =
        ReplaceStatement.script(
            scope().allowEmpty(true).build(), "p.d.t", "p.d.t__later_staging_r1");

    String refusing = ReplaceStatement.script(scope().build(), "p.d.t", "p.d.t__later_staging_r1");

    assertThat(
        script,
        containsString(
            "DECLARE instances ARRAY<STRING> DEFAULT ARRAY(SELECT DISTINCT i FROM"
                + " UNNEST(ARRAY_CONCAT(named, loaded, held)) AS i);"));
    assertThat(script, not(containsString("the read came back empty")));
    assertThat(refusing, containsString("IF ARRAY_LENGTH(emptied) > 0 THEN"));
    assertThat(refusing, containsString("UNNEST(ARRAY_CONCAT(named, loaded)) AS i);"));
  }
}
