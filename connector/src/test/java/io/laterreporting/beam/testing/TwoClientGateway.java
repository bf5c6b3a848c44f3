package io.laterreporting.beam.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One gateway (one base URL) in front of several emulators, one per client, each with its own data:
 * the shape of the real API, where every client of one address sees only the instances it is bound
 * to. A token request goes to the emulator of the client id in its body; any other request to the
 * emulator that minted its bearer token. So two clients asking the same question ("all bound
 * instances", same window) get different answers from the same base URL.
 */
public final class TwoClientGateway implements AutoCloseable {
  private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern JWT = Pattern.compile("\"jwt\"\\s*:\\s*\"([^\"]+)\"");
  private static final Set<String> NOT_COPIED =
      Set.of("content-length", "transfer-encoding", "connection", "date");

  private final Map<String, ReportingApiEmulator> byClient = new ConcurrentHashMap<>();
  private final Map<String, ReportingApiEmulator> byToken = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "two-client-gateway");
            thread.setDaemon(true);
            return thread;
          });
  private final HttpServer server;

  /** A gateway for {@code emulators}, each serving the client it was built with. */
  public TwoClientGateway(List<ReportingApiEmulator> emulators) {
    for (ReportingApiEmulator emulator : emulators) {
      byClient.put(emulator.clientId(), emulator);
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      ReportingApiEmulator target;
      if (path.equals("/oauth/token")) {
        Matcher client = CLIENT_ID.matcher(new String(body, StandardCharsets.UTF_8));
        target = client.find() ? byClient.get(client.group(1)) : null;
      } else {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        target =
            authorization == null ? null : byToken.get(authorization.replaceFirst("^Bearer ", ""));
      }
      if (target == null) {
        reply(
            exchange,
            401,
            Map.of("Content-Type", List.of("application/problem+json")),
            "{\"type\":\"ANL_00401\",\"title\":\"Unauthorized\",\"detail\":\"Unknown client or token.\"}"
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      String query = exchange.getRequestURI().getRawQuery();
      HttpRequest.Builder forward =
          HttpRequest.newBuilder(
                  URI.create(target.baseUrl() + path + (query == null ? "" : "?" + query)))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      for (String header : List.of("Authorization", "Content-Type", "Accept")) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
          forward.header(header, value);
        }
      }
      HttpResponse<byte[]> answer;
      try {
        answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      if (path.equals("/oauth/token") && answer.statusCode() == 200) {
        Matcher jwt = JWT.matcher(new String(answer.body(), StandardCharsets.UTF_8));
        if (jwt.find()) {
          byToken.put(jwt.group(1), target);
        }
      }
      reply(exchange, answer.statusCode(), answer.headers().map(), answer.body());
    }
  }

  private static void reply(
      HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body)
      throws IOException {
    headers.forEach(
        (name, values) -> {
          if (!NOT_COPIED.contains(name.toLowerCase(java.util.Locale.ROOT))
              && !name.startsWith(":")) {
            exchange.getResponseHeaders().put(name, values);
          }
        });
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
