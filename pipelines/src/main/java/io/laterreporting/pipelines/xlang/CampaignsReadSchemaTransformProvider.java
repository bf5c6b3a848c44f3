package io.laterreporting.pipelines.xlang;

import com.google.auto.service.AutoService;
import io.laterreporting.beam.records.CampaignPerformance;
import org.apache.beam.sdk.schemas.transforms.SchemaTransformProvider;

/**
 * {@code beam:schematransform:io.laterreporting:read_campaigns:v1}: campaign performance, one row
 * per campaign and period, with the schema of {@link CampaignPerformance}; {@code
 * LaterReportingIO.read()}.
 */
@AutoService(SchemaTransformProvider.class)
public final class CampaignsReadSchemaTransformProvider extends LaterReadSchemaTransformProvider {
  public static final String URN = URN_PREFIX + "campaigns" + URN_VERSION;

  @Override
  protected String report() {
    return "campaigns";
  }

  @Override
  public String description() {
    return "Reads campaign performance from the Later Influence Reporting API: one row per campaign and"
        + " period (granularity), every metric a nullable column. The configuration mirrors the exports'"
        + " options; clientSecret is a Secret Manager reference. Exact and splittable, like"
        + " LaterReportingIO.read().";
  }
}
