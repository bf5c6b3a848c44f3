package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.List;

/** The part of a query that decides which posts of a campaign count. */
record RangeFilter(
    LocalDate start,
    LocalDate end,
    DateBasis basis,
    List<String> platforms,
    List<String> contentTypes) {

  static RangeFilter of(RowQuery query) {
    return new RangeFilter(
        query.startDate(),
        query.endDate(),
        query.dateBasis(),
        query.platforms(),
        query.contentTypes());
  }

  boolean admits(String platform, String contentType) {
    return (platforms.isEmpty() || platforms.contains(platform))
        && (contentTypes.isEmpty() || contentTypes.contains(contentType));
  }

  /**
   * The availability rule for crossposted* metrics: they exist only for Instagram and Facebook
   * content, so only without a platform/contentType filter or with one that admits those networks.
   */
  boolean admitsCrossposting() {
    if (!platforms.isEmpty()) {
      return platforms.stream().anyMatch(Platforms.CROSSPOSTING::contains);
    }
    if (!contentTypes.isEmpty()) {
      return contentTypes.stream()
          .anyMatch(t -> Platforms.CROSSPOSTING.contains(Platforms.platformOf(t).orElse("")));
    }
    return true;
  }
}
