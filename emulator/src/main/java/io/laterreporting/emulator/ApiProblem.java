package io.laterreporting.emulator;

/** Thrown by request handling to answer with a problem body instead of data. */
final class ApiProblem extends RuntimeException {
  private final ErrorType type;

  ApiProblem(ErrorType type, String detail) {
    super(detail, null, false, false);
    this.type = type;
  }

  static ApiProblem validation(String detail) {
    return new ApiProblem(ErrorType.VALIDATION, detail);
  }

  ErrorType type() {
    return type;
  }

  String detail() {
    return getMessage();
  }
}
