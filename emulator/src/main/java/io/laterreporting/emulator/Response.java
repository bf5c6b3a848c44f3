package io.laterreporting.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complete answer before it is written, so that faults can still cut or replace it. */
final class Response {
  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";

  final int status;
  final String contentType;
  final byte[] body;
  final Map<String, String> headers = new LinkedHashMap<>();

  Response(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  static Response json(byte[] body) {
    return new Response(200, JSON, body);
  }

  Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
