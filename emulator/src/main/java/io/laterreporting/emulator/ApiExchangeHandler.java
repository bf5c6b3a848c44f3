package io.laterreporting.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request passes here: latency, then the rate budget, then the fault schedule, then the
 * route. Faults that need a real answer (slow, truncated, cut connection) get it first and then
 * distort how it is delivered.
 */
final class ApiExchangeHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExchangeHandler.class);

  private final Duration latency;
  private final RateLimiter rateLimiter;
  private final boolean retryAfterHeader;
  private final FaultInjector faults;
  private final Problems problems;
  private final TokenService tokens;
  private final TokenEndpoint tokenEndpoint;
  private final Map<Route, DataEndpoint> endpoints;
  private final DriftSchedule drift;
  private final EmulatorStats stats;

  ApiExchangeHandler(
      Duration latency,
      RateLimiter rateLimiter,
      boolean retryAfterHeader,
      FaultInjector faults,
      Problems problems,
      TokenService tokens,
      TokenEndpoint tokenEndpoint,
      Map<Route, DataEndpoint> endpoints,
      DriftSchedule drift,
      EmulatorStats stats) {
    this.latency = latency;
    this.rateLimiter = rateLimiter;
    this.retryAfterHeader = retryAfterHeader;
    this.faults = faults;
    this.problems = problems;
    this.tokens = tokens;
    this.tokenEndpoint = tokenEndpoint;
    this.endpoints = Map.copyOf(endpoints);
    this.drift = drift;
    this.stats = stats;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    stats.inFlight().enter();
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String rawQuery = exchange.getRequestURI().getRawQuery();
      Route route = Route.resolve(method, path);
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      pause(latency);
      FaultKind fault = null;
      Response response = overBudget();
      if (response == null) {
        fault = faults.decide(route, method, path, rawQuery);
        if (fault != null) {
          stats.recordFault(fault);
        }
        response = replacementFor(fault);
      }
      if (response == null) {
        if (fault == FaultKind.SLOW) {
          pause(faults.plan().slowDelay());
        }
        response = answer(route, exchange, rawQuery, requestBody);
      }
      if (rateLimiter != null) {
        rateLimiter.describe(response);
      }
      stats.recordRequest(route, response.status);
      send(exchange, response, fault);
    } finally {
      exchange.close();
      stats.inFlight().exit();
    }
  }

  private Response overBudget() {
    if (rateLimiter == null) {
      return null;
    }
    long retryAfter = rateLimiter.acquire();
    if (retryAfter < 0) {
      return null;
    }
    Response response =
        problems.of(
            ErrorType.RATE_LIMITED,
            "Rate limit of "
                + rateLimiter.limit()
                + " requests per "
                + rateLimiter.windowSeconds()
                + " s exceeded.");
    return retryAfterHeader ? response.header("Retry-After", Long.toString(retryAfter)) : response;
  }

  /** The answer a status-code fault puts in place of the real one; null for the other kinds. */
  private Response replacementFor(FaultKind fault) {
    if (fault == null) {
      return null;
    }
    return switch (fault) {
      case HTTP_500 -> problems.of(ErrorType.INTERNAL, "Emulated server fault.");
      case HTTP_502 -> problems.of(ErrorType.BAD_GATEWAY, "Emulated gateway fault.");
      case HTTP_503 -> problems.of(ErrorType.UNAVAILABLE, "Emulated overload.");
      case RATE_LIMITED_WITH_RETRY_AFTER ->
          problems.of(ErrorType.RATE_LIMITED, "Emulated rate limit.").header("Retry-After", "1");
      case RATE_LIMITED_WITHOUT_RETRY_AFTER ->
          problems.of(ErrorType.RATE_LIMITED, "Emulated rate limit.");
      case CONNECTION_CLOSED_MID_BODY, TRUNCATED_JSON, SLOW -> null;
    };
  }

  private Response answer(Route route, HttpExchange exchange, String rawQuery, byte[] body) {
    try {
      if (route == Route.OTHER) {
        throw new ApiProblem(
            ErrorType.NOT_FOUND,
            "No route "
                + exchange.getRequestMethod()
                + " "
                + exchange.getRequestURI().getRawPath()
                + ".");
      }
      if (route == Route.TOKEN) {
        return tokenEndpoint.handle(exchange.getRequestHeaders().getFirst("Content-Type"), body);
      }
      tokens.verify(exchange.getRequestHeaders().getFirst("Authorization"));
      QueryParameters params = QueryParameters.parse(rawQuery);
      DataEndpoint endpoint = endpoints.get(route);
      if (endpoint == null) {
        throw new IllegalStateException("unrouted " + route);
      }
      Response response = endpoint.handle(params);
      drift.onDataRequestServed();
      return response;
    } catch (ApiProblem problem) {
      return problems.of(problem);
    } catch (RuntimeException e) {
      LOG.error("Request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      return problems.of(ErrorType.INTERNAL, "Unexpected emulator error: " + e);
    }
  }

  private static void send(HttpExchange exchange, Response response, FaultKind fault)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", response.contentType);
    response.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = response.body;
    if (fault == FaultKind.TRUNCATED_JSON) {
      body = Arrays.copyOf(body, Math.max(1, body.length / 2));
    }
    exchange.sendResponseHeaders(response.status, body.length);
    OutputStream out = exchange.getResponseBody();
    if (fault == FaultKind.CONNECTION_CLOSED_MID_BODY) {
      out.write(body, 0, Math.max(1, body.length / 2));
      out.flush();
      // Escaping the handler makes the JDK server drop the connection with the body incomplete.
      throw new IOException("emulated connection drop");
    }
    out.write(body);
  }

  private static void pause(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
