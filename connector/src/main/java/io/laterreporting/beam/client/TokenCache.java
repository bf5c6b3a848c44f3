package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Bearer tokens, one per {@link ClientIdentity} (base URL, client id, hash of the secret) per JVM,
 * shared by all clients. A token is renewed a little before the JWT's {@code exp} (a tenth of its
 * lifetime, at most 60 s); concurrent callers wait on a single renewal. A JWT whose {@code exp}
 * cannot be read, or is already past when received (clock skew), is used until a 401.
 */
final class TokenCache {
  static final long MAX_RENEW_MARGIN_MILLIS = 60_000;

  interface Minter {
    /** Mints a token (one POST /oauth/token, with retries); throws on refusal. */
    String mint();
  }

  /** A JWT and when to renew it. {@link #toString()} never shows the JWT. */
  static final class Token {
    final String jwt;
    final long renewAtMillis;
    final @Nullable Long expMillis;

    Token(String jwt, long renewAtMillis, @Nullable Long expMillis) {
      this.jwt = jwt;
      this.renewAtMillis = renewAtMillis;
      this.expMillis = expMillis;
    }

    @Override
    public String toString() {
      return "Token{jwt=***, exp="
          + (expMillis == null ? "unknown" : java.time.Instant.ofEpochMilli(expMillis))
          + "}";
    }
  }

  private static final class Entry {
    volatile @Nullable Token token;
  }

  private final ConcurrentHashMap<ClientIdentity, Entry> entries = new ConcurrentHashMap<>();
  private final ClientRuntime.Clock clock;

  TokenCache(ClientRuntime.Clock clock) {
    this.clock = clock;
  }

  /** A valid token for {@code key}, minting one (once, whoever asks concurrently) if needed. */
  Token get(ClientIdentity key, Minter minter) {
    Entry e = entries.computeIfAbsent(key, k -> new Entry());
    Token t = e.token;
    if (t != null && clock.millis() < t.renewAtMillis) {
      return t;
    }
    synchronized (e) {
      t = e.token;
      if (t != null && clock.millis() < t.renewAtMillis) {
        return t;
      }
      t = toToken(minter.mint());
      e.token = t;
      return t;
    }
  }

  /**
   * After a 401 with {@code rejected}: a token other than the rejected one, minting one unless
   * another caller already replaced it (so N threads hit by one expiry cause one mint).
   */
  Token renew(ClientIdentity key, Token rejected, Minter minter) {
    Entry e = entries.computeIfAbsent(key, k -> new Entry());
    synchronized (e) {
      Token t = e.token;
      if (t != null && t != rejected && clock.millis() < t.renewAtMillis) {
        return t;
      }
      t = toToken(minter.mint());
      e.token = t;
      return t;
    }
  }

  /** Forgets every token (tests). */
  void clear() {
    entries.clear();
  }

  private Token toToken(String jwt) {
    long now = clock.millis();
    Long exp = expMillis(jwt);
    if (exp == null || exp <= now) {
      return new Token(jwt, Long.MAX_VALUE, exp);
    }
    long margin = Math.min(MAX_RENEW_MARGIN_MILLIS, (exp - now) / 10);
    return new Token(jwt, exp - margin, exp);
  }

  /** The {@code exp} claim (seconds) in milliseconds, or null; no signature check. */
  static @Nullable Long expMillis(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
      try (JsonParser p = JsonValues.JSON.createParser(payload)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken t = p.nextToken();
          if (f.equals("exp") && t.isNumeric()) {
            return (long) (p.getDoubleValue() * 1000);
          }
          p.skipChildren();
        }
      }
    } catch (Exception e) {
      return null;
    }
    return null;
  }

  private static String stripPadding(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') {
      end--;
    }
    return s.substring(0, end);
  }
}
