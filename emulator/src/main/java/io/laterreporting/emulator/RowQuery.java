package io.laterreporting.emulator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The filters of a performance query of any route, without pagination. */
public final class RowQuery {
  private final List<String> instanceIds;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final DateBasis dateBasis;
  private final List<Long> campaignIds;
  private final List<String> platforms;
  private final List<String> contentTypes;
  private final String sortProperty;
  private final SortDirection sortDirection;

  private RowQuery(Builder builder) {
    this.instanceIds = List.copyOf(builder.instanceIds);
    this.startDate = Objects.requireNonNull(builder.startDate, "startDate");
    this.endDate = Objects.requireNonNull(builder.endDate, "endDate");
    this.dateBasis = builder.dateBasis;
    this.campaignIds = List.copyOf(builder.campaignIds);
    this.platforms = List.copyOf(builder.platforms);
    this.contentTypes = List.copyOf(builder.contentTypes);
    this.sortProperty = builder.sortProperty;
    this.sortDirection = builder.sortDirection;
    if (!platforms.isEmpty() && !contentTypes.isEmpty()) {
      throw new IllegalArgumentException("platform and contentType are mutually exclusive");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Empty means every bound instance. */
  public List<String> instanceIds() {
    return instanceIds;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public DateBasis dateBasis() {
    return dateBasis;
  }

  /** Empty means no campaign filter. */
  public List<Long> campaignIds() {
    return campaignIds;
  }

  public List<String> platforms() {
    return platforms;
  }

  public List<String> contentTypes() {
    return contentTypes;
  }

  /**
   * Null means the route's default order (campaigns: lastPostDate, posts: postDate, creators:
   * postsCount).
   */
  public String sortProperty() {
    return sortProperty;
  }

  public SortDirection sortDirection() {
    return sortDirection;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RowQuery)) {
      return false;
    }
    RowQuery q = (RowQuery) other;
    return instanceIds.equals(q.instanceIds)
        && startDate.equals(q.startDate)
        && endDate.equals(q.endDate)
        && dateBasis == q.dateBasis
        && campaignIds.equals(q.campaignIds)
        && platforms.equals(q.platforms)
        && contentTypes.equals(q.contentTypes)
        && Objects.equals(sortProperty, q.sortProperty)
        && sortDirection == q.sortDirection;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        instanceIds,
        startDate,
        endDate,
        dateBasis,
        campaignIds,
        platforms,
        contentTypes,
        sortProperty,
        sortDirection);
  }

  public static final class Builder {
    private List<String> instanceIds = List.of();
    private LocalDate startDate;
    private LocalDate endDate;
    private DateBasis dateBasis = DateBasis.PERFORMANCE_DATE;
    private List<Long> campaignIds = List.of();
    private List<String> platforms = List.of();
    private List<String> contentTypes = List.of();
    private String sortProperty;
    private SortDirection sortDirection = SortDirection.DESC;

    private Builder() {}

    public Builder instanceIds(List<String> instanceIds) {
      this.instanceIds = List.copyOf(instanceIds);
      return this;
    }

    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    public Builder dateBasis(DateBasis dateBasis) {
      this.dateBasis = Objects.requireNonNull(dateBasis);
      return this;
    }

    public Builder campaignIds(List<Long> campaignIds) {
      this.campaignIds = List.copyOf(campaignIds);
      return this;
    }

    public Builder platform(List<String> platforms) {
      this.platforms = List.copyOf(platforms);
      return this;
    }

    public Builder platform(String... platforms) {
      return platform(Arrays.asList(platforms));
    }

    public Builder contentType(List<String> contentTypes) {
      this.contentTypes = List.copyOf(contentTypes);
      return this;
    }

    public Builder contentType(String... contentTypes) {
      return contentType(Arrays.asList(contentTypes));
    }

    /** Defaults to the route's (coarse) default order, e.g. lastPostDate for campaigns. */
    public Builder sortProperty(String sortProperty) {
      this.sortProperty = Objects.requireNonNull(sortProperty);
      return this;
    }

    public Builder sortDirection(SortDirection sortDirection) {
      this.sortDirection = Objects.requireNonNull(sortDirection);
      return this;
    }

    public RowQuery build() {
      return new RowQuery(this);
    }
  }
}
