package io.laterreporting.pipelines.xlang;

import com.google.auto.service.AutoService;
import io.laterreporting.beam.records.CreatorPerformance;
import org.apache.beam.sdk.schemas.transforms.SchemaTransformProvider;

/**
 * {@code beam:schematransform:io.laterreporting:read_creators:v1}: creator performance, one row per
 * creator and period over the whole instance set, with the schema of {@link CreatorPerformance};
 * the exports' {@code --report=creators}.
 */
@AutoService(SchemaTransformProvider.class)
public final class CreatorsReadSchemaTransformProvider extends LaterReadSchemaTransformProvider {
  public static final String URN = URN_PREFIX + "creators" + URN_VERSION;

  @Override
  protected String report() {
    return "creators";
  }

  @Override
  public String description() {
    return "Reads creator performance, one row per creator and period over the whole instance set from the Later Influence Reporting API. The configuration is that of"
        + " read_campaigns (the exports' options; clientSecret a Secret Manager reference); see"
        + " docs/PIPELINES.md for this report's grain, row key and which options apply.";
  }
}
