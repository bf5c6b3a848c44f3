package io.laterreporting.emulator;

/**
 * The problem types the API answers with, under both the current ({@code ANL_*}) and the older
 * gateway's names. The older gateway answers every token error with 401.
 */
enum ErrorType {
  VALIDATION(400, 400, "ANL_00400", "VALIDATION_ERROR", "Bad Request"),
  UNSUPPORTED_SORT_PROPERTY(
      400, 400, "ANL_00422", "INVALID_SORT_PROPERTY", "Unsupported sort property"),
  UNAUTHENTICATED(401, 401, "ANL_00401", "UNAUTHORIZED", "Unauthorized"),
  INVALID_CLIENT_CREDENTIALS(401, 401, "ANL_00401", "INVALID_CLIENT_CREDENTIALS", "Unauthorized"),
  CLIENT_DISABLED(403, 401, "ANL_00403", "CLIENT_DISABLED", "Forbidden"),
  NO_ACCESSIBLE_INSTANCES(403, 401, "ANL_00403", "NO_ACCESSIBLE_INSTANCES", "Forbidden"),
  INSTANCE_NOT_ACCESSIBLE(403, 403, "ANL_00403", "FORBIDDEN", "Forbidden"),
  NOT_FOUND(404, 404, "ANL_00404", "RESOURCE_NOT_FOUND", "Not Found"),
  RATE_LIMITED(429, 429, "ANL_00429", "RATE_LIMIT_EXCEEDED", "Too Many Requests"),
  INTERNAL(500, 500, "ANL_00500", "INTERNAL_ERROR", "Internal Server Error"),
  BAD_GATEWAY(502, 502, "ANL_00502", "BAD_GATEWAY", "Bad Gateway"),
  UNAVAILABLE(503, 503, "ANL_00503", "SERVICE_UNAVAILABLE", "Service Unavailable");

  private final int status;
  private final int legacyStatus;
  private final String type;
  private final String legacyType;
  private final String title;

  ErrorType(int status, int legacyStatus, String type, String legacyType, String title) {
    this.status = status;
    this.legacyStatus = legacyStatus;
    this.type = type;
    this.legacyType = legacyType;
    this.title = title;
  }

  int status(boolean legacy) {
    return legacy ? legacyStatus : status;
  }

  String type(boolean legacy) {
    return legacy ? legacyType : type;
  }

  String title() {
    return title;
  }
}
