package io.laterreporting.beam.secrets;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.testing.LocalChannelProvider;
import com.google.api.gax.grpc.testing.MockGrpcService;
import com.google.api.gax.grpc.testing.MockServiceHelper;
import com.google.api.gax.rpc.FixedHeaderProvider;
import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import com.google.cloud.secretmanager.v1.SecretPayload;
import com.google.protobuf.AbstractMessage;
import com.google.protobuf.ByteString;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * A local Secret Manager: the real {@code AccessSecretVersion} gRPC method over gax's in-process
 * server ({@link MockServiceHelper}), reached by the real client library through a {@link
 * SecretManagerConnection} that keeps the default connection's endpoint choice (recorded with each
 * request) and swaps only the channel and the credentials. Serves stored versions by full name,
 * answers NOT_FOUND for others, and fails with queued status codes.
 */
public final class FakeSecretManager implements MockGrpcService, AutoCloseable {
  static final String SERVICE = "google.cloud.secretmanager.v1.SecretManagerService";
  private static final Metadata.Key<String> ENDPOINT_HEADER =
      Metadata.Key.of("x-fake-endpoint", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> ENDPOINT = Context.key("endpoint");
  private static final MethodDescriptor<AccessSecretVersionRequest, AccessSecretVersionResponse>
      ACCESS =
          MethodDescriptor.<AccessSecretVersionRequest, AccessSecretVersionResponse>newBuilder()
              .setType(MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(
                  MethodDescriptor.generateFullMethodName(SERVICE, "AccessSecretVersion"))
              .setRequestMarshaller(
                  ProtoUtils.marshaller(AccessSecretVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(
                  ProtoUtils.marshaller(AccessSecretVersionResponse.getDefaultInstance()))
              .build();

  private final String address = "fake-secret-manager-" + UUID.randomUUID();
  private final MockServiceHelper server = new MockServiceHelper(address, this);
  private final Map<String, String> payloads = new ConcurrentHashMap<>();
  private final ArrayDeque<Status.Code> failures = new ArrayDeque<>();
  private final List<AbstractMessage> requests = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private volatile boolean corruptCrc;

  public FakeSecretManager() {
    server.start();
  }

  public FakeSecretManager put(String versionName, String payload) {
    payloads.put(versionName, payload);
    return this;
  }

  synchronized void failNext(Status.Code code) {
    failures.add(code);
  }

  void corruptCrc(boolean corrupt) {
    corruptCrc = corrupt;
  }

  /**
   * Each request as "ENDPOINT NAME", ENDPOINT being where the default connection would have sent
   * it.
   */
  public synchronized List<String> requestLog() {
    return List.copyOf(log);
  }

  /** A connection to this fake, as one set of credentials. */
  SecretManagerConnection connection() {
    return connection("fake-credentials");
  }

  /** A connection to this fake as the credentials {@code who} (its own cache entries). */
  SecretManagerConnection connection(String who) {
    return new InProcessConnection(address, "fake:" + address + ":" + who);
  }

  /**
   * A connection to this fake under {@code other}'s cache key: resolving a version through it
   * leaves the value where {@code other} finds it in this JVM's cache. Stands in for the worker's
   * Application Default Credentials in tests that run a pipeline in-process (no Google account).
   */
  public SecretManagerConnection standingInFor(SecretManagerConnection other) {
    return new InProcessConnection(address, other.cacheKey());
  }

  private synchronized void access(
      AccessSecretVersionRequest request, StreamObserver<AccessSecretVersionResponse> out) {
    requests.add(request);
    log.add(ENDPOINT.get() + " " + request.getName());
    Status.Code failure = failures.poll();
    String payload = payloads.get(request.getName());
    if (failure != null || payload == null) {
      out.onError(
          (failure != null ? failure.toStatus() : Status.NOT_FOUND)
              .withDescription(
                  "fake: " + (failure != null ? failure : "no such version " + request.getName()))
              .asRuntimeException());
      return;
    }
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    out.onNext(
        AccessSecretVersionResponse.newBuilder()
            .setName(request.getName())
            .setPayload(
                SecretPayload.newBuilder()
                    .setData(ByteString.copyFrom(bytes))
                    .setDataCrc32C(crc.getValue() + (corruptCrc ? 1 : 0)))
            .build());
    out.onCompleted();
  }

  @Override
  public synchronized List<AbstractMessage> getRequests() {
    return List.copyOf(requests);
  }

  @Override
  public void addResponse(AbstractMessage response) {
    throw new UnsupportedOperationException("use put(name, payload)");
  }

  @Override
  public void addException(Exception exception) {
    throw new UnsupportedOperationException("use failNext(code)");
  }

  @Override
  public ServerServiceDefinition getServiceDefinition() {
    ServerInterceptor endpoint =
        new ServerInterceptor() {
          @Override
          public <Q, R> io.grpc.ServerCall.Listener<Q> interceptCall(
              io.grpc.ServerCall<Q, R> call,
              Metadata headers,
              io.grpc.ServerCallHandler<Q, R> next) {
            return Contexts.interceptCall(
                Context.current().withValue(ENDPOINT, headers.get(ENDPOINT_HEADER)),
                call,
                headers,
                next);
          }
        };
    return ServerInterceptors.intercept(
        ServerServiceDefinition.builder(SERVICE)
            .addMethod(ACCESS, ServerCalls.asyncUnaryCall(this::access))
            .build(),
        endpoint);
  }

  @Override
  public synchronized void reset() {
    requests.clear();
    log.clear();
    failures.clear();
  }

  @Override
  public void close() {
    server.stop();
  }

  /**
   * The default connection's settings with the in-process channel, no credentials and quick
   * retries.
   */
  private static final class InProcessConnection implements SecretManagerConnection {
    private static final long serialVersionUID = 1L;
    private final String address;
    private final String cacheKey;

    InProcessConnection(String address, String cacheKey) {
      this.address = address;
      this.cacheKey = cacheKey;
    }

    @Override
    public SecretManagerServiceSettings settings(SecretVersionName name) throws IOException {
      SecretManagerServiceSettings.Builder settings =
          SecretManagerConnection.applicationDefault().settings(name).toBuilder();
      settings
          .setHeaderProvider(
              FixedHeaderProvider.create(ENDPOINT_HEADER.name(), settings.getEndpoint()))
          .setTransportChannelProvider(LocalChannelProvider.create(address))
          .setCredentialsProvider(NoCredentialsProvider.create());
      settings
          .accessSecretVersionSettings()
          .setRetrySettings(
              settings.accessSecretVersionSettings().getRetrySettings().toBuilder()
                  .setMaxAttempts(3)
                  .setInitialRetryDelayDuration(Duration.ofMillis(1))
                  .setMaxRetryDelayDuration(Duration.ofMillis(1))
                  .build());
      return settings.build();
    }

    @Override
    public String cacheKey() {
      return cacheKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InProcessConnection
          && ((InProcessConnection) o).address.equals(address)
          && ((InProcessConnection) o).cacheKey.equals(cacheKey);
    }

    @Override
    public int hashCode() {
      return cacheKey().hashCode();
    }
  }
}
