package io.laterreporting.pipelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Test;

/**
 * Each worker's share of the API budget, from the export's options and the runner's worker count.
 */
public class WorkerShareTest {
  private static ExportOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(ExportOptions.class);
  }

  @Test
  public void givenNoBudget_thenNoShare() {
    assertEquals(0, WorkerShare.perMinute(options()));
  }

  @Test
  public void givenAnExplicitShare_thenItWins() {
    assertEquals(
        25,
        WorkerShare.perMinute(options("--maxRequestsPerMinute=25", "--apiBudgetPerMinute=120")));
  }

  @Test
  public void givenABudgetOnDataflow_thenNinetyPercentSplitOverMaxNumWorkers() {
    assertEquals(
        27,
        WorkerShare.perMinute(
            options("--runner=DataflowRunner", "--maxNumWorkers=4", "--apiBudgetPerMinute=120")));
    assertEquals(
        36,
        WorkerShare.perMinute(
            options("--runner=DataflowRunner", "--numWorkers=3", "--apiBudgetPerMinute=120")));
  }

  @Test
  public void givenABudgetOnFlink_thenSplitOverTheParallelism() {
    assertEquals(
        54,
        WorkerShare.perMinute(
            options("--runner=FlinkRunner", "--parallelism=2", "--apiBudgetPerMinute=120")));
  }

  @Test
  public void givenABudgetOnTheDirectRunner_thenOneWorker() {
    assertEquals(108, WorkerShare.perMinute(options("--apiBudgetPerMinute=120")));
  }

  @Test
  public void givenANegativeShare_thenNamesTheOption() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WorkerShare.perMinute(options("--maxRequestsPerMinute=-1")));
    assertEquals(
        "maxRequestsPerMinute must be 0 (not set) or a positive number of requests per minute, but was -1",
        e.getMessage());
  }
}
