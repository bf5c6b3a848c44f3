package io.laterreporting.beam.client;

import com.google.api.client.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.client.ClientProtocolException;
import org.apache.http.client.methods.AbstractExecutionAwareRequest;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.conn.ClientConnectionManager;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.params.HttpParams;
import org.apache.http.protocol.HttpContext;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Limits on one attempt, so that no server holds a thread or the heap: a deadline on the whole
 * attempt (waiting for a connection, connecting, sending, the answer's headers and its whole body),
 * and a maximum body size. A read timeout alone bounds only the silence between two bytes: a server
 * that trickles a byte every few seconds, or streams without end, would hold the request forever.
 *
 * <p>The deadline is enforced by aborting the request from a watchdog thread (the socket is shut,
 * the blocked read fails), which {@link #withDeadlines} arranges for every request of the
 * connector's transport sent while an {@link Attempt} is open on the calling thread. An attempt
 * past its deadline is a timeout like any other (retried); a body over the maximum is never read
 * further (the connection is aborted, not drained) and fails the request at once.
 */
final class RequestBounds {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "later-reporting-request-deadlines");
            thread.setDaemon(true);
            return thread;
          });
  private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

  private RequestBounds() {}

  /** The bounds of one attempt on the calling thread, until {@link #close()}. */
  static final class Attempt implements AutoCloseable {
    private final Duration deadline;
    private final long deadlineNanos;
    private volatile boolean expired;
    private volatile @Nullable AbstractExecutionAwareRequest request;
    private @Nullable ScheduledFuture<?> abort;

    private Attempt(Duration deadline) {
      this.deadline = deadline;
      this.deadlineNanos = System.nanoTime() + deadline.toNanos();
    }

    private void watch(AbstractExecutionAwareRequest request) {
      this.request = request;
      long left = deadlineNanos - System.nanoTime();
      abort =
          WATCHDOG.schedule(
              () -> {
                expired = true;
                request.abort();
              },
              Math.max(0, left),
              TimeUnit.NANOSECONDS);
    }

    /** Shuts the attempt's connection at once: nothing more is read (or drained) from it. */
    void abortExchange() {
      AbstractExecutionAwareRequest sent = request;
      if (sent != null) {
        sent.abort();
      }
    }

    /** Whether the watchdog aborted this attempt (or its time is up). */
    boolean expired() {
      return expired || System.nanoTime() - deadlineNanos >= 0;
    }

    /** What a failure past the deadline says. */
    String describe() {
      return "deadline: no complete answer within the attempt deadline of "
          + deadline.toMillis()
          + " ms (withRequestDeadline)";
    }

    @Override
    public void close() {
      if (abort != null) {
        abort.cancel(false);
      }
      CURRENT.remove();
    }
  }

  /** Opens the bounds of one attempt on the calling thread; close it when the body is read. */
  static Attempt start(Duration deadline) {
    Attempt attempt = new Attempt(deadline);
    CURRENT.set(attempt);
    return attempt;
  }

  /** A body over {@code maxBytes}: read no further, fail the request. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long maxBytes, @Nullable Long declared) {
      super(
          "the answer's body is larger than the maximum of "
              + maxBytes
              + " bytes (withMaxResponseBytes)"
              + (declared == null ? "" : ": Content-Length " + declared));
    }
  }

  /**
   * Reads the whole body, at most {@code maxBytes} of it (after decompression). On any failure the
   * exchange is aborted first: closing the body's stream would drain the rest of it (a cut, slow,
   * oversized or endless body would be read on).
   */
  static byte[] readBody(HttpResponse resp, long maxBytes, Attempt attempt) throws IOException {
    boolean complete = false;
    try {
      Long declared = resp.getHeaders().getContentLength();
      if (declared != null && declared > maxBytes) {
        throw new TooLargeException(maxBytes, declared);
      }
      InputStream in = resp.getContent();
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      if (in != null) {
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          total += n;
          if (total > maxBytes) {
            throw new TooLargeException(maxBytes, null);
          }
          out.write(buffer, 0, n);
        }
      }
      complete = true;
      return out.toByteArray();
    } finally {
      if (complete) {
        resp.disconnect(); // at the end of the body: the connection goes back to the pool
      } else {
        attempt.abortExchange();
        try {
          resp.disconnect();
        } catch (IOException alreadyFailing) {
          // the connection is shut; the failure that got here is the one to report
        }
      }
    }
  }

  /** {@code http} with every request sent inside an {@link Attempt} aborted at its deadline. */
  static CloseableHttpClient withDeadlines(CloseableHttpClient http) {
    return new DeadlineClient(http);
  }

  private static final class DeadlineClient extends CloseableHttpClient {
    private final CloseableHttpClient delegate;

    DeadlineClient(CloseableHttpClient delegate) {
      this.delegate = delegate;
    }

    @Override
    protected CloseableHttpResponse doExecute(
        HttpHost target, HttpRequest request, HttpContext context)
        throws IOException, ClientProtocolException {
      Attempt attempt = CURRENT.get();
      if (attempt != null && request instanceof AbstractExecutionAwareRequest) {
        attempt.watch((AbstractExecutionAwareRequest) request);
      }
      return delegate.execute(target, request, context);
    }

    @Override
    public void close() throws IOException {
      delegate.close();
    }

    @Override
    @SuppressWarnings("deprecation")
    public HttpParams getParams() {
      return delegate.getParams();
    }

    @Override
    @SuppressWarnings("deprecation")
    public ClientConnectionManager getConnectionManager() {
      return delegate.getConnectionManager();
    }
  }
}
