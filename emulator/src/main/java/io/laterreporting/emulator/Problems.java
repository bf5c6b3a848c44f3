package io.laterreporting.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders problem bodies: type, title, detail and deliberately no status (the status line is the
 * truth).
 */
final class Problems {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final boolean legacy;

  Problems(boolean legacy) {
    this.legacy = legacy;
  }

  Response of(ApiProblem problem) {
    return of(problem.type(), problem.detail());
  }

  Response of(ErrorType type, String detail) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("type", type.type(legacy));
    body.put("title", type.title());
    body.put("detail", detail);
    try {
      return new Response(
          type.status(legacy), Response.PROBLEM_JSON, MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
