package io.laterreporting.pipelines.xlang;

import com.google.auto.service.AutoService;
import io.laterreporting.beam.records.InstancePerformance;
import org.apache.beam.sdk.schemas.transforms.SchemaTransformProvider;

/**
 * {@code beam:schematransform:io.laterreporting:read_instances:v1}: instance totals, one row per
 * period for the whole instance set, with the schema of {@link InstancePerformance}; the exports'
 * {@code --report=instances}.
 */
@AutoService(SchemaTransformProvider.class)
public final class InstancesReadSchemaTransformProvider extends LaterReadSchemaTransformProvider {
  public static final String URN = URN_PREFIX + "instances" + URN_VERSION;

  @Override
  protected String report() {
    return "instances";
  }

  @Override
  public String description() {
    return "Reads instance totals, one row per period for the whole instance set from the Later Influence Reporting API. The configuration is that of"
        + " read_campaigns (the exports' options; clientSecret a Secret Manager reference); see"
        + " docs/PIPELINES.md for this report's grain, row key and which options apply.";
  }
}
