package io.laterreporting.pipelines.xlang;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.model.expansion.v1.ExpansionApi;
import org.apache.beam.model.pipeline.v1.ExternalTransforms;
import org.apache.beam.model.pipeline.v1.RunnerApi;
import org.apache.beam.runners.flink.FlinkBatchPortablePipelineTranslator;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.fnexecution.provisioning.JobInfo;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.expansion.service.ExpansionServer;
import org.apache.beam.sdk.expansion.service.ExpansionService;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PortablePipelineOptions;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaTranslation;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.construction.BeamUrns;
import org.apache.beam.sdk.util.construction.External;
import org.apache.beam.sdk.util.construction.PipelineOptionsTranslation;
import org.apache.beam.sdk.util.construction.PipelineTranslation;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.vendor.grpc.v1p69p0.com.google.protobuf.ByteString;
import org.apache.beam.vendor.grpc.v1p69p0.io.grpc.stub.StreamObserver;

/**
 * What Beam YAML, Python or Go do with our transforms, in one JVM: Beam's {@link ExpansionService}
 * (which finds the providers through {@code ServiceLoader}, as in the bundled jar), served on a
 * local port, discovers and expands a schema transform by URN and configuration row over gRPC, as
 * {@link External} asks it from another SDK; the expanded transform goes into a pipeline that is
 * translated to its portable form and run by Flink's portable batch translator on an embedded Java
 * SDK harness, the way a job server runs a cross-language pipeline.
 */
final class InProcessExpansion implements AutoCloseable {
  private final ExpansionService service;
  private final ExpansionServer server;

  InProcessExpansion() throws IOException {
    service = new ExpansionService(portableOptions());
    server = ExpansionServer.create(service, "localhost", 0);
  }

  /** The expansion service's answer to a discovery request: every schema transform it serves. */
  Map<String, ExpansionApi.SchemaTransformConfig> discover() {
    ExpansionApi.DiscoverSchemaTransformResponse response =
        InProcessExpansion.<ExpansionApi.DiscoverSchemaTransformResponse>call(
            observer ->
                service.discoverSchemaTransform(
                    ExpansionApi.DiscoverSchemaTransformRequest.getDefaultInstance(), observer));
    return response.getSchemaTransformConfigsMap();
  }

  /** The schema transform {@code urn} with {@code config}, expanded by the service when applied. */
  External.SingleOutputExpandableTransform<PBegin, Row> transform(String urn, Row config)
      throws Exception {
    Schema schema = config.getSchema();
    ExternalTransforms.SchemaTransformPayload payload =
        ExternalTransforms.SchemaTransformPayload.newBuilder()
            .setIdentifier(urn)
            .setConfigurationSchema(SchemaTranslation.schemaToProto(schema, true))
            .setConfigurationRow(
                ByteString.copyFrom(CoderUtils.encodeToByteArray(RowCoder.of(schema), config)))
            .build();
    return External.of(
        BeamUrns.getUrn(ExternalTransforms.ExpansionMethods.Enum.SCHEMA_TRANSFORM),
        payload.toByteArray(),
        server.getHost() + ":" + server.getPort());
  }

  /**
   * Runs {@code pipeline} as a portable pipeline on Flink (local, parallelism 2, embedded harness).
   */
  static void runPortable(Pipeline pipeline) throws Exception {
    RunnerApi.Pipeline proto = PipelineTranslation.toProto(pipeline);
    FlinkPipelineOptions options = pipeline.getOptions().as(FlinkPipelineOptions.class);
    FlinkBatchPortablePipelineTranslator translator =
        FlinkBatchPortablePipelineTranslator.createTranslator();
    JobInfo job =
        JobInfo.create("xlang-test", "xlang-test", "", PipelineOptionsTranslation.toProto(options));
    translator
        .translate(
            translator.createTranslationContext(job, options, null, List.of()),
            translator.prepareForTranslation(proto))
        .execute("xlang-test");
  }

  /** Options for both sides: an embedded SDK harness, Flink in-process. */
  static PipelineOptions portableOptions() {
    PipelineOptions options =
        PipelineOptionsFactory.fromArgs(
                "--flinkMaster=[local]", "--parallelism=2", "--defaultEnvironmentType=EMBEDDED")
            .as(FlinkPipelineOptions.class);
    options.as(PortablePipelineOptions.class).setFilesToStage(List.of());
    return options;
  }

  @Override
  public void close() throws Exception {
    server.close();
    service.close();
  }

  private interface Call<T> {
    void run(StreamObserver<T> observer);
  }

  private static <T> T call(Call<T> call) {
    List<T> answers = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    call.run(
        new StreamObserver<T>() {
          @Override
          public void onNext(T value) {
            answers.add(value);
          }

          @Override
          public void onError(Throwable t) {
            errors.add(t);
          }

          @Override
          public void onCompleted() {}
        });
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors.get(0));
    }
    return answers.get(0);
  }
}
