package io.laterreporting.pipelines;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** {@code --plan}: say what an export will cost instead of running it. */
public interface PlanOptions extends PipelineOptions {
  @Description(
      "Print what the export will cost (queries, requests, time at the rate budget) and exit"
          + " without reading any data.")
  @Default.Boolean(false)
  Boolean getPlan();

  void setPlan(Boolean value);

  @Description(
      "--plan: the API's rate budget in requests per minute (shared by all workers), at least 1.")
  @Default.Integer(120)
  Integer getPlanRequestsPerMinute();

  void setPlanRequestsPerMinute(Integer value);

  @Description(
      "--plan: also count each window's rows, at one request per window (page-number gateways);"
          + " report campaigns only.")
  @Default.Boolean(false)
  Boolean getPlanCountRows();

  void setPlanCountRows(Boolean value);
}
