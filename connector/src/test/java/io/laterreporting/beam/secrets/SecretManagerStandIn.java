package io.laterreporting.beam.secrets;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * A local stand-in for Secret Manager's REST API on 127.0.0.1: {@code GET
 * /v1/projects/P/secrets/S/versions/V:access} with a bearer token. Serves the versions it was given
 * (a version named {@code latest} is served under that name), 404 for others, 401 for another token,
 * and queued faults first.
 */
public final class SecretManagerStandIn implements AutoCloseable {
  public static final String TOKEN = "test-access-token";

  private final HttpServer server;
  private final Map<String, byte[]> versions = Collections.synchronizedMap(new HashMap<>());
  private final Deque<Integer> faults = new ArrayDeque<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean corruptCrc;

  public SecretManagerStandIn() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(exchange.getRequestMethod() + " " + path);
      int status;
      String body;
      Integer fault;
      synchronized (faults) {
        fault = faults.poll();
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (fault != null) {
        status = fault;
        body = error(status, "UNAVAILABLE", "injected fault");
      } else if (!("Bearer " + TOKEN).equals(auth)) {
        status = 401;
        body = error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
      } else if (!exchange.getRequestMethod().equals("GET") || !path.startsWith("/v1/") || !path.endsWith(":access")) {
        status = 404;
        body = error(404, "NOT_FOUND", "unknown route");
      } else {
        String name = path.substring("/v1/".length(), path.length() - ":access".length());
        byte[] data = versions.get(name);
        if (data == null) {
          status = 403;
          body = error(403, "PERMISSION_DENIED",
              "Permission 'secretmanager.versions.access' denied for resource '" + name + "' (or it may not exist).");
        } else {
          CRC32C crc = new CRC32C();
          crc.update(data);
          long checksum = corruptCrc ? crc.getValue() + 1 : crc.getValue();
          status = 200;
          body = "{\"name\":\"" + name + "\",\"payload\":{\"data\":\"" + Base64.getEncoder().encodeToString(data)
              + "\",\"dataCrc32c\":\"" + checksum + "\"}}";
        }
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  private static String error(int code, String status, String message) {
    return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"" + status + "\"}}";
  }

  public SecretManagerStandIn put(String versionName, String payload) {
    versions.put(versionName, payload.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public void failNext(int status) {
    synchronized (faults) {
      faults.add(status);
    }
  }

  public void corruptCrc(boolean corrupt) {
    this.corruptCrc = corrupt;
  }

  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A client of this stand-in: its endpoint, its token, no backoff. */
  public RestSecretManagerClient client() {
    return RestSecretManagerClient.create()
        .withEndpoint(endpoint())
        .withTokenSource(() -> TOKEN)
        .withRetries(3, java.time.Duration.ZERO);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
