package io.laterreporting.emulator;

import java.util.Optional;

/**
 * Which days a date range selects: days metrics were recorded on, or days content was posted on.
 */
public enum DateBasis {
  PERFORMANCE_DATE("performance_date", "performanceDate"),
  POST_DATE("post_date", "postDate");

  private final String apiName;
  private final String camelCaseName;

  DateBasis(String apiName, String camelCaseName) {
    this.apiName = apiName;
    this.camelCaseName = camelCaseName;
  }

  public String apiName() {
    return apiName;
  }

  /** Both spellings circulate in the documentation, so both are accepted. */
  static Optional<DateBasis> parse(String text) {
    for (DateBasis basis : values()) {
      if (basis.apiName.equals(text) || basis.camelCaseName.equals(text)) {
        return Optional.of(basis);
      }
    }
    return Optional.empty();
  }
}
