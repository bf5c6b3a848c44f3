package io.laterreporting.beam.client;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.http.config.ConnectionConfig;
import org.apache.http.conn.HttpConnectionFactory;
import org.apache.http.conn.ManagedHttpClientConnection;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.impl.conn.DefaultManagedHttpClientConnection;

/**
 * Keeps the HTTP libraries from printing what travels over the wire, at any log level and whatever
 * logging backend the pipeline that embeds the connector uses. The token request's body holds the
 * client secret and every data request's {@code Authorization} header a bearer token, so a log line
 * with a body or a header is a leak (on Dataflow, to everyone who can read the job's logs).
 *
 * <ul>
 *   <li><b>Apache HttpClient</b> ({@link SharedTransport}): its {@code org.apache.http.wire} and
 *       {@code org.apache.http.headers} loggers print bodies and headers at DEBUG from connections
 *       made by its default connection factory. {@link #quietConnections()} makes connections that
 *       have no such logging at all, so no logging configuration can turn it on. Its other loggers
 *       (pool, execution) print request lines, hosts and states, never a header value or a body.
 *   <li><b>google-http-client</b>: its {@code com.google.api.client.http.HttpTransport} logger
 *       (java.util.logging) prints requests and responses, headers and content, at CONFIG and
 *       finer, for every client in the JVM that uses the library (Google's own token requests too).
 *       {@link #install()} gives that logger a filter that drops those records (its WARNING and
 *       SEVERE records still pass). A filter, unlike a level, survives {@code
 *       LogManager.readConfiguration()}. The connector's own requests also switch that logging off
 *       per request.
 *   <li><b>The JDK's {@code HttpURLConnection}</b> (google-http-client's {@code NetHttpTransport},
 *       which Google's own clients use): its {@code sun.net.www.protocol.http.HttpURLConnection}
 *       logger prints every request's headers, {@code Authorization} included, at FINE. The same
 *       filter drops its FINE and finer records.
 * </ul>
 *
 * <p>Installed once per JVM when the connector's transport is created; idempotent.
 */
final class TransportLogging {
  /** google-http-client's logger (java.util.logging), as named by {@code HttpTransport.LOGGER}. */
  static final String GOOGLE_HTTP_LOGGER = "com.google.api.client.http.HttpTransport";

  /** The JDK's {@code HttpURLConnection} logger (a platform logger backed by java.util.logging). */
  static final String JDK_HTTP_LOGGER = "sun.net.www.protocol.http.HttpURLConnection";

  /** Held so that java.util.logging cannot forget the loggers, and with them the filters. */
  private static final List<Logger> DUMPING =
      List.of(Logger.getLogger(GOOGLE_HTTP_LOGGER), Logger.getLogger(JDK_HTTP_LOGGER));

  private static final AtomicLong CONNECTIONS = new AtomicLong();

  private TransportLogging() {}

  /** Installs the filter on the dumping loggers (once; keeps any filter already there). */
  static synchronized void install() {
    for (Logger logger : DUMPING) {
      Filter current = logger.getFilter();
      if (!(current instanceof DumpFilter)) {
        logger.setFilter(new DumpFilter(current));
      }
    }
  }

  /** Connections without wire or header logging, whatever the logging configuration says. */
  static HttpConnectionFactory<HttpRoute, ManagedHttpClientConnection> quietConnections() {
    return (route, config) -> {
      ConnectionConfig c = config == null ? ConnectionConfig.DEFAULT : config;
      return new DefaultManagedHttpClientConnection(
          "later-http-" + CONNECTIONS.getAndIncrement(),
          c.getBufferSize(),
          c.getFragmentSizeHint(),
          null,
          null,
          c.getMessageConstraints(),
          null,
          null,
          null,
          null);
    };
  }

  /** Drops request and response dumps (CONFIG and finer). */
  private static final class DumpFilter implements Filter {
    private final Filter next;

    DumpFilter(Filter next) {
      this.next = next;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
      if (record.getLevel().intValue() < Level.INFO.intValue()) {
        return false;
      }
      return next == null || next.isLoggable(record);
    }
  }
}
