package io.laterreporting.pipelines;

import java.io.PrintStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** The text of {@code --help}: the export's options with their defaults. */
final class OptionsHelp {
  private OptionsHelp() {}

  static void print(String command, PrintStream out) {
    out.println("Usage: " + command + " --option=value ...");
    PipelineOptionsFactory.printHelp(out, ExportOptions.class);
    PipelineOptionsFactory.printHelp(out, DemoOptions.class);
    PipelineOptionsFactory.printHelp(out, PlanOptions.class);
  }
}
