package io.laterreporting.pipelines.xlang;

import io.laterreporting.beam.secrets.Secrets;
import io.laterreporting.pipelines.ExportOptions;
import io.laterreporting.pipelines.ExportSettings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * A {@link ReadConfiguration} checked exactly as the exports check their options: each field set on
 * {@link ExportOptions} under its own name (unset fields keep the options' defaults), then {@link
 * ExportSettings#from}. A bad configuration fails the expansion with the exports' message, naming
 * the field (as the configuration spells it, in snake_case), the value and what is allowed, before
 * any request.
 */
final class ReadConfigurations {
  private ReadConfigurations() {}

  /**
   * @param report the exports' {@code --report} value the transform reads
   */
  static ExportSettings settings(ReadConfiguration config, String report, Clock clock) {
    if (!Secrets.isReference(config.getClientSecret())) {
      throw new IllegalArgumentException(
          "client_secret must be a Secret Manager reference"
              + " projects/PROJECT/[locations/LOCATION/]secrets/SECRET/versions/VERSION (value not shown):"
              + " a transform's configuration is stored in the job graph, so a secret value is refused");
    }
    try {
      ExportOptions options = options(config);
      options.setReport(report);
      return ExportSettings.from(options, clock);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(withFieldNames(String.valueOf(e.getMessage())), e);
    }
  }

  /** The exports' message with each option name replaced by the configuration field's name. */
  static String withFieldNames(String message) {
    String result = message;
    for (Method getter : fieldGetters()) {
      String option =
          Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
      String field = option.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
      result = result.replaceAll("\\b" + option + "\\b", field);
    }
    return result;
  }

  /** The options these fields set; fails if a field has no option of the same name and type. */
  static ExportOptions options(ReadConfiguration config) {
    ExportOptions options = PipelineOptionsFactory.create().as(ExportOptions.class);
    for (Method getter : fieldGetters()) {
      try {
        Object value = getter.invoke(config);
        if (value != null) {
          ExportOptions.class
              .getMethod("set" + getter.getName().substring(3), getter.getReturnType())
              .invoke(options, value);
        }
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalStateException(
            "ReadConfiguration." + getter.getName() + " has no ExportOptions setter", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    return options;
  }

  /** The configuration's fields, as its abstract getters. */
  static List<Method> fieldGetters() {
    List<Method> getters = new ArrayList<>();
    for (Method m : ReadConfiguration.class.getDeclaredMethods()) {
      if (m.getName().startsWith("get")
          && m.getParameterCount() == 0
          && Modifier.isAbstract(m.getModifiers())) {
        getters.add(m);
      }
    }
    return getters;
  }
}
