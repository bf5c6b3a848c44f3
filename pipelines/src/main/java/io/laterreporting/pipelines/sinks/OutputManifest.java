package io.laterreporting.pipelines.sinks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * {@code <output>/_manifest.json}: the layout every row of the output shares ({@link
 * OutputScope#layout()}), the instances it holds rows of, and the last run that replaced
 * partitions. Written by the first run, rewritten by each run under the output's lease; replaced
 * whole (written aside, then renamed over), so a reader sees the old or the new manifest.
 */
public final class OutputManifest {
  public static final String FILE_NAME = "_manifest.json";
  static final String INSTANCES = "instances";
  static final String LAST_RUN = "lastRun";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputManifest() {}

  static ResourceId file(ResourceId root) {
    return root.resolve(FILE_NAME, StandardResolveOptions.RESOLVE_FILE);
  }

  /** The manifest of the output at {@code root}, if it has one. */
  public static Optional<Map<String, Object>> read(ResourceId root) throws IOException {
    ResourceId file = file(root);
    MatchResult match = FileSystems.match(file.toString(), EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return Optional.of(JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {}));
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The instances the manifest says the output holds rows of. */
  @SuppressWarnings("unchecked")
  static List<String> instances(Map<String, Object> manifest) {
    Object value = manifest.get(INSTANCES);
    return value instanceof List ? (List<String>) value : List.of();
  }

  /** Records {@code scope}'s layout and the instances written so far, replacing the file whole. */
  static void write(
      ResourceId root, OutputScope scope, Iterable<String> instancesHeld, String runId)
      throws IOException {
    ResourceId aside = root.resolve(FILE_NAME + "." + runId, StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(aside, MimeTypes.TEXT))) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out, manifest(scope, instancesHeld, runId));
    }
    FileSystems.rename(
        List.of(aside), List.of(file(root)), StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /**
   * The manifest of an output written by {@code runId} with {@code scope}'s layout, holding rows of
   * {@code instancesHeld} (empty where a sink does not track them).
   */
  static String json(OutputScope scope, Iterable<String> instancesHeld, String runId) {
    try {
      return JSON.writeValueAsString(manifest(scope, instancesHeld, runId));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> manifest(
      OutputScope scope, Iterable<String> instancesHeld, String runId) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", 1);
    manifest.putAll(scope.layout());
    manifest.put(INSTANCES, List.copyOf(new TreeSet<String>(toList(instancesHeld))));
    manifest.put(LAST_RUN, Map.of("runId", runId, "periods", scope.periods()));
    return manifest;
  }

  /** A manifest from its JSON. */
  static Map<String, Object> parse(String json) throws IOException {
    return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  private static List<String> toList(Iterable<String> values) {
    List<String> list = new java.util.ArrayList<>();
    values.forEach(list::add);
    return list;
  }
}
