package io.laterreporting.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client of the emulator, as a connector would talk to it. */
final class ApiClient {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final ReportingApiEmulator emulator;
  private String token;

  ApiClient(ReportingApiEmulator emulator) {
    this.emulator = emulator;
  }

  HttpResponse<String> requestTokenRaw(String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/oauth/token"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  HttpResponse<String> requestToken(String clientId, String clientSecret) {
    return requestTokenRaw(
        "application/json",
        "{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + clientSecret + "\"}");
  }

  String token() {
    if (token == null) {
      token = newToken();
    }
    return token;
  }

  String newToken() {
    HttpResponse<String> response = requestToken(emulator.clientId(), emulator.clientSecret());
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "token request failed: " + response.statusCode() + " " + response.body());
    }
    return json(response).get("jwt").asText();
  }

  /** GET with the client's token; {@code pathAndQuery} is sent as written (already encoded). */
  HttpResponse<String> get(String pathAndQuery) {
    return getWithAuthorization(pathAndQuery, "Bearer " + token());
  }

  HttpResponse<String> getWithAuthorization(String pathAndQuery, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  JsonNode getJson(String pathAndQuery) {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          pathAndQuery + " -> " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
