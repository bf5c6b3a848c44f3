package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.Test;

/** A Flex Template launch points the workers only at what the image was built to allow. */
public class TemplateAllowlistTest {
  private static final String REF =
      "projects/my-project/secrets/later-client-secret/versions/latest";
  private static final Map<String, String> TEMPLATE =
      Map.of(
          LaunchMode.FLEX_TEMPLATE_MAIN_CLASS_VARIABLE,
          "io.laterreporting.pipelines.ParquetExport");

  private static ExportOptions options(String... args) {
    return ExportLauncher.parse(args);
  }

  private static IllegalArgumentException refused(Map<String, String> environment, String... args) {
    return assertThrows(
        IllegalArgumentException.class,
        () -> TemplateAllowlist.fromEnvironment(environment).check(options(args)));
  }

  private static Map<String, String> template(String variable, String value) {
    return Map.of(LaunchMode.FLEX_TEMPLATE_MAIN_CLASS_VARIABLE, "x", variable, value);
  }

  @Test
  public void givenATemplateLaunchWithoutAllowlist_thenOnlyThePublicApi() {
    TemplateAllowlist.fromEnvironment(TEMPLATE).check(options("--clientSecret=" + REF));
    TemplateAllowlist.fromEnvironment(TEMPLATE)
        .check(options("--apiBaseUrl=https://reporting.api.later.com/"));

    IllegalArgumentException e = refused(TEMPLATE, "--apiBaseUrl=https://collector.example.com");

    assertEquals(
        "apiBaseUrl must be one of [https://reporting.api.later.com] in this template (other hosts"
            + " need a template built with LATER_API_BASE_URL_ALLOWLIST), but was 'https://collector.example.com'",
        e.getMessage());
  }

  @Test
  public void givenAnAllowlistInTheImage_thenExactlyThoseBaseUrlsAndThePublicOne() {
    Map<String, String> env =
        template(
            TemplateAllowlist.API_BASE_URLS_VARIABLE,
            "https://gw.example.com:8443/later/, https://api.example.org");

    TemplateAllowlist.fromEnvironment(env)
        .check(options("--apiBaseUrl=https://gw.example.com:8443/later"));
    TemplateAllowlist.fromEnvironment(env).check(options("--apiBaseUrl=https://api.example.org/"));
    TemplateAllowlist.fromEnvironment(env).check(options());

    refused(env, "--apiBaseUrl=https://gw.example.com:8443/other");
    refused(env, "--apiBaseUrl=https://api.example.org.evil.example");
  }

  @Test
  public void givenAUrlWithUserInfo_thenRefusedWithoutEchoingIt() {
    IllegalArgumentException e =
        refused(TEMPLATE, "--apiBaseUrl=https://user:pa55word@collector.example.com");

    assertThat(e.getMessage(), containsString("a URL with user info (not shown)"));
    assertThat(e.getMessage(), not(containsString("pa55word")));
  }

  @Test
  public void givenASecretAllowlist_thenOnlyVersionsOfThoseSecrets() {
    Map<String, String> env =
        template(
            TemplateAllowlist.CLIENT_SECRETS_VARIABLE,
            "projects/my-project/secrets/later-client-secret projects/my-project/locations/europe-west1/secrets/later");

    TemplateAllowlist.fromEnvironment(env).check(options("--clientSecret=" + REF));
    TemplateAllowlist.fromEnvironment(env)
        .check(
            options(
                "--clientSecret=projects/my-project/locations/europe-west1/secrets/later/versions/3"));

    IllegalArgumentException e =
        refused(
            env, "--clientSecret=projects/my-project/secrets/payments-db-password/versions/latest");
    assertEquals(
        "clientSecret must be a version of one of the secrets [projects/my-project/secrets/later-client-secret,"
            + " projects/my-project/locations/europe-west1/secrets/later] in this template (set by"
            + " LATER_CLIENT_SECRET_ALLOWLIST), but was another reference",
        e.getMessage());
    refused(env, "--clientSecret=projects/my-project/secrets/later-client-secret-2/versions/1");
  }

  @Test
  public void givenATemplateLaunch_thenDemoRefused() {
    assertEquals(
        "demo is not available in a Flex Template launch",
        refused(TEMPLATE, "--demo=true").getMessage());
  }

  @Test
  public void givenNoTemplateLaunch_thenNothingIsLimited() {
    TemplateAllowlist.fromEnvironment(Map.of())
        .check(options("--apiBaseUrl=https://collector.example.com", "--demo=true"));
  }

  @Test
  public void givenTheLauncherInATemplate_thenABadBaseUrlIsABadOptionBeforeAnyRequest() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new ExportLauncher(
                new ParquetExport(Clock.systemUTC()),
                "ParquetExport",
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(),
                TEMPLATE)
            .launch(
                new String[] {
                  "--apiBaseUrl=https://collector.example.com",
                  "--clientId=c",
                  "--clientSecret=" + REF,
                  "--lookbackDays=1",
                  "--output=gs://b/x"
                });

    assertEquals(ExportLauncher.BAD_OPTIONS, exit);
    assertThat(
        err.toString(StandardCharsets.UTF_8),
        containsString("Invalid option: apiBaseUrl must be one of"));
  }
}
