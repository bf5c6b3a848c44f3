package io.laterreporting.beam.secrets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.client.SecretSource;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.PCollection;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A secret given by reference exists only in Secret Manager (here a local stand-in) and on the
 * worker that resolves it: never in the job graph, the display data or the logs of a run.
 */
public class SecretLeakTest {
  private static final String SECRET = "Zq9-leak-canary-7781";
  private static final String NAME =
      "projects/leak-test-project/secrets/later-client/versions/latest";
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}");
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 2, 28);

  private ReportingApiEmulator emulator;
  private FakeSecretManager secretManager;

  @Before
  public void setUp() {
    SecretManagerSecretSource.clearCache();
    emulator =
        ReportingApiEmulator.builder()
            .seed(5)
            .instances(2)
            .campaignsPerInstance(20)
            .credentials("leak-client", SECRET)
            .start();
    secretManager = new FakeSecretManager().put(NAME, SECRET);
  }

  @After
  public void tearDown() {
    emulator.close();
    secretManager.close();
    SecretManagerSecretSource.clearCache();
  }

  private LaterReportingIO.Read<CampaignPerformance> read(SecretSource secret) {
    return LaterReportingIO.read()
        .withBaseUrl(emulator.baseUrl())
        .withClientId("leak-client")
        .withClientSecret(secret)
        .withDateRange(START, END)
        .withPageSize(7);
  }

  private static Pipeline directPipeline() {
    return Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
  }

  @Test
  public void givenSecretByReference_thenAbsentFromGraphDisplayDataAndLogsOfARun()
      throws Exception {
    SecretSource secret =
        SecretManagerSecretSource.of(SecretVersionName.parse(NAME), secretManager.connection());
    LaterReportingIO.Read<CampaignPerformance> read = read(secret);
    Pipeline pipeline = directPipeline();
    PCollection<Long> count = pipeline.apply(read).apply(Count.globally());
    int expected =
        EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(START, END))).size();
    assertTrue("the test needs rows", expected > 0);
    PAssert.thatSingleton(count).isEqualTo((long) expected);

    assertEquals(List.of(), PipelineSecretScan.occurrences(pipeline, SECRET));
    String displayData = DisplayData.from(read).toString();
    assertThat(displayData, not(containsString(SECRET)));
    assertThat(displayData, containsString(NAME));

    String logs = runCapturingOutput(pipeline);

    assertFalse("secret resolved on the worker", secretManager.requestLog().isEmpty());
    assertThat(logs, not(containsString(SECRET)));
    assertFalse("a JWT in the logs", JWT.matcher(logs).find());
  }

  @Test
  public void givenSecretByValue_thenInTheSerializedGraphButNotInDisplayDataOrLogs()
      throws Exception {
    LaterReportingIO.Read<CampaignPerformance> read = read(Secrets.parse(SECRET));
    Pipeline pipeline = directPipeline();
    PCollection<Long> count = pipeline.apply(read).apply(Count.globally());
    PAssert.thatSingleton(count)
        .isEqualTo(
            (long)
                EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(START, END)))
                    .size());

    // The documented trade-off: the value must reach the workers, so it is in the job graph.
    assertFalse(PipelineSecretScan.occurrences(pipeline, SECRET).isEmpty());
    assertThat(DisplayData.from(read).toString(), not(containsString(SECRET)));
    assertThat(DisplayData.from(read).toString(), containsString("inline value"));

    String logs = runCapturingOutput(pipeline);

    assertThat(logs, not(containsString(SECRET)));
    assertFalse("a JWT in the logs", JWT.matcher(logs).find());
  }

  @Test
  public void givenRejectedSecretByValue_thenTheFailureDoesNotQuoteIt() throws Exception {
    String wrong = "Wr0ng-canary-5521";
    Pipeline pipeline = directPipeline();
    pipeline.apply(read(Secrets.parse(wrong)));

    Throwable failure = null;
    String logs;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    PrintStream out = System.out;
    PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setErr(tee);
    System.setOut(tee);
    try {
      pipeline.run().waitUntilFinish();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      System.setErr(err);
      System.setOut(out);
      logs = captured.toString(StandardCharsets.UTF_8);
    }

    assertTrue("the run must fail on rejected credentials", failure != null);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()), not(containsString(wrong)));
      assertThat(t.toString(), not(containsString(wrong)));
    }
    assertThat(logs, not(containsString(wrong)));
  }

  /** Runs the pipeline with System.out and System.err (where slf4j-simple writes) captured. */
  private static String runCapturingOutput(Pipeline pipeline) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    PrintStream out = System.out;
    PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setErr(tee);
    System.setOut(tee);
    try {
      pipeline.run().waitUntilFinish();
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    err.print(logs);
    return logs;
  }
}
