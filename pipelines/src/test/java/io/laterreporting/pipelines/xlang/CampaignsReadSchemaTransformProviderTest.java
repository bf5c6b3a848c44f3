package io.laterreporting.pipelines.xlang;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.laterreporting.pipelines.ExportOptions;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import org.junit.Test;

public class CampaignsReadSchemaTransformProviderTest {
  private static final String REF =
      "projects/my-project/secrets/later-client-secret/versions/latest";
  private final CampaignsReadSchemaTransformProvider provider =
      new CampaignsReadSchemaTransformProvider();

  private Row config(Map<String, Object> fields) {
    return Row.withSchema(provider.configurationSchema()).withFieldValues(fields).build();
  }

  @Test
  public void givenTheConfigurationSchema_thenEachFieldIsAnExportOptionOfTheSameType()
      throws Exception {
    Map<String, Class<?>> fields = new TreeMap<>();
    for (Method getter : ReadConfigurations.fieldGetters()) {
      fields.put(getter.getName(), getter.getReturnType());
      assertEquals(
          getter.getName(),
          getter.getReturnType(),
          ExportOptions.class.getMethod(getter.getName()).getReturnType());
    }
    List<String> names = new ArrayList<>();
    for (Schema.Field field : provider.configurationSchema().getFields()) {
      names.add("get" + CaseFormat.LOWER_UNDERSCORE.to(CaseFormat.UPPER_CAMEL, field.getName()));
      assertEquals(
          field.getName() + " nullable",
          !List.of("client_id", "client_secret").contains(field.getName()),
          field.getType().getNullable());
    }
    names.sort(null);
    assertEquals(new ArrayList<>(fields.keySet()), names);
  }

  @Test
  public void givenUnsetFields_thenTheExportsDefaultsApply() {
    ExportOptions options =
        ReadConfigurations.options(
            ReadConfiguration.builder()
                .setClientId("c")
                .setClientSecret(REF)
                .setLookbackDays(3)
                .build());

    assertEquals("none", options.getGranularity());
    assertEquals(Integer.valueOf(100), options.getPageSize());
    assertEquals(Integer.valueOf(8), options.getMaxAttempts());
    assertEquals(Integer.valueOf(3), options.getLookbackDays());
  }

  @Test
  public void givenABadField_thenExpansionFailsWithTheExportsMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                provider.from(
                    config(
                        Map.of(
                            "client_id",
                            "c",
                            "client_secret",
                            REF,
                            "lookback_days",
                            7,
                            "granularity",
                            "day",
                            "page_size",
                            500))));

    assertThat(e.getMessage(), containsString("page_size"));
    assertThat(e.getMessage(), containsString("500"));
  }

  @Test
  public void givenCrossFieldConflict_thenExpansionFailsNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                provider.from(
                    config(
                        Map.of(
                            "client_id",
                            "c",
                            "client_secret",
                            REF,
                            "lookback_days",
                            7,
                            "start_date",
                            "2025-01-01",
                            "end_date",
                            "2025-01-31"))));

    assertEquals(
        "lookback_days cannot be combined with start_date/end_date (give a range or a lookback), but"
            + " was 7 with start_date=2025-01-01, end_date=2025-01-31",
        e.getMessage());
  }

  @Test
  public void givenASecretValueInsteadOfAReference_thenRefusedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                provider.from(
                    config(
                        Map.of(
                            "client_id",
                            "c",
                            "client_secret",
                            "hunter2-secret",
                            "lookback_days",
                            7,
                            "granularity",
                            "day"))));

    assertThat(e.getMessage(), containsString("client_secret must be a Secret Manager reference"));
    assertThat(e.getMessage(), not(containsString("hunter2")));
  }

  @Test
  public void givenAProvider_thenStableUrnNoInputAndOneOutput() {
    assertEquals("beam:schematransform:io.laterreporting:read_campaigns:v1", provider.identifier());
    assertEquals(List.of(), provider.inputCollectionNames());
    assertEquals(List.of("output"), provider.outputCollectionNames());
  }
}
