package io.laterreporting.pipelines.sinks;

/** Names of the metrics the sinks report, for the exports' summaries and for tests. */
public final class SinkMetrics {
  public static final String NAMESPACE = "LaterExport";

  /** String set: instances the output holds rows of in the run's periods that the run kept. */
  public static final String INSTANCES_KEPT = "instancesKept";

  /** Counter: partitions (period x instance) given the run's rows. */
  public static final String PARTITIONS_REPLACED = "partitionsReplaced";

  /** Counter: partitions (period x instance) emptied because the run read no row for them. */
  public static final String PARTITIONS_EMPTIED = "partitionsEmptied";

  private SinkMetrics() {}
}
