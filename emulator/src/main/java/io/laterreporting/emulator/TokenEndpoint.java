package io.laterreporting.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code POST /oauth/token}: JSON credentials in, {@code {"jwt": ...}} out, nothing else. */
final class TokenEndpoint {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String clientId;
  private final String clientSecret;
  private final List<String> boundInstances;
  private final TokenService tokens;
  private final EmulatorStats stats;
  private volatile boolean clientDisabled;

  TokenEndpoint(
      String clientId,
      String clientSecret,
      List<String> boundInstances,
      boolean clientDisabled,
      TokenService tokens,
      EmulatorStats stats) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.boundInstances = boundInstances;
    this.clientDisabled = clientDisabled;
    this.tokens = tokens;
    this.stats = stats;
  }

  void clientDisabled(boolean disabled) {
    this.clientDisabled = disabled;
  }

  Response handle(String contentType, byte[] body) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiProblem.validation("Content-Type must be application/json.");
    }
    JsonNode credentials;
    try {
      credentials = MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiProblem.validation("The body is not valid JSON.");
    }
    if (credentials == null
        || !credentials.path("clientId").isTextual()
        || !credentials.path("clientSecret").isTextual()) {
      throw ApiProblem.validation(
          "The body must be a JSON object with string members clientId and clientSecret.");
    }
    if (!credentials.get("clientId").asText().equals(clientId)
        || !credentials.get("clientSecret").asText().equals(clientSecret)) {
      throw new ApiProblem(
          ErrorType.INVALID_CLIENT_CREDENTIALS, "Unknown clientId or wrong clientSecret.");
    }
    if (clientDisabled) {
      throw new ApiProblem(ErrorType.CLIENT_DISABLED, "The client is disabled.");
    }
    if (boundInstances.isEmpty()) {
      throw new ApiProblem(
          ErrorType.NO_ACCESSIBLE_INSTANCES, "The client is not bound to any instance.");
    }
    String jwt = tokens.mint();
    stats.recordTokenMinted();
    return Response.json(
        ("{\"jwt\":\"" + jwt + "\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
