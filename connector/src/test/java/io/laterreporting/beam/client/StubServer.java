package io.laterreporting.beam.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server on a loopback socket, for answers the emulator does not play (504, a 404
 * on a data route, an empty 403, Retry-After as a date, odd bodies) and to see the requests as
 * sent. Unscripted token requests get a fresh JWT; unscripted data requests get an empty page.
 */
final class StubServer implements AutoCloseable {
  static final class Reply {
    final int status;
    final String body;
    final Map<String, String> headers = new LinkedHashMap<>();

    Reply(int status, String body) {
      this.status = status;
      this.body = body;
    }

    Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }
  }

  static final class Request {
    final String method;
    final String path;
    final Map<String, String> query;
    final String authorization;
    final String contentType;
    final String body;
    final int remotePort;

    Request(
        String method,
        String path,
        Map<String, String> query,
        String authorization,
        String contentType,
        String body,
        int remotePort) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.authorization = authorization;
      this.contentType = contentType;
      this.body = body;
      this.remotePort = remotePort;
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, java.util.concurrent.CountDownLatch> barriers =
      new ConcurrentHashMap<>();
  final List<Request> requests = new ArrayList<>();

  StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(40));
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  StubServer script(String path, Reply... replies) {
    Deque<Reply> q = scripts.computeIfAbsent(path, p -> new ArrayDeque<>());
    synchronized (q) {
      for (Reply r : replies) {
        q.add(r);
      }
    }
    return this;
  }

  /**
   * The next requests to {@code path} are answered only once {@code parties} of them are in flight
   * together.
   */
  StubServer barrier(String path, int parties) {
    barriers.put(path, new java.util.concurrent.CountDownLatch(parties));
    return this;
  }

  synchronized List<Request> requests() {
    return new ArrayList<>(requests);
  }

  synchronized List<Request> requests(String path) {
    List<Request> out = new ArrayList<>();
    for (Request r : requests) {
      if (r.path.equals(path)) {
        out.add(r);
      }
    }
    return out;
  }

  static String jwt(long expSeconds) {
    return TokenCacheAndRateLimiterTest.jwt(expSeconds, Long.toString(System.nanoTime()));
  }

  static Reply problem(int status, String type, String title, String detail) {
    return new Reply(
            status,
            "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"detail\":\"" + detail + "\"}")
        .header("Content-Type", "application/problem+json");
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String path = ex.getRequestURI().getRawPath();
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> query = new LinkedHashMap<>();
      String raw = ex.getRequestURI().getRawQuery();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          int eq = pair.indexOf('=');
          query.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      synchronized (this) {
        requests.add(
            new Request(
                ex.getRequestMethod(),
                path,
                query,
                ex.getRequestHeaders().getFirst("Authorization"),
                ex.getRequestHeaders().getFirst("Content-Type"),
                body,
                ex.getRemoteAddress().getPort()));
      }
      java.util.concurrent.CountDownLatch barrier = barriers.get(path);
      if (barrier != null) {
        barrier.countDown();
        try {
          if (!barrier.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
            script(path, new Reply(500, "{}"));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Reply reply = null;
      Deque<Reply> q = scripts.get(path);
      if (q != null) {
        synchronized (q) {
          reply = q.poll();
        }
      }
      if (reply == null) {
        reply =
            path.endsWith("/oauth/token")
                ? new Reply(
                    200, "{\"jwt\":\"" + jwt(System.currentTimeMillis() / 1000 + 3600) + "\"}")
                : new Reply(200, "{\"data\":[],\"nextCursor\":null}");
      }
      byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      reply.headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      ex.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
