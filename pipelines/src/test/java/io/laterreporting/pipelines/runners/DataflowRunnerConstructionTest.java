package io.laterreporting.pipelines.runners;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertTrue;

import io.laterreporting.pipelines.ExportOptions;
import io.laterreporting.pipelines.ExportSettings;
import io.laterreporting.pipelines.ParquetExport;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Parquet export builds and translates on the DataflowRunner without network: the runner writes
 * the job to --templateLocation instead of submitting it, stages to a local folder, and uses no
 * credentials. The stored job holds no secret given by value.
 */
public class DataflowRunnerConstructionTest {
  private static final String SECRET = "df-canary-secret-3301";

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test(timeout = 120_000)
  public void givenDataflowOptions_thenJobIsTranslatedAndHoldsNoSecretValue() throws Exception {
    Path job = tmp.getRoot().toPath().resolve("job.json");
    Path stage =
        Files.write(tmp.getRoot().toPath().resolve("stage.jar"), new byte[] {'P', 'K', 5, 6});
    ExportOptions options =
        PipelineOptionsFactory.fromArgs(
                "--runner=DataflowRunner",
                "--project=my-project",
                "--region=europe-west1",
                "--tempLocation=gs://my-bucket/temp",
                "--gcpTempLocation=gs://my-bucket/temp",
                "--stagingLocation=" + tmp.newFolder("staging"),
                "--filesToStage=" + stage,
                "--templateLocation=" + job,
                "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory",
                "--pathValidatorClass=org.apache.beam.sdk.extensions.gcp.storage.NoopPathValidator",
                "--clientId=df-client",
                "--clientSecret=" + SECRET,
                "--startDate=2025-01-01",
                "--endDate=2025-01-31",
                "--output=gs://my-bucket/later")
            .as(ExportOptions.class);

    ExportSettings settings = ExportSettings.from(options, Clock.systemUTC());
    Pipeline pipeline = Pipeline.create(options);
    Constructor<ParquetExport> ctor = ParquetExport.class.getDeclaredConstructor(Clock.class);
    ctor.setAccessible(true);
    ParquetExport target = ctor.newInstance(Clock.systemUTC());
    target.addWrite(settings.readRows(pipeline), options, settings);

    assertThat(options.toString(), not(containsString(SECRET)));
    assertThat(DisplayData.from(options).toString(), not(containsString(SECRET)));
    PipelineResult result = pipeline.run();

    String spec = Files.readString(job, StandardCharsets.UTF_8);
    assertTrue(
        result.getClass().getSimpleName(), result.getClass().getSimpleName().contains("Template"));
    assertThat(spec, containsString("ReadCampaignPerformance"));
    assertThat(spec, containsString("my-project"));
    assertThat(spec, not(containsString(SECRET)));
    assertThat(spec, not(containsString("clientSecret\":\"")));
  }
}
