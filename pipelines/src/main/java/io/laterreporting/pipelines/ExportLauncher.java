package io.laterreporting.pipelines;

import io.laterreporting.beam.client.LaterApiException;
import io.laterreporting.pipelines.sinks.ExportReport;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * What both exports' {@code main} do: parse and check the options before anything is sent, build
 * the pipeline (read, then the target's write), run it, report progress, and print a summary.
 * Returns the process exit code instead of exiting, so that tests can call it.
 */
final class ExportLauncher {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_OPTIONS = 2;
  private static final int TOP_CAMPAIGNS = 5;

  private final ExportTarget target;
  private final String command;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final Map<String, String> environment;

  ExportLauncher(
      ExportTarget target,
      String command,
      PrintStream out,
      PrintStream err,
      Clock clock,
      Map<String, String> environment) {
    this.target = target;
    this.command = command;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.environment = environment;
  }

  int launch(String[] args) {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      OptionsHelp.print(command, out);
      return OK;
    }
    ExportOptions options;
    ExportSettings settings;
    DemoApi demo = null;
    try {
      options = parse(args);
      TemplateAllowlist.fromEnvironment(environment).check(options);
      if (options.getDemo()) {
        demo = DemoApi.startFor(options);
      }
      target.checkDestination(options);
      settings = ExportSettings.from(options, clock);
      target.checkOutput(options, settings);
    } catch (IllegalArgumentException e) {
      if (demo != null) {
        demo.close();
      }
      err.println("Invalid option: " + firstLine(e.getMessage()) + " (see --help)");
      return BAD_OPTIONS;
    } catch (java.io.IOException e) {
      if (demo != null) {
        demo.close();
      }
      err.println("Export failed: cannot read the output: " + firstLine(e.getMessage()));
      return FAILED;
    }
    try (AutoCloseable demoApi = demo) {
      PlanOptions plan = options.as(PlanOptions.class);
      if (plan.getPlan()) {
        out.print(
            settings.read().estimateCost(plan.getPlanRequestsPerMinute(), plan.getPlanCountRows()));
        return OK;
      }
      return run(options, settings);
    } catch (Exception e) {
      err.println("Export failed: " + rootMessage(e));
      return FAILED;
    }
  }

  private int run(ExportOptions options, ExportSettings settings) {
    // The Direct runner would otherwise block in run(), leaving no chance to report progress.
    options.as(DirectOptions.class).setBlockOnRun(false);
    Pipeline pipeline = Pipeline.create(options);
    PCollection<Row> rows = settings.readRows(pipeline);
    String destination = target.addWrite(rows, options, settings);
    if (settings.report() == ExportReport.CAMPAIGNS) {
      rows.apply("TopCampaigns", new TopCampaigns(TOP_CAMPAIGNS, settings.windows().size() > 1));
    }

    long started = System.nanoTime();
    PipelineResult result = pipeline.run();
    if (!LaunchMode.waitsForCompletion(environment)) {
      out.println("Submitted; the job writes to " + destination);
      return OK;
    }
    PipelineResult.State state;
    try (ProgressReporter progress = ProgressReporter.start(result, out)) {
      state = result.waitUntilFinish();
    }
    if (state != PipelineResult.State.DONE) {
      err.println("Export failed: the job ended " + state);
      return FAILED;
    }
    Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
    new RunSummary(JobMetrics.of(result.metrics()), settings, wallTime, destination).print(out);
    return OK;
  }

  static ExportOptions parse(String[] args) {
    PipelineOptionsFactory.register(ExportOptions.class);
    PipelineOptionsFactory.register(DemoOptions.class);
    PipelineOptionsFactory.register(PlanOptions.class);
    return PipelineOptionsFactory.fromArgs(args).as(ExportOptions.class);
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message).strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  /**
   * The API client's exception if the chain holds one (it names the route, the unit, the attempts
   * and the last answer; its own cause, e.g. a {@code ConnectException}, says none of that), else
   * the root cause.
   */
  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      if (cause instanceof LaterApiException) {
        break;
      }
      cause = cause.getCause();
    }
    return firstLine(cause.getClass().getSimpleName() + ": " + cause.getMessage());
  }
}
