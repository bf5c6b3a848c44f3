package io.laterreporting.pipelines;

import org.apache.beam.sdk.expansion.service.ExpansionService;

/**
 * The bundled jar's main class. {@code java -jar later-reporting-pipelines-bundled.jar PORT
 * [options]} starts Beam's cross-language expansion service on PORT, serving the schema transforms
 * of {@code io.laterreporting.pipelines.xlang} to Beam YAML ({@code providers: - type: javaJar}),
 * Python and Go, which start it that way; any other arguments run the {@link ParquetExport}.
 */
public final class BundledJar {
  private BundledJar() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && isPort(args[0])) {
      ExpansionService.main(args);
    } else {
      ParquetExport.main(args);
    }
  }

  static boolean isPort(String arg) {
    return arg.matches("[0-9]{1,5}");
  }
}
