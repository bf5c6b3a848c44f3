package io.laterreporting.pipelines;

import java.util.Map;

/**
 * Whether {@code main} waits for the pipeline to finish. A Flex Template launcher only has to
 * submit the job; waiting would hold the launcher until the job ends. The launcher images of
 * Dataflow Flex Templates set {@code FLEX_TEMPLATE_JAVA_MAIN_CLASS}, which is how we recognise
 * them. This is the hook for other launch environments that must return right after {@code run()}.
 */
final class LaunchMode {
  static final String FLEX_TEMPLATE_MAIN_CLASS_VARIABLE = "FLEX_TEMPLATE_JAVA_MAIN_CLASS";

  private LaunchMode() {}

  static boolean waitsForCompletion(Map<String, String> environment) {
    return !environment.containsKey(FLEX_TEMPLATE_MAIN_CLASS_VARIABLE);
  }
}
