package io.laterreporting.emulator;

/** The routes the emulator serves; every other path is {@link #OTHER} and answers 404. */
public enum Route {
  TOKEN("POST", "/oauth/token"),
  INSTANCES("GET", "/v2/instances"),
  CAMPAIGN_PERFORMANCE("GET", "/v2/campaigns/performance"),
  CAMPAIGNS("GET", "/v2/campaigns"),
  POST_PERFORMANCE("GET", "/v2/posts/performance"),
  CREATOR_PERFORMANCE("GET", "/v2/creators/performance"),
  INSTANCE_PERFORMANCE("GET", "/v2/instances/performance"),
  INSTANCE_PERFORMANCE_OVER_TIME("GET", "/v2/instances/performance-over-time"),
  OTHER(null, null);

  private final String method;
  private final String path;

  Route(String method, String path) {
    this.method = method;
    this.path = path;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** A known path asked with the wrong method is still unknown to the API, hence OTHER. */
  static Route resolve(String method, String path) {
    for (Route route : values()) {
      if (route != OTHER && route.path.equals(path) && route.method.equalsIgnoreCase(method)) {
        return route;
      }
    }
    return OTHER;
  }
}
