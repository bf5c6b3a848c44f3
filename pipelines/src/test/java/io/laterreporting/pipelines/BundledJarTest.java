package io.laterreporting.pipelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.pipelines.xlang.CampaignsReadSchemaTransformProvider;
import java.io.File;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.beam.model.expansion.v1.ExpansionApi;
import org.apache.beam.model.expansion.v1.ExpansionServiceGrpc;
import org.apache.beam.vendor.grpc.v1p69p0.io.grpc.ManagedChannel;
import org.apache.beam.vendor.grpc.v1p69p0.io.grpc.ManagedChannelBuilder;
import org.junit.Test;

/**
 * The README's command: the bundled jar's main given a port is Beam's expansion service, which a
 * client (Beam YAML, Python) reaches over gRPC and finds our transforms in. Run as its own JVM on
 * this module's classpath, which is what the jar bundles.
 */
public class BundledJarTest {
  @Test(timeout = 120_000)
  public void givenThePortArgument_thenAnExpansionServiceServesReadCampaigns() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process service =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BundledJar.class.getName(),
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    ManagedChannel channel =
        ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
    try {
      ExpansionApi.DiscoverSchemaTransformResponse response =
          ExpansionServiceGrpc.newBlockingStub(channel)
              .withWaitForReady()
              .withDeadlineAfter(90, TimeUnit.SECONDS)
              .discoverSchemaTransform(
                  ExpansionApi.DiscoverSchemaTransformRequest.getDefaultInstance());

      ExpansionApi.SchemaTransformConfig campaigns =
          response.getSchemaTransformConfigsMap().get(CampaignsReadSchemaTransformProvider.URN);
      assertTrue(response.getSchemaTransformConfigsMap().keySet().toString(), campaigns != null);
      assertEquals(List.of("output"), campaigns.getOutputPcollectionNamesList());
    } finally {
      channel.shutdownNow();
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  public void givenOtherArguments_thenTheyAreNotAPort() {
    assertTrue(BundledJar.isPort("8097"));
    assertTrue(
        !BundledJar.isPort("--demo")
            && !BundledJar.isPort("--granularity=month")
            && !BundledJar.isPort("123456"));
  }
}
