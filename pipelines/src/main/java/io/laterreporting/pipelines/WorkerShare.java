package io.laterreporting.pipelines;

import org.apache.beam.runners.dataflow.options.DataflowPipelineWorkerPoolOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Each worker's share of the API's rate budget ({@code withMaxRequestsPerMinute}): {@code
 * --maxRequestsPerMinute} if set, else {@value #SPENT} of {@code --apiBudgetPerMinute} divided by
 * the workers the runner may start (Dataflow: {@code maxNumWorkers}, else {@code numWorkers};
 * Flink: {@code parallelism}, which counts slots, so one TaskManager with several slots gets less
 * than it could), else 0: no share, the client learns the budget from the gateway alone.
 */
final class WorkerShare {
  /** Of the whole budget, what the workers together aim at (headroom for other clients). */
  static final double SPENT = 0.9;

  private WorkerShare() {}

  static int perMinute(ExportOptions options) {
    int explicit = atLeastZero("maxRequestsPerMinute", options.getMaxRequestsPerMinute());
    if (explicit > 0) {
      return explicit;
    }
    int budget = atLeastZero("apiBudgetPerMinute", options.getApiBudgetPerMinute());
    if (budget == 0) {
      return 0;
    }
    return Math.max(1, (int) Math.floor(SPENT * budget / workers(options)));
  }

  /** Worker JVMs the runner may run at once, as far as its options tell; 1 if they do not. */
  static int workers(PipelineOptions options) {
    String runner = options.getRunner() == null ? "" : options.getRunner().getSimpleName();
    if (runner.startsWith("Dataflow")) {
      DataflowPipelineWorkerPoolOptions pool = options.as(DataflowPipelineWorkerPoolOptions.class);
      return Math.max(
          1, pool.getMaxNumWorkers() > 0 ? pool.getMaxNumWorkers() : pool.getNumWorkers());
    }
    if (runner.startsWith("Flink")) {
      Integer parallelism = options.as(FlinkPipelineOptions.class).getParallelism();
      return parallelism == null || parallelism < 1 ? 1 : parallelism;
    }
    return 1;
  }

  private static int atLeastZero(String option, Integer value) {
    if (value == null || value < 0) {
      throw new IllegalArgumentException(
          option
              + " must be 0 (not set) or a positive number of requests per minute, but was "
              + value);
    }
    return value;
  }
}
