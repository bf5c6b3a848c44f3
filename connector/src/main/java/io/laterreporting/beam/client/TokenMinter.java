package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mints tokens: {@code POST /oauth/token} with the client id and secret, through the same {@link
 * AttemptLoop} as the data routes; a 401/403 is a {@link CredentialsRejectedException} naming why.
 * The secret is in the request body only, never in a message ({@link #describe} names its source).
 */
final class TokenMinter {
  private static final Logger LOG = LoggerFactory.getLogger(LaterApiClient.class);

  private final ApiClientConfig config;
  private final ClientObserver observer;
  private final AttemptLoop loop;
  private final Redaction redaction;
  private final String secret;

  TokenMinter(
      ApiClientConfig config,
      ClientObserver observer,
      AttemptLoop loop,
      Redaction redaction,
      String secret) {
    this.config = config;
    this.observer = observer;
    this.loop = loop;
    this.redaction = redaction;
    this.secret = secret;
  }

  /** A fresh token (the JWT). */
  String mint() {
    ApiRoute route = ApiRoute.TOKEN;
    String describe =
        "clientId="
            + config.credentials().clientId()
            + ", secret=<"
            + config.credentials().secret().describe()
            + ">";
    byte[] payload = requestBody();
    return loop.run(
        route,
        describe,
        requests ->
            requests.buildPostRequest(
                new GenericUrl(config.baseUrl() + route.path()),
                new ByteArrayContent("application/json", payload)),
        new AttemptLoop.Answers<String>() {
          @Override
          public String onSuccess(byte[] body) throws IOException {
            String jwt = parseToken(body);
            redaction.minted(jwt);
            observer.onTokenMinted();
            LOG.debug("{}: minted a token for clientId={}", route, config.credentials().clientId());
            return jwt;
          }

          @Override
          public String bodyName() {
            return "token body";
          }

          @Override
          public boolean onRefusal(int status, byte[] body, Problem problem) {
            if (status == 401 || status == 403) {
              String why =
                  status == 403 && body.length == 0
                      ? "HTTP 403 with an empty body (client disabled or bound to no instance)"
                      : credentialsWhy(problem.type);
              throw new CredentialsRejectedException(
                  route, status, problem.type, problem.title, problem.detail, describe, why);
            }
            return false;
          }
        });
  }

  private static String credentialsWhy(@Nullable String type) {
    if (type == null) {
      return "the token route refused the client id and secret";
    }
    switch (type) {
      case "ANL_00401":
      case "INVALID_CLIENT_CREDENTIALS":
        return "wrong client id or secret";
      case "CLIENT_DISABLED":
        return "the client is disabled";
      case "NO_ACCESSIBLE_INSTANCES":
        return "the client is bound to no instance";
      case "ANL_00403":
        return "the client is disabled or bound to no instance";
      default:
        return "the token route refused the client id and secret";
    }
  }

  private byte[] requestBody() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JsonValues.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("clientId", config.credentials().clientId());
      g.writeStringField("clientSecret", secret);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /**
   * The {@code jwt} of a token answer (also {@code access_token}, {@code accessToken}, {@code
   * token}).
   */
  static String parseToken(byte[] body) throws IOException {
    try (JsonParser p = JsonValues.JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedResponseException("the token answer is not a JSON object");
      }
      String jwt = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken t = p.nextToken();
        if ((f.equals("jwt")
                || f.equals("access_token")
                || f.equals("accessToken")
                || f.equals("token"))
            && t == JsonToken.VALUE_STRING) {
          jwt = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new MalformedResponseException("the token answer is not one JSON object");
      }
      if (jwt == null || jwt.isBlank()) {
        throw new MalformedResponseException("the token answer has no 'jwt'");
      }
      return jwt;
    }
  }
}
