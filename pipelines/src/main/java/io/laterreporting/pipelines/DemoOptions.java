package io.laterreporting.pipelines;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How the in-process emulator of {@code --demo} behaves; ignored without {@code --demo}. */
public interface DemoOptions extends PipelineOptions {
  @Description("--demo: pagination generation the emulator speaks, page or cursor.")
  @Default.String("page")
  String getDemoPagination();

  void setDemoPagination(String value);

  @Description("--demo: fraction of API requests that fail transiently, 0 to 1.")
  @Default.Double(0.0)
  Double getDemoFaultRate();

  void setDemoFaultRate(Double value);

  @Description("--demo: seed of the generated data.")
  @Default.Long(7)
  Long getDemoSeed();

  void setDemoSeed(Long value);

  @Description("--demo: number of instances (workspaces).")
  @Default.Integer(12)
  Integer getDemoInstances();

  void setDemoInstances(Integer value);

  @Description("--demo: mean number of campaigns per instance.")
  @Default.Integer(60)
  Integer getDemoCampaigns();

  void setDemoCampaigns(Integer value);
}
