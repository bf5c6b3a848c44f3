package io.laterreporting.beam.client;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The API refused a request (400, 403, 404, other 4xx), or answered something this client cannot
 * use. The message names the route, the HTTP status, the problem's {@code type}, {@code title} and
 * {@code detail}, and the query's non-secret parameters. Never contains a secret or a token.
 */
public class LaterApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ApiRoute route;
  private final int status;
  private final @Nullable String type;
  private final @Nullable String title;
  private final @Nullable String detail;
  private final String parameters;

  public LaterApiException(
      ApiRoute route,
      int status,
      @Nullable String type,
      @Nullable String title,
      @Nullable String detail,
      String parameters) {
    this(route, status, type, title, detail, parameters, null, null);
  }

  LaterApiException(
      ApiRoute route,
      int status,
      @Nullable String type,
      @Nullable String title,
      @Nullable String detail,
      String parameters,
      @Nullable String prefix,
      @Nullable Throwable cause) {
    super(message(route, status, type, title, detail, parameters, prefix), cause);
    this.route = route;
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.parameters = parameters;
  }

  static String message(
      ApiRoute route,
      int status,
      @Nullable String type,
      @Nullable String title,
      @Nullable String detail,
      String parameters,
      @Nullable String prefix) {
    StringBuilder sb = new StringBuilder();
    if (prefix != null) {
      sb.append(prefix).append(": ");
    }
    sb.append(route);
    if (status > 0) {
      sb.append(" answered HTTP ").append(status);
    }
    sb.append(" (type=")
        .append(type)
        .append(", title=")
        .append(title)
        .append(", detail=")
        .append(detail)
        .append(')');
    if (parameters != null && !parameters.isEmpty()) {
      sb.append(" for ").append(parameters);
    }
    return sb.toString();
  }

  private transient java.util.Map<String, java.util.List<String>> problemArrays =
      java.util.Map.of();

  void setProblemArrays(java.util.Map<String, java.util.List<String>> arrays) {
    this.problemArrays = arrays == null ? java.util.Map.of() : arrays;
  }

  /** String items of the problem's array members (e.g. a list of valid names), by member name. */
  java.util.Map<String, java.util.List<String>> problemArrays() {
    return problemArrays == null ? java.util.Map.of() : problemArrays;
  }

  public ApiRoute route() {
    return route;
  }

  /** The HTTP status, or 0 when no HTTP answer was received. */
  public int status() {
    return status;
  }

  /**
   * The problem's {@code type}, e.g. {@code ANL_00400} or an older gateway's {@code
   * VALIDATION_ERROR}.
   */
  public @Nullable String type() {
    return type;
  }

  public @Nullable String title() {
    return title;
  }

  public @Nullable String detail() {
    return detail;
  }

  /** The non-secret parameters of the request that failed. */
  public String parameters() {
    return parameters;
  }
}
