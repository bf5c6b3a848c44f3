package io.laterreporting.pipelines.sinks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The BigQuery script that replaces a run's scope in the table with the rows it loaded into its
 * staging table: the {@link ReplacementPlan}'s rules, in SQL. It checks that no two staged rows
 * share the report's row key, refuses (RAISE, nothing changed) a suspiciously empty read, then runs
 * one {@code MERGE ... ON FALSE}: rows of the run's periods and instances that the staging table
 * does not hold are deleted, staged rows are inserted, in one atomic statement, so the table shows
 * the old scope or the new one, never both and never neither. Finally it drops the staging table.
 *
 * <p>The run's instances are the named ones and those it loaded rows of; with {@code allowEmpty}
 * and no names, also those the table holds in the run's periods (the same rule as the Parquet
 * sink).
 */
final class ReplaceStatement {
  private ReplaceStatement() {}

  /**
   * @param table the target, {@code project.dataset.table}
   * @param staging the run's staging table, same form
   */
  static String script(OutputScope scope, String table, String staging) {
    ExportReport report = scope.report();
    String period = report.partitionColumns().get(0);
    String instance = report.partitionColumns().get(1);
    String periods =
        scope.periodStarts().stream()
            .map(day -> "DATE '" + day + "'")
            .collect(Collectors.joining(", "));
    String inPeriods = period + " IN (" + periods + ")";
    String target = quote(table);
    String source = quote(staging);
    StringBuilder sql = new StringBuilder();
    sql.append("-- LaterReportingIO: replace ")
        .append(report.name())
        .append(" of periods ")
        .append(scope.periods())
        .append(" with ")
        .append(source)
        .append('\n');
    sql.append("DECLARE named ARRAY<STRING> DEFAULT ")
        .append(stringArray(scope.instanceIds()))
        .append(";\n");
    sql.append("DECLARE loaded ARRAY<STRING> DEFAULT ARRAY(SELECT DISTINCT ")
        .append(instance)
        .append(" FROM ")
        .append(source)
        .append(");\n");
    sql.append("DECLARE held ARRAY<STRING> DEFAULT ARRAY(SELECT DISTINCT ")
        .append(instance)
        .append(" FROM ")
        .append(target)
        .append(" WHERE ")
        .append(inPeriods)
        .append(");\n");
    sql.append(
            "DECLARE emptied ARRAY<STRING> DEFAULT ARRAY(SELECT i FROM UNNEST(held) AS i WHERE i NOT IN UNNEST(loaded)")
        .append(
            " AND (i IN UNNEST(named) OR (ARRAY_LENGTH(named) = 0 AND ARRAY_LENGTH(loaded) = 0)));\n");
    sql.append(
            "DECLARE instances ARRAY<STRING> DEFAULT ARRAY(SELECT DISTINCT i FROM UNNEST(ARRAY_CONCAT(named, loaded")
        .append(scope.allowEmpty() && scope.instanceIds().isEmpty() ? ", held" : "")
        .append(")) AS i);\n");
    sql.append("IF EXISTS (SELECT 1 FROM ")
        .append(source)
        .append(" GROUP BY ")
        .append(String.join(", ", report.rowKey()))
        .append(" HAVING COUNT(*) > 1) THEN\n")
        .append("  RAISE USING MESSAGE = 'the run loaded two rows with one key (")
        .append(String.join(", ", report.rowKey()))
        .append("): nothing was replaced';\n")
        .append("END IF;\n");
    if (!scope.allowEmpty()) {
      sql.append("IF ARRAY_LENGTH(emptied) > 0 THEN\n")
          .append(
              "  RAISE USING MESSAGE = FORMAT('the read came back empty for instances %s in periods ")
          .append(scope.periods())
          .append(", which the table holds rows of: nothing was replaced; check the instances and")
          .append(" credentials, or pass --allowEmpty=true if those rows are to go',")
          .append(" ARRAY_TO_STRING(emptied, ','));\n")
          .append("END IF;\n");
    }
    sql.append("MERGE ")
        .append(target)
        .append(" AS target USING ")
        .append(source)
        .append(" AS source ON FALSE\n")
        .append("WHEN NOT MATCHED BY SOURCE AND target.")
        .append(inPeriods)
        .append(" AND target.")
        .append(instance)
        .append(" IN UNNEST(instances) THEN DELETE\n")
        .append("WHEN NOT MATCHED BY TARGET THEN INSERT ROW;\n");
    sql.append("DROP TABLE ").append(source).append(";\n");
    return sql.toString();
  }

  private static String quote(String table) {
    return "`" + table + "`";
  }

  /** A literal array of strings, escaped for GoogleSQL. */
  static String stringArray(List<String> values) {
    return values.stream()
        .map(value -> "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'")
        .collect(Collectors.joining(", ", "ARRAY<STRING>[", "]"));
  }
}
