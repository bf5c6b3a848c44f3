package io.laterreporting.templates;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laterreporting.pipelines.ExportOptions;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.junit.Assume;
import org.junit.Test;

/** The Flex Template files agree with the pipelines' options, Dataflow's formats and gcloud. */
public class FlexTemplateMetadataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TEMPLATES = Paths.get(System.getProperty("user.dir"));

  /** Dataflow's ParameterType values (v1b3 ParameterMetadata.paramType). */
  private static final Set<String> DATAFLOW_PARAM_TYPES =
      Set.of(
          "DEFAULT",
          "TEXT",
          "GCS_READ_BUCKET",
          "GCS_WRITE_BUCKET",
          "GCS_READ_FILE",
          "GCS_WRITE_FILE",
          "GCS_READ_FOLDER",
          "GCS_WRITE_FOLDER",
          "PUBSUB_TOPIC",
          "PUBSUB_SUBSCRIPTION",
          "BIGQUERY_TABLE",
          "JAVASCRIPT_UDF_FILE",
          "SERVICE_ACCOUNT",
          "MACHINE_TYPE",
          "KMS_KEY_NAME",
          "WORKER_REGION",
          "WORKER_ZONE",
          "BOOLEAN",
          "ENUM",
          "NUMBER",
          "KAFKA_TOPIC",
          "KAFKA_READ_TOPIC",
          "KAFKA_WRITE_TOPIC");

  private static final Map<String, String> MAIN_CLASS =
      Map.of(
          "parquet-export", "io.laterreporting.pipelines.ParquetExport",
          "bigquery-export", "io.laterreporting.pipelines.BigQueryExport");

  /**
   * The destination option of each template; the other template's destination is not its option.
   */
  private static final Map<String, String> DESTINATION =
      Map.of("parquet-export", "output", "bigquery-export", "outputTable");

  /** Options of one export only (its destination and what it says about it), not the other's. */
  private static final Map<String, Set<String>> OPTIONS_OF_ONE =
      Map.of("parquet-export", Set.of("output"), "bigquery-export", Set.of("outputTable"));

  private static final Set<String> ALWAYS_REQUIRED = Set.of("clientId", "clientSecret");

  /** Options of the pipelines that the shipped templates leave out. */
  private static final Set<String> NOT_SHIPPED = Set.of("demo");

  private static final Set<String> GROUPS =
      Set.of("Source", "Destination", "Dates", "Filters", "Requests");

  /** Parameters shown only once their parent has a value. */
  private static final Map<String, String> PARENT =
      Map.of("endDate", "startDate", "sortDirection", "sortProperty");

  /** Per regex-bearing parameter: values it must accept, then values it must reject. */
  private static final Map<String, List<List<String>>> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put("clientId", List.of(List.of("my-client-id", "c_123"), List.of("has space", "")));
    SAMPLES.put(
        "clientSecret",
        List.of(
            List.of(
                "projects/my-project/secrets/later-client-secret/versions/latest",
                "projects/123456789/secrets/s_1/versions/12",
                "projects/my-project/locations/europe-west1/secrets/later-client-secret/versions/prod"),
            List.of(
                "hunter2",
                "projects/p/secrets/s/versions/latest",
                "projects/my-project/secrets/s/versions/0",
                "projects/my-project/secrets/s/versions/latest/extra")));
    SAMPLES.put(
        "output",
        List.of(
            List.of("gs://my-bucket/later/campaign-performance", "gs://my-bucket"),
            List.of("/tmp/out", "gs://", "s3://bucket/x", "gs://my-bucket/a b")));
    SAMPLES.put(
        "outputTable",
        List.of(
            List.of(
                "my-project:later.campaign_performance",
                "my-project.later.campaign_performance",
                "later.campaign_performance"),
            List.of("campaign_performance", "my-project:later", "a:b:c.d")));
    SAMPLES.put(
        "apiBaseUrl",
        List.of(
            List.of("https://reporting.api.later.com", "https://reporting.api.later.com/"),
            List.of(
                "https://gw.example.com:8443/later",
                "http://reporting.api.later.com",
                "reporting.api.later.com",
                "https://reporting.api.later.com.evil.example",
                "https://reportingXapiXlaterXcom",
                "https://x.com/?q=1")));
    SAMPLES.put(
        "report",
        List.of(
            List.of("campaigns", "posts", "creators", "instances", "instancesOverTime"),
            List.of("campaign", "Posts", "instances_over_time", "posts,creators", "")));
    SAMPLES.put("allowEmpty", List.of(List.of("true", "false"), List.of("yes", "1")));
    SAMPLES.put("replaceFiltered", List.of(List.of("true", "false"), List.of("yes", "1")));
    SAMPLES.put("adoptTable", List.of(List.of("true", "false"), List.of("yes", "1")));
    SAMPLES.put(
        "startDate",
        List.of(
            List.of("2025-01-01", "2024-12-31"), List.of("2025-13-01", "2025-1-1", "20250101")));
    SAMPLES.put("endDate", List.of(List.of("2025-03-31"), List.of("2025-03-32", "yesterday")));
    SAMPLES.put(
        "lookbackDays", List.of(List.of("1", "7", "3650"), List.of("0", "-1", "07", "12345", "x")));
    SAMPLES.put(
        "instanceIds",
        List.of(
            List.of("instance_abc", "instance_abc,instance-def"), List.of("a,,b", "a, b", ",a")));
    SAMPLES.put(
        "metrics",
        List.of(
            List.of("impressions", "impressions,engagementRate"),
            List.of("impressions,", "engagement rate")));
    SAMPLES.put(
        "campaignIds", List.of(List.of("49761", "49761,49762"), List.of("0", "12a", "1;2")));
    SAMPLES.put(
        "platform",
        List.of(
            List.of("instagram", "instagram,tiktok"), List.of("Instagram", "instagram tiktok")));
    SAMPLES.put(
        "contentType", List.of(List.of("instagram_reel,youtube_video"), List.of("instagram-reel")));
    SAMPLES.put(
        "sortProperty",
        List.of(List.of("impressions", "paidCpm"), List.of("1st", "impressions desc")));
    SAMPLES.put("pageSize", List.of(List.of("1", "50", "100"), List.of("0", "101", "1000", "010")));
    SAMPLES.put("maxAttempts", List.of(List.of("1", "8", "100"), List.of("0", "101", "08", "-1")));
    SAMPLES.put(
        "retryBudgetSeconds",
        List.of(
            List.of("1", "300", "9999", "79999", "86399", "86400"),
            List.of("0", "86401", "99999", "0300")));
    SAMPLES.put(
        "readTimeoutSeconds",
        List.of(List.of("1", "30", "599", "600"), List.of("0", "601", "1000", "030")));
    SAMPLES.put(
        "requestDeadlineSeconds",
        List.of(
            List.of("1", "120", "999", "2999", "3599", "3600"),
            List.of("0", "3601", "9999", "0120")));
    SAMPLES.put(
        "maxResponseMegabytes",
        List.of(List.of("1", "64", "999", "1019", "1024"), List.of("0", "1025", "2000", "064")));
    for (String share : List.of("apiBudgetPerMinute", "maxRequestsPerMinute")) {
      SAMPLES.put(
          share, List.of(List.of("0", "27", "120", "1000000"), List.of("-1", "012", "1.5", "")));
    }
  }

  private static JsonNode metadata(String template) throws IOException {
    return JSON.readTree(TEMPLATES.resolve(template).resolve("metadata.json").toFile());
  }

  private static Map<String, JsonNode> parameters(String template) throws IOException {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode p : metadata(template).get("parameters")) {
      assertEquals(
          "duplicate parameter " + p.get("name"), null, byName.put(p.get("name").asText(), p));
    }
    return byName;
  }

  /** The option names of ExportOptions, by its getters. */
  private static Set<String> exportOptionNames() {
    Set<String> names = new TreeSet<>();
    for (Method m : ExportOptions.class.getDeclaredMethods()) {
      if (m.getName().startsWith("get") && m.getParameterCount() == 0) {
        names.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
      }
    }
    return names;
  }

  private static Set<String> optionsOf(String template) {
    Set<String> names = exportOptionNames();
    names.removeAll(NOT_SHIPPED);
    for (Map.Entry<String, Set<String>> own : OPTIONS_OF_ONE.entrySet()) {
      if (!own.getKey().equals(template)) {
        names.removeAll(own.getValue());
      }
    }
    return names;
  }

  private static Set<String> requiredOf(String template) throws NoSuchMethodException {
    Set<String> required = new TreeSet<>(ALWAYS_REQUIRED);
    required.add(DESTINATION.get(template));
    for (String name : optionsOf(template)) {
      Method getter =
          ExportOptions.class.getMethod(
              "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
      if (getter.isAnnotationPresent(Validation.Required.class)) {
        required.add(name);
      }
    }
    return required;
  }

  /** Arguments that satisfy every required parameter of the template, to parse one more on top. */
  private static List<String> requiredArgs(String template) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--clientId=my-client-id",
                "--clientSecret=projects/my-project/secrets/later-client-secret/versions/latest"));
    args.add(
        template.equals("parquet-export")
            ? "--output=gs://my-bucket/later"
            : "--outputTable=my-project:later.campaign_performance");
    return args;
  }

  private static Object parsedValue(String template, String name, String value) throws Exception {
    List<String> args = requiredArgs(template);
    args.removeIf(a -> a.startsWith("--" + name + "="));
    args.add("--" + name + "=" + value);
    ExportOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(new String[0]))
            .withValidation()
            .as(ExportOptions.class);
    return ExportOptions.class
        .getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
        .invoke(options);
  }

  @Test
  public void givenEachTemplate_thenParametersAreExactlyTheOptionsOfItsPipeline() throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      assertEquals(template, optionsOf(template), new TreeSet<>(parameters(template).keySet()));
    }
  }

  @Test
  public void givenEachParameter_thenLabelHelpWithExampleAndADataflowParamType() throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      JsonNode meta = metadata(template);
      assertFalse(meta.path("name").asText().isBlank());
      assertFalse(meta.path("description").asText().isBlank());
      for (JsonNode p : meta.get("parameters")) {
        String where = template + "/" + p.get("name").asText();
        assertFalse(where, p.path("label").asText().isBlank());
        assertThat(where, p.path("helpText").asText(), containsString("For example, `"));
        assertTrue(
            where + " paramType " + p.path("paramType"),
            DATAFLOW_PARAM_TYPES.contains(p.path("paramType").asText()));
        assertTrue(where + " isOptional must be a boolean", p.path("isOptional").isBoolean());
        if (p.path("paramType").asText().equals("ENUM")) {
          assertTrue(where, p.path("enumOptions").size() > 0);
        } else {
          assertTrue(
              where + " has enumOptions but is not ENUM", p.path("enumOptions").isMissingNode());
        }
      }
    }
  }

  @Test
  public void givenRequiredOptions_thenNotOptionalAndTheOthersOptional() throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      Set<String> required = requiredOf(template);
      for (Map.Entry<String, JsonNode> p : parameters(template).entrySet()) {
        assertEquals(
            template + "/" + p.getKey(),
            !required.contains(p.getKey()),
            p.getValue().get("isOptional").asBoolean());
      }
    }
  }

  @Test
  public void givenDestinations_thenDataflowPickerTypes() throws Exception {
    assertEquals(
        "GCS_WRITE_FOLDER", parameters("parquet-export").get("output").get("paramType").asText());
    assertEquals(
        "BIGQUERY_TABLE",
        parameters("bigquery-export").get("outputTable").get("paramType").asText());
  }

  @Test
  public void givenClientSecret_thenOnlyASecretManagerReferenceIsAccepted() throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      JsonNode secret = parameters(template).get("clientSecret");
      assertThat(
          secret.get("helpText").asText(),
          containsString("projects/PROJECT/secrets/SECRET/versions/VERSION"));
      assertEquals(
          "^" + io.laterreporting.beam.secrets.SecretVersionName.REGEX + "$",
          secret.get("regexes").get(0).asText());
    }
  }

  @Test
  public void givenRegexes_thenPortableAndTheyAcceptAndRejectTheSamples() throws Exception {
    boolean egrep = new File("/usr/bin/grep").canExecute() || new File("/bin/grep").canExecute();
    for (String template : MAIN_CLASS.keySet()) {
      for (Map.Entry<String, JsonNode> p : parameters(template).entrySet()) {
        JsonNode regexes = p.getValue().path("regexes");
        if (regexes.isMissingNode()) {
          continue;
        }
        List<List<String>> samples = SAMPLES.get(p.getKey());
        assertNotNull("no samples for the regex of " + p.getKey(), samples);
        for (JsonNode r : regexes) {
          String regex = r.asText();
          for (String javaOnly :
              List.of("(?", "\\d", "\\w", "\\s", "\\b", "*?", "+?", "[[:", "&&")) {
            assertFalse(p.getKey() + ": not POSIX egrep: " + javaOnly, regex.contains(javaOnly));
          }
          Pattern pattern = Pattern.compile(regex);
          for (String ok : samples.get(0)) {
            assertTrue(p.getKey() + " must accept '" + ok + "'", pattern.matcher(ok).matches());
          }
          for (String bad : samples.get(1)) {
            assertFalse(p.getKey() + " must reject '" + bad + "'", pattern.matcher(bad).matches());
          }
          if (egrep) {
            List<String> all = new ArrayList<>(samples.get(0));
            all.addAll(samples.get(1));
            assertEquals(
                p.getKey() + ": grep -E agrees with Java",
                samples.get(0),
                egrepMatches(regex, all));
          }
        }
        for (String ok : samples.get(0)) {
          Object parsed = parsedValue(template, p.getKey(), ok);
          assertEquals(p.getKey(), ok, String.valueOf(parsed));
        }
      }
    }
  }

  @Test
  public void givenHelpExamplesAndEnumOptions_thenTheyParseAsOptions() throws Exception {
    Pattern example = Pattern.compile("For example, `([^`]*)`");
    for (String template : MAIN_CLASS.keySet()) {
      for (Map.Entry<String, JsonNode> p : parameters(template).entrySet()) {
        Matcher m = example.matcher(p.getValue().get("helpText").asText());
        assertTrue(m.find());
        String value = m.group(1);
        for (JsonNode r : p.getValue().path("regexes")) {
          assertTrue(
              p.getKey() + " example " + value,
              Pattern.compile(r.asText()).matcher(value).matches());
        }
        assertEquals(p.getKey(), value, String.valueOf(parsedValue(template, p.getKey(), value)));
        for (JsonNode option : p.getValue().path("enumOptions")) {
          String v = option.get("value").asText();
          assertEquals(p.getKey(), v, String.valueOf(parsedValue(template, p.getKey(), v)));
        }
      }
    }
  }

  @Test
  public void givenDockerfiles_thenJava17LauncherAndAnExistingMainOnTheCopiedClasspath()
      throws Exception {
    Pattern env = Pattern.compile("(?m)^ENV (FLEX_TEMPLATE_JAVA_[A-Z_]+)=\"([^\"]+)\"$");
    for (Map.Entry<String, String> t : MAIN_CLASS.entrySet()) {
      String dockerfile =
          Files.readString(
              TEMPLATES.resolve(t.getKey()).resolve("Dockerfile"), StandardCharsets.UTF_8);
      assertThat(
          dockerfile,
          containsString("\nFROM gcr.io/dataflow-templates-base/java17-template-launcher-base:"));
      Map<String, String> vars = new LinkedHashMap<>();
      Matcher m = env.matcher(dockerfile);
      while (m.find()) {
        vars.put(m.group(1), m.group(2));
      }
      assertEquals(t.getValue(), vars.get("FLEX_TEMPLATE_JAVA_MAIN_CLASS"));
      assertEquals(
          "/template/later-reporting-pipelines-bundled.jar",
          vars.get("FLEX_TEMPLATE_JAVA_CLASSPATH"));
      assertThat(
          dockerfile,
          containsString(
              "COPY later-reporting-pipelines-bundled.jar ${WORKDIR}/later-reporting-pipelines-bundled.jar"));
      assertThat(dockerfile, containsString("ARG WORKDIR=/template"));
      Method main = Class.forName(t.getValue()).getMethod("main", String[].class);
      assertTrue(Modifier.isPublic(main.getModifiers()) && Modifier.isStatic(main.getModifiers()));
      assertEquals(void.class, main.getReturnType());
    }
  }

  @Test
  public void givenGcloud_thenPrintOnlyBuildRendersASpecWithEveryParameter() throws Exception {
    String gcloud = which("gcloud");
    Assume.assumeTrue(
        "gcloud is not installed: cannot render the template spec offline", gcloud != null);
    for (String template : MAIN_CLASS.keySet()) {
      String image =
          "europe-west1-docker.pkg.dev/my-project/dataflow-templates/later-" + template + ":test";
      ProcessBuilder pb =
          new ProcessBuilder(
                  gcloud,
                  "dataflow",
                  "flex-template",
                  "build",
                  "gs://b/t.json",
                  "--image=" + image,
                  "--sdk-language=JAVA",
                  "--metadata-file=" + TEMPLATES.resolve(template).resolve("metadata.json"),
                  "--print-only")
              .redirectErrorStream(false);
      pb.environment().put("CLOUDSDK_CORE_DISABLE_PROMPTS", "1");
      Process process = pb.start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue("gcloud did not finish in 60 s", process.waitFor(60, TimeUnit.SECONDS));
      assertEquals("gcloud failed: " + err, 0, process.exitValue());
      // --print-only prints the spec as a YAML block scalar ("|-" then the indented JSON).
      String json =
          out.strip().startsWith("|") ? out.strip().substring(out.strip().indexOf('\n') + 1) : out;
      JsonNode spec = JSON.readTree(json);
      assertEquals(image, spec.get("image").asText());
      assertEquals("JAVA", spec.path("sdkInfo").path("language").asText());
      assertEquals(metadata(template), spec.get("metadata"));
      Set<String> rendered = new TreeSet<>();
      spec.get("metadata").get("parameters").forEach(p -> rendered.add(p.get("name").asText()));
      assertEquals(optionsOf(template), rendered);
    }
  }

  @Test
  public void givenOptionalParameters_thenDefaultValueIsTheOptionsDefaultAndPassesTheirChecks()
      throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      for (Map.Entry<String, JsonNode> p : parameters(template).entrySet()) {
        String where = template + "/" + p.getKey();
        JsonNode defaultValue = p.getValue().get("defaultValue");
        String optionDefault = optionDefault(p.getKey());
        if (optionDefault == null || !p.getValue().get("isOptional").asBoolean()) {
          assertTrue(where + " has a defaultValue but its option has none", defaultValue == null);
          continue;
        }
        assertNotNull(where + " lacks defaultValue " + optionDefault, defaultValue);
        assertEquals(where, optionDefault, defaultValue.asText());
        for (JsonNode r : p.getValue().path("regexes")) {
          assertTrue(
              where + " default fails its regex",
              Pattern.compile(r.asText()).matcher(optionDefault).matches());
        }
        List<String> enumValues = new ArrayList<>();
        p.getValue().path("enumOptions").forEach(o -> enumValues.add(o.get("value").asText()));
        assertTrue(
            where + " default is not an option",
            enumValues.isEmpty() || enumValues.contains(optionDefault));
        assertEquals(
            where,
            parsedDefault(template, p.getKey()),
            parsedValue(template, p.getKey(), optionDefault));
      }
    }
  }

  @Test
  public void givenDependentParameters_thenTheyNameTheirParentAndAnyValueShowsThem()
      throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      Map<String, JsonNode> parameters = parameters(template);
      Map<String, String> parents = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> p : parameters.entrySet()) {
        if (p.getValue().has("parentName")) {
          parents.put(p.getKey(), p.getValue().get("parentName").asText());
          // No parentTriggerValues: any value of the parent shows it (gcloud drops an empty list).
          assertFalse(template + "/" + p.getKey(), p.getValue().has("parentTriggerValues"));
        }
      }
      assertEquals(template, PARENT, parents);
      for (String parent : parents.values()) {
        assertTrue(
            template + "/" + parent + " must be optional",
            parameters.get(parent).get("isOptional").asBoolean());
      }
    }
  }

  @Test
  public void givenEachParameter_thenItIsInOneOfTheGroups() throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      for (Map.Entry<String, JsonNode> p : parameters(template).entrySet()) {
        assertTrue(
            template + "/" + p.getKey() + " group " + p.getValue().path("groupName"),
            GROUPS.contains(p.getValue().path("groupName").asText()));
      }
    }
  }

  @Test
  public void givenShippedTemplates_thenNoDemoParameter() throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      assertFalse(template, parameters(template).containsKey("demo"));
    }
  }

  @Test
  public void givenNoAllowlist_thenTheBuiltMetadataIsTheShippedOne() throws Exception {
    for (String template : MAIN_CLASS.keySet()) {
      assertEquals(metadata(template), JSON.readTree(builtMetadata(template, "")));
    }
  }

  @Test
  public void givenAnAllowlistAtBuild_thenApiBaseUrlAcceptsExactlyThePublicApiAndTheListedUrls()
      throws Exception {
    String built =
        builtMetadata(
            "parquet-export", "https://gw.example.com:8443/later/ https://api.example.org");
    JsonNode apiBaseUrl = null;
    for (JsonNode p : JSON.readTree(built).get("parameters")) {
      if (p.get("name").asText().equals("apiBaseUrl")) {
        apiBaseUrl = p;
      }
    }
    Pattern regex = Pattern.compile(apiBaseUrl.get("regexes").get(0).asText());
    for (String ok :
        List.of(
            "https://reporting.api.later.com",
            "https://gw.example.com:8443/later",
            "https://gw.example.com:8443/later/",
            "https://api.example.org")) {
      assertTrue(ok, regex.matcher(ok).matches());
    }
    for (String bad :
        List.of(
            "https://gw.example.com:8443/other",
            "https://gw.example.com/later",
            "https://gwXexample.com:8443/later",
            "https://api.example.org.evil.example",
            "http://api.example.org")) {
      assertFalse(bad, regex.matcher(bad).matches());
    }
  }

  /**
   * {@code flex-template.sh metadata}: the metadata a build with this allow-list puts in the spec.
   */
  private static String builtMetadata(String template, String allowlist) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            "bash", TEMPLATES.resolve("flex-template.sh").toString(), "metadata", template);
    pb.environment().put("LATER_API_BASE_URL_ALLOWLIST", allowlist);
    Process process = pb.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals("flex-template.sh metadata failed: " + err, 0, process.exitValue());
    return out;
  }

  /**
   * The option's {@code @Default} as a template parameter would spell it, or null if it has none.
   */
  private static String optionDefault(String name) throws NoSuchMethodException {
    Method getter =
        ExportOptions.class.getMethod(
            "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    if (getter.isAnnotationPresent(Default.String.class)) {
      return getter.getAnnotation(Default.String.class).value();
    }
    if (getter.isAnnotationPresent(Default.Integer.class)) {
      return String.valueOf(getter.getAnnotation(Default.Integer.class).value());
    }
    if (getter.isAnnotationPresent(Default.Boolean.class)) {
      return String.valueOf(getter.getAnnotation(Default.Boolean.class).value());
    }
    assertEquals(
        name + ": a default of another kind",
        0,
        Arrays.stream(getter.getAnnotations())
            .filter(a -> a.annotationType().getEnclosingClass() == Default.class)
            .count());
    return null;
  }

  /** The option's value when the parameter is not given at all. */
  private static Object parsedDefault(String template, String name) throws Exception {
    List<String> args = requiredArgs(template);
    args.removeIf(a -> a.startsWith("--" + name + "="));
    ExportOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(new String[0]))
            .withValidation()
            .as(ExportOptions.class);
    return ExportOptions.class
        .getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
        .invoke(options);
  }

  private static List<String> egrepMatches(String regex, List<String> values) throws Exception {
    Process grep = new ProcessBuilder("grep", "-E", "-x", "-e", regex).start();
    grep.getOutputStream()
        .write((String.join("\n", values) + "\n").getBytes(StandardCharsets.UTF_8));
    grep.getOutputStream().close();
    String out = new String(grep.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(grep.waitFor(10, TimeUnit.SECONDS));
    List<String> lines = new ArrayList<>(Arrays.asList(out.split("\n", -1)));
    lines.removeIf(String::isEmpty);
    return lines;
  }

  private static String which(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, command);
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }
}
