package io.laterreporting.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints and checks HS256 JWTs. {@code exp} is the only lifetime a client sees. Tokens carry a
 * serial number ({@code jti}) so that {@link #expireAll()} can revoke every token minted so far,
 * including those minted within the current second.
 */
final class TokenService {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final String HEADER =
      ENCODER.encodeToString(
          "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private final byte[] key = new byte[32];
  private final Clock clock;
  private final Duration ttl;
  private final String subject;
  private final AtomicLong serials = new AtomicLong();
  private volatile long firstValidSerial;

  TokenService(Clock clock, Duration ttl, String subject) {
    new SecureRandom().nextBytes(key);
    this.clock = clock;
    this.ttl = ttl;
    this.subject = subject;
  }

  String mint() {
    long issuedAt = clock.instant().getEpochSecond();
    ObjectNode payload = MAPPER.createObjectNode();
    payload.put("sub", subject);
    payload.put("iat", issuedAt);
    payload.put("exp", issuedAt + ttl.toSeconds());
    payload.put("jti", Long.toString(serials.getAndIncrement()));
    String signingInput =
        HEADER + "." + ENCODER.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
    return signingInput + "." + ENCODER.encodeToString(sign(signingInput));
  }

  void expireAll() {
    firstValidSerial = serials.get();
  }

  /** Checks an Authorization header; any defect is the same 401 to the client. */
  void verify(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw unauthenticated("A Bearer token is required.");
    }
    String[] parts = authorization.substring("Bearer ".length()).trim().split("\\.", -1);
    if (parts.length != 3) {
      throw unauthenticated("The token is not a JWT.");
    }
    byte[] signature;
    JsonNode payload;
    try {
      signature = DECODER.decode(parts[2]);
      payload = MAPPER.readTree(DECODER.decode(parts[1]));
    } catch (IllegalArgumentException | IOException e) {
      throw unauthenticated("The token is not a JWT.");
    }
    if (!parts[0].equals(HEADER)
        || !MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
      throw unauthenticated("The token signature is invalid.");
    }
    if (payload == null
        || !payload.path("exp").canConvertToLong()
        || clock.instant().getEpochSecond() >= payload.path("exp").asLong()) {
      throw unauthenticated("The token has expired.");
    }
    if (Long.parseLong(payload.path("jti").asText("-1")) < firstValidSerial) {
      throw unauthenticated("The token has been revoked.");
    }
  }

  private byte[] sign(String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static ApiProblem unauthenticated(String detail) {
    return new ApiProblem(ErrorType.UNAUTHENTICATED, detail);
  }
}
