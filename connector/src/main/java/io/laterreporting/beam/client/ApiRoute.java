package io.laterreporting.beam.client;

/** The routes this client calls. */
public enum ApiRoute {
  TOKEN("POST", "/oauth/token"),
  INSTANCES("GET", "/v2/instances"),
  CAMPAIGNS("GET", "/v2/campaigns"),
  CAMPAIGN_PERFORMANCE("GET", "/v2/campaigns/performance"),
  POST_PERFORMANCE("GET", "/v2/posts/performance"),
  CREATOR_PERFORMANCE("GET", "/v2/creators/performance"),
  INSTANCE_PERFORMANCE("GET", "/v2/instances/performance"),
  INSTANCE_PERFORMANCE_OVER_TIME("GET", "/v2/instances/performance-over-time");

  private final String method;
  private final String path;

  ApiRoute(String method, String path) {
    this.method = method;
    this.path = path;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
