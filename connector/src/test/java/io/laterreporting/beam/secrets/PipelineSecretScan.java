package io.laterreporting.beam.secrets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.model.pipeline.v1.RunnerApi;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.util.construction.PipelineTranslation;
import org.xerial.snappy.SnappyInputStream;

/**
 * Where a string occurs in a pipeline's portable proto: the proto bytes themselves, and the Java
 * serialized (Snappy-compressed) DoFns and sources inside its transform payloads, decompressed.
 */
public final class PipelineSecretScan {
  private PipelineSecretScan() {}

  /** The places (transform ids, or "proto") whose bytes contain {@code needle}; empty if none. */
  public static List<String> occurrences(Pipeline pipeline, String needle) throws IOException {
    RunnerApi.Pipeline proto = PipelineTranslation.toProto(pipeline);
    byte[] target = needle.getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    if (contains(proto.toByteArray(), target)) {
      found.add("proto");
    }
    int payloads = 0;
    for (Map.Entry<String, RunnerApi.PTransform> t :
        proto.getComponents().getTransformsMap().entrySet()) {
      RunnerApi.FunctionSpec spec = t.getValue().getSpec();
      List<byte[]> blobs = new ArrayList<>();
      blobs.add(spec.getPayload().toByteArray());
      try {
        RunnerApi.ParDoPayload parDo = RunnerApi.ParDoPayload.parseFrom(spec.getPayload());
        blobs.add(parDo.getDoFn().getPayload().toByteArray());
      } catch (IOException notParDo) {
        // other payloads are scanned raw and decompressed below
      }
      for (byte[] blob : blobs) {
        byte[] plain = snappyOrNull(blob);
        if (plain != null) {
          payloads++;
        }
        if (contains(blob, target) || plain != null && contains(plain, target)) {
          found.add(t.getKey());
          break;
        }
      }
    }
    if (payloads == 0) {
      throw new IllegalStateException(
          "no serialized Java payload found: the scan would prove nothing");
    }
    return found;
  }

  private static byte[] snappyOrNull(byte[] blob) {
    if (blob.length == 0) {
      return null;
    }
    try (InputStream in = new SnappyInputStream(new ByteArrayInputStream(blob))) {
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
