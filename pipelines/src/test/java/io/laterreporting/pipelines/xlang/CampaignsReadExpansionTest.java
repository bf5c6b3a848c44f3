package io.laterreporting.pipelines.xlang;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.PostPerformance;
import io.laterreporting.beam.secrets.FakeSecretManager;
import io.laterreporting.beam.secrets.SecretManagerConnection;
import io.laterreporting.beam.secrets.SecretManagerSecretSource;
import io.laterreporting.beam.secrets.SecretVersionName;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.beam.testing.ReportOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.model.expansion.v1.ExpansionApi;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.schemas.SchemaTranslation;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code read_campaigns} found and expanded by URN through Beam's expansion service, then run. */
public class CampaignsReadExpansionTest {
  private static final String SECRET_REF =
      "projects/xlang-test/secrets/later-client/versions/latest";
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 3, 31);

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private ReportingApiEmulator emulator;
  private FakeSecretManager secretManager;
  private InProcessExpansion expansion;

  @Before
  public void setUp() throws Exception {
    emulator =
        ReportingApiEmulator.builder()
            .seed(31)
            .instances(2)
            .campaignsPerInstance(12)
            .credentials("xlang-client", "xlang-secret")
            .start();
    // The workers' Application Default Credentials, stood in by a local Secret Manager.
    SecretManagerSecretSource.clearCache();
    secretManager = new FakeSecretManager().put(SECRET_REF, "xlang-secret");
    SecretManagerSecretSource.of(
            SecretVersionName.parse(SECRET_REF),
            secretManager.standingInFor(SecretManagerConnection.applicationDefault()))
        .resolve();
    expansion = new InProcessExpansion();
  }

  @After
  public void tearDown() throws Exception {
    expansion.close();
    secretManager.close();
    emulator.close();
    SecretManagerSecretSource.clearCache();
  }

  private ReadConfiguration config() {
    return ReadConfiguration.builder()
        .setApiBaseUrl(emulator.baseUrl())
        .setClientId("xlang-client")
        .setClientSecret(SECRET_REF)
        .setStartDate(START.toString())
        .setEndDate(END.toString())
        .setGranularity("month")
        .setPageSize(7)
        .build();
  }

  /** The configuration of {@link #config()} as a row of a provider's configuration schema. */
  private Row.FieldValueBuilder configRow(Schema configSchema) {
    return Row.withSchema(configSchema)
        .withFieldValue("api_base_url", emulator.baseUrl())
        .withFieldValue("client_id", "xlang-client")
        .withFieldValue("client_secret", SECRET_REF)
        .withFieldValue("start_date", START.toString())
        .withFieldValue("end_date", END.toString())
        .withFieldValue("granularity", "month");
  }

  @Test
  public void givenDiscovery_thenTheUrnWithTheConfigurationSchemaAndOneOutput() {
    CampaignsReadSchemaTransformProvider provider = new CampaignsReadSchemaTransformProvider();

    ExpansionApi.SchemaTransformConfig discovered =
        expansion.discover().get(CampaignsReadSchemaTransformProvider.URN);

    assertEquals("beam:schematransform:io.laterreporting:read_campaigns:v1", provider.identifier());
    assertTrue("not discovered: " + expansion.discover().keySet(), discovered != null);
    assertEquals(
        provider.configurationSchema(),
        SchemaTranslation.schemaFromProto(discovered.getConfigSchema()));
    assertEquals(List.of(), discovered.getInputPcollectionNamesList());
    assertEquals(List.of("output"), discovered.getOutputPcollectionNamesList());
    assertEquals(provider.description(), discovered.getDescription());
  }

  @Test(timeout = 180_000)
  public void givenExpandedByUrnAndRunPortably_thenRowsEqualTheJavaReadsAndTheOracle()
      throws Exception {
    Row configRow =
        configRow(new CampaignsReadSchemaTransformProvider().configurationSchema())
            .withFieldValue("page_size", 7)
            .build();
    Schema rowSchema = SchemaRegistry.createDefault().getSchema(CampaignPerformance.class);

    Path xlangOut = tmp.newFolder("xlang").toPath();
    Pipeline xlang = Pipeline.create(InProcessExpansion.portableOptions());
    PCollection<Row> rows =
        xlang.apply(expansion.transform(CampaignsReadSchemaTransformProvider.URN, configRow));
    assertEquals(rowSchema, rows.getSchema());
    writeEncoded(rows, xlangOut);
    long started = System.nanoTime();
    InProcessExpansion.runPortable(xlang);
    System.err.printf(
        "portable run of the expanded read: %d ms%n", (System.nanoTime() - started) / 1_000_000);

    Path javaOut = tmp.newFolder("java").toPath();
    Pipeline java =
        Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
    PCollection<?> records =
        java.apply(ReadConfigurations.settings(config(), "campaigns", Clock.systemUTC()).read());
    writeEncoded(records.apply(Convert.toRows()), javaOut);
    java.run().waitUntilFinish();

    List<String> expected = oracle();
    assertTrue("the test needs rows, has " + expected.size(), expected.size() > 10);
    assertEquals("each row once", expected.size(), new HashSet<>(expected).size());
    assertEquals(expected, readBack(javaOut, rowSchema));
    assertEquals(expected, readBack(xlangOut, rowSchema));
  }

  @Test(timeout = 180_000)
  public void givenReadPostsExpandedByUrn_thenRowsEqualThePostsOracle() throws Exception {
    PostsReadSchemaTransformProvider provider = new PostsReadSchemaTransformProvider();
    assertEquals("beam:schematransform:io.laterreporting:read_posts:v1", provider.identifier());
    assertTrue(expansion.discover().containsKey(PostsReadSchemaTransformProvider.URN));
    Row configRow = configRow(provider.configurationSchema()).build();
    Schema rowSchema = SchemaRegistry.createDefault().getSchema(PostPerformance.class);

    Path xlangOut = tmp.newFolder("posts").toPath();
    Pipeline xlang = Pipeline.create(InProcessExpansion.portableOptions());
    PCollection<Row> rows =
        xlang.apply(expansion.transform(PostsReadSchemaTransformProvider.URN, configRow));
    assertEquals(rowSchema, rows.getSchema());
    writeEncoded(rows, xlangOut);
    InProcessExpansion.runPortable(xlang);

    SerializableFunction<PostPerformance, Row> toRow =
        SchemaRegistry.createDefault().getToRowFunction(PostPerformance.class);
    List<String> expected = new ArrayList<>();
    for (PostPerformance post :
        ReportOracle.posts(emulator, List.of(), DateWindows.cover(START, END, Granularity.MONTH))) {
      expected.add(canonical(toRow.apply(post)));
    }
    expected.sort(null);
    assertTrue("the test needs rows", expected.size() > 10);
    assertEquals(expected, readBack(xlangOut, rowSchema));
  }

  /** Rows as lines of their RowCoder bytes (base64): exact, maps and lists included. */
  private static void writeEncoded(PCollection<Row> rows, Path dir) {
    rows.apply(MapElements.via(new EncodeRow(rows.getSchema())))
        .apply(TextIO.write().to(dir.resolve("rows").toString()).withSuffix(".rows"));
  }

  private static final class EncodeRow extends SimpleFunction<Row, String> {
    private final RowCoder coder;

    EncodeRow(Schema schema) {
      this.coder = RowCoder.of(schema);
    }

    @Override
    public String apply(Row row) {
      try {
        return Base64.getEncoder().encodeToString(CoderUtils.encodeToByteArray(coder, row));
      } catch (CoderException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The emulator's rows for the configured windows, as rows of the records' schema, canonical and
   * sorted.
   */
  private List<String> oracle() throws Exception {
    List<DateWindow> windows = DateWindows.cover(START, END, Granularity.MONTH);
    SerializableFunction<CampaignPerformance, Row> toRow =
        SchemaRegistry.createDefault().getToRowFunction(CampaignPerformance.class);
    List<String> rows = new ArrayList<>();
    for (CampaignPerformance record : EmulatorOracle.rows(emulator, List.of(), windows)) {
      rows.add(canonical(toRow.apply(record)));
    }
    rows.sort(null);
    return rows;
  }

  /**
   * Every row written under {@code dir}, decoded, canonical and sorted (a row written twice is
   * there twice).
   */
  private static List<String> readBack(Path dir, Schema schema) throws IOException {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().endsWith(".rows"))
              .collect(Collectors.toList())) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          rows.add(
              canonical(
                  CoderUtils.decodeFromByteArray(
                      RowCoder.of(schema), Base64.getDecoder().decode(line))));
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  /**
   * Field by field in schema order, maps by key: equal rows give equal strings whatever their
   * classes.
   */
  private static String canonical(Row row) {
    StringBuilder out = new StringBuilder();
    for (Schema.Field field : row.getSchema().getFields()) {
      Object value = row.getValue(field.getName());
      out.append(field.getName())
          .append('=')
          .append(value instanceof Map ? new TreeMap<>((Map<?, ?>) value) : value)
          .append("; ");
    }
    return out.toString();
  }
}
