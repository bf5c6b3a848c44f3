package io.laterreporting.beam.client;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Which TLS failures are permanent. A certificate the JVM does not trust, or one that does not name
 * the host, does not heal by retrying and is never bypassed: the request fails at once. Everything
 * else that breaks a TLS connection (a handshake dropped or reset by a load balancer, a connection
 * closed mid-record) is a connection failure like any other, and is retried.
 */
final class TlsFailures {
  private TlsFailures() {}

  /** Whether {@code error} (or a cause) says the server's certificate was refused. */
  static boolean isCertificateFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SSLPeerUnverifiedException
          || t instanceof CertificateException
          || t instanceof CertPathValidatorException
          || t instanceof CertPathBuilderException) {
        return true;
      }
    }
    return false;
  }
}
