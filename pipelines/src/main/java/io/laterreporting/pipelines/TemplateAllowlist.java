package io.laterreporting.pipelines;

import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.secrets.SecretVersionName;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a Flex Template launch may point the workers at. Whoever may launch a template chooses its
 * parameters, but the workers run with the template's service account: without a limit, a launcher
 * could have them send any secret that account can read to any host (a confused deputy). So in a
 * template launch (see {@link LaunchMode}) {@code apiBaseUrl} must be the public API or one of the
 * URLs the image was built with ({@value #API_BASE_URLS_VARIABLE}, space- or comma-separated), the
 * {@code clientSecret} reference a version of one of the secrets in {@value
 * #CLIENT_SECRETS_VARIABLE} when that is set ({@code projects/P/secrets/S}, or {@code
 * projects/P/locations/L/secrets/S}), and the demo mode is refused. The lists live in the image
 * ({@code templates/flex-template.sh build}), never in launch parameters, since the launcher is who
 * they guard against. Outside a template launch nothing is limited.
 */
final class TemplateAllowlist {
  static final String API_BASE_URLS_VARIABLE = "LATER_API_BASE_URL_ALLOWLIST";
  static final String CLIENT_SECRETS_VARIABLE = "LATER_CLIENT_SECRET_ALLOWLIST";

  private final boolean templateLaunch;
  private final Set<String> baseUrls;
  private final Set<String> secrets;

  private TemplateAllowlist(boolean templateLaunch, Set<String> baseUrls, Set<String> secrets) {
    this.templateLaunch = templateLaunch;
    this.baseUrls = baseUrls;
    this.secrets = secrets;
  }

  static TemplateAllowlist fromEnvironment(Map<String, String> environment) {
    Set<String> baseUrls = new LinkedHashSet<>();
    baseUrls.add(LaterReportingIO.DEFAULT_BASE_URL);
    baseUrls.addAll(list(environment.get(API_BASE_URLS_VARIABLE)));
    return new TemplateAllowlist(
        !LaunchMode.waitsForCompletion(environment),
        baseUrls.stream()
            .map(TemplateAllowlist::withoutTrailingSlash)
            .collect(Collectors.toCollection(LinkedHashSet::new)),
        list(environment.get(CLIENT_SECRETS_VARIABLE)));
  }

  /**
   * @throws IllegalArgumentException naming the parameter, the value and what is allowed
   */
  void check(ExportOptions options) {
    if (!templateLaunch) {
      return;
    }
    if (Boolean.TRUE.equals(options.getDemo())) {
      throw new IllegalArgumentException("demo is not available in a Flex Template launch");
    }
    String url =
        options.getApiBaseUrl() == null ? "" : withoutTrailingSlash(options.getApiBaseUrl().trim());
    if (!baseUrls.contains(url)) {
      throw new IllegalArgumentException(
          String.format(
              "apiBaseUrl must be one of %s in this template (other hosts need a template built with %s),"
                  + " but was %s",
              baseUrls, API_BASE_URLS_VARIABLE, shown(url)));
    }
    if (!secrets.isEmpty() && !allowedSecret(options.getClientSecret())) {
      throw new IllegalArgumentException(
          String.format(
              "clientSecret must be a version of one of the secrets %s in this template (set by %s), but"
                  + " was another reference",
              secrets, CLIENT_SECRETS_VARIABLE));
    }
  }

  private boolean allowedSecret(String reference) {
    if (!SecretVersionName.matches(reference)) {
      return false;
    }
    String name = SecretVersionName.parse(reference).name();
    return secrets.contains(name.substring(0, name.lastIndexOf("/versions/")));
  }

  private static Set<String> list(String value) {
    if (value == null || value.isBlank()) {
      return new LinkedHashSet<>();
    }
    return Arrays.stream(value.split("[,\\s]+"))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The URL quoted, unless it may carry credentials (user info). */
  private static String shown(String url) {
    return url.contains("@") ? "a URL with user info (not shown)" : "'" + url + "'";
  }

  private static String withoutTrailingSlash(String url) {
    return url.replaceAll("/+$", "");
  }
}
