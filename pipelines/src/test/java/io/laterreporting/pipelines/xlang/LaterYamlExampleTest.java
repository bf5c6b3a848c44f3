package io.laterreporting.pipelines.xlang;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.transforms.SchemaTransformProvider;
import org.apache.beam.sdk.values.Row;
import org.junit.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Beam YAML example in docs/ cannot rot: its provider is the bundled jar, its URNs are served
 * by our providers, and each config is a valid configuration row that passes the exports' checks.
 */
public class LaterYamlExampleTest {
  private static final Path EXAMPLE =
      Paths.get(System.getProperty("user.dir")).resolve("../docs/yaml/later-campaigns.yaml");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> example() throws IOException {
    try (Reader reader = Files.newBufferedReader(EXAMPLE, StandardCharsets.UTF_8)) {
      return new Yaml().load(reader);
    }
  }

  private static Map<String, SchemaTransformProvider> servedProviders() {
    Map<String, SchemaTransformProvider> byUrn = new HashMap<>();
    for (SchemaTransformProvider provider : ServiceLoader.load(SchemaTransformProvider.class)) {
      byUrn.put(provider.identifier(), provider);
    }
    return byUrn;
  }

  @Test
  @SuppressWarnings("unchecked")
  public void givenTheYamlExample_thenItsConfigsAreValidRowsOfTheProvidersConfigurationSchema()
      throws Exception {
    Map<String, Object> example = example();
    List<Map<String, Object>> providers = (List<Map<String, Object>>) example.get("providers");
    assertEquals(1, providers.size());
    Map<String, Object> javaJar = providers.get(0);
    assertEquals("javaJar", javaJar.get("type"));
    assertEquals(
        "pipelines/target/later-reporting-pipelines-bundled.jar",
        ((Map<String, Object>) javaJar.get("config")).get("jar"));
    Map<String, String> urns = (Map<String, String>) javaJar.get("transforms");
    Map<String, SchemaTransformProvider> served = servedProviders();

    int checked = 0;
    List<Map<String, Object>> transforms =
        (List<Map<String, Object>>)
            ((Map<String, Object>) example.get("pipeline")).get("transforms");
    for (Map<String, Object> transform : transforms) {
      String urn = urns.get((String) transform.get("type"));
      if (urn == null) {
        continue;
      }
      SchemaTransformProvider provider = served.get(urn);
      assertNotNull(urn + " is not served; served: " + served.keySet(), provider);
      Row config =
          configRow(provider.configurationSchema(), (Map<String, Object>) transform.get("config"));
      assertNotNull(provider.from(config));
      checked++;
    }
    assertEquals("transforms of our provider in the example", urns.size(), checked);
  }

  @Test
  public void givenAConfigKeyNotInTheSchema_thenTheCheckNamesIt() {
    Schema schema = new CampaignsReadSchemaTransformProvider().configurationSchema();
    AssertionError e =
        org.junit.Assert.assertThrows(
            AssertionError.class,
            () ->
                configRow(
                    schema,
                    Map.of(
                        "client_id",
                        "x",
                        "client_secret",
                        "projects/p-1234/secrets/s/versions/1",
                        "clientId",
                        "x")));

    assertTrue(e.getMessage(), e.getMessage().contains("config key clientId is not a field"));
  }

  /** The config as a row: every key a field of the schema, every value of its field's type. */
  private static Row configRow(Schema schema, Map<String, Object> config) {
    for (Map.Entry<String, Object> entry : config.entrySet()) {
      assertTrue(
          "config key " + entry.getKey() + " is not a field of " + schema.getFieldNames(),
          schema.hasField(entry.getKey()));
      Schema.TypeName type = schema.getField(entry.getKey()).getType().getTypeName();
      Class<?> expected = type == Schema.TypeName.STRING ? String.class : Integer.class;
      assertTrue(
          entry.getKey()
              + " must be a "
              + type
              + ", but was "
              + entry.getValue().getClass().getSimpleName(),
          expected.isInstance(entry.getValue()));
    }
    for (Schema.Field field : schema.getFields()) {
      assertTrue(
          "required field " + field.getName() + " is missing",
          field.getType().getNullable() || config.containsKey(field.getName()));
    }
    return Row.withSchema(schema).withFieldValues(config).build();
  }
}
