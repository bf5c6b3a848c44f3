package io.laterreporting.pipelines.xlang;

import com.google.auto.service.AutoService;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import org.apache.beam.sdk.schemas.transforms.SchemaTransformProvider;

/**
 * {@code beam:schematransform:io.laterreporting:read_instances_over_time:v1}: the instance time
 * series, one row per bucket with activity (granularity is the bucket size), with the schema of
 * {@link InstancePerformanceBucket}; the exports' {@code --report=instancesOverTime}.
 */
@AutoService(SchemaTransformProvider.class)
public final class InstancesOverTimeReadSchemaTransformProvider
    extends LaterReadSchemaTransformProvider {
  public static final String URN = URN_PREFIX + "instances_over_time" + URN_VERSION;

  @Override
  protected String report() {
    return "instancesOverTime";
  }

  @Override
  public String description() {
    return "Reads the instance time series, one row per bucket with activity (granularity is the bucket size) from the Later Influence Reporting API. The configuration is that of"
        + " read_campaigns (the exports' options; clientSecret a Secret Manager reference); see"
        + " docs/PIPELINES.md for this report's grain, row key and which options apply.";
  }
}
