package io.laterreporting.pipelines.xlang;

import com.google.auto.service.AutoService;
import io.laterreporting.beam.records.PostPerformance;
import org.apache.beam.sdk.schemas.transforms.SchemaTransformProvider;

/**
 * {@code beam:schematransform:io.laterreporting:read_posts:v1}: post performance, one row per post
 * and period (posts with all-zero metrics included), with the schema of {@link PostPerformance};
 * the exports' {@code --report=posts}.
 */
@AutoService(SchemaTransformProvider.class)
public final class PostsReadSchemaTransformProvider extends LaterReadSchemaTransformProvider {
  public static final String URN = URN_PREFIX + "posts" + URN_VERSION;

  @Override
  protected String report() {
    return "posts";
  }

  @Override
  public String description() {
    return "Reads post performance, one row per post and period (posts with all-zero metrics included) from the Later Influence Reporting API. The configuration is that of"
        + " read_campaigns (the exports' options; clientSecret a Secret Manager reference); see"
        + " docs/PIPELINES.md for this report's grain, row key and which options apply.";
  }
}
