package io.laterreporting.beam.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP server that answers with raw bytes, for behaviour no HTTP server library plays: a
 * body trickled a byte at a time, a body without end, a connection dropped before the TLS
 * handshake. Each accepted connection is handed to the {@link Handler} with its number (0, 1, ...).
 */
final class RawServer implements AutoCloseable {
  interface Handler {
    void handle(Socket socket, int connection) throws Exception;
  }

  private final ServerSocket server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "raw-server");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();

  RawServer(Handler handler) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(
        () -> {
          while (!server.isClosed()) {
            try {
              Socket socket = server.accept();
              int n = connections.getAndIncrement();
              threads.execute(
                  () -> {
                    try (socket) {
                      handler.handle(socket, n);
                    } catch (Exception ignored) {
                      // the client went away: what these tests provoke
                    }
                  });
            } catch (IOException closed) {
              return;
            }
          }
        });
  }

  int port() {
    return server.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  /** Requests whose head was read by {@link #readRequest}. */
  int requests() {
    return requests.get();
  }

  /** Reads one request (head and a Content-Length body); its request line. */
  String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before the request's head ended");
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    in.readNBytes(length);
    requests.incrementAndGet();
    return text.substring(0, text.indexOf("\r\n"));
  }

  /** Answers a token request with a token (no expiry claim: used until a 401). */
  static void token(OutputStream out) throws IOException {
    byte[] body = "{\"jwt\":\"raw.server.token\"}".getBytes(StandardCharsets.US_ASCII);
    out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
