package io.laterreporting.beam.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "All metrics" narrowed to what the server accepts. The request always names its metrics
 * (generation B requires them): the query's or, when it asks for all, the route's whole catalogue.
 * If the server answers 400 listing the valid names for those filters, a query asking for all
 * metrics is repeated once with that subset, and the subset is remembered (JVM-wide in {@link
 * ClientRuntime#narrowedMetrics}, per {@link ClientIdentity} and filter set: route, instances,
 * campaigns, platforms, content types, date basis; by identity because which metrics are valid may
 * depend on the instances a client may see) for later pages and other clients of that identity. The
 * server checks metrics before cursors, so a cursor made with the subset by another JVM still
 * works: the first request there is narrowed the same way.
 */
final class MetricNarrowing {
  private static final Logger LOG = LoggerFactory.getLogger(LaterApiClient.class);
  private static final Pattern VALID_LIST =
      Pattern.compile(
          "(?i)(?<![a-z])(valid|available|allowed|supported)(?![a-z])[^:.]{0,80}:\\s*([^.;]*)");
  private static final Pattern INVALID_LIST =
      Pattern.compile(
          "(?i)(invalid|unavailable|not available|unknown|unsupported|not allowed)(?![a-z])[^:.]{0,80}:\\s*([^.;]*)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private final Map<Map.Entry<ClientIdentity, String>, List<String>> remembered;
  private final ClientIdentity identity;

  MetricNarrowing(
      Map<Map.Entry<ClientIdentity, String>, List<String>> remembered, ClientIdentity identity) {
    this.remembered = remembered;
    this.identity = identity;
  }

  /**
   * {@code fetch} with the query's metrics, or with {@code catalogue} (narrowed as the server asks)
   * when the query asks for all.
   */
  <P> P fetch(
      ApiRoute route,
      PerformanceQuery query,
      List<String> catalogue,
      Function<List<String>, P> fetch) {
    boolean all = query.metrics().isEmpty();
    Map.Entry<ClientIdentity, String> filters =
        all ? Map.entry(identity, route.path() + "|" + filterKey(query)) : null;
    List<String> metrics = all ? remembered.getOrDefault(filters, catalogue) : query.metrics();
    try {
      return fetch.apply(metrics);
    } catch (LaterApiException e) {
      if (!all || e.status() != 400 || e instanceof RetryBudgetExhaustedException) {
        throw e;
      }
      List<String> valid = validMetrics(e, metrics);
      if (valid == null || valid.isEmpty() || valid.equals(metrics)) {
        throw e;
      }
      remembered.put(filters, valid);
      LOG.info(
          "{} refused some metrics for {}; asking again for the {} it lists as valid",
          route,
          query.describe(),
          valid.size());
      return fetch.apply(valid);
    }
  }

  private static String filterKey(PerformanceQuery q) {
    return String.join(",", q.instanceIds())
        + "|"
        + PerformanceQuery.joinLongs(q.campaignIds())
        + "|"
        + String.join(",", q.platforms())
        + "|"
        + String.join(",", q.contentTypes())
        + "|"
        + q.dateBasis();
  }

  /**
   * The valid metric names a 400 lists, within {@code sent}: from an array member of the problem
   * (e.g. {@code validMetrics}), else from its detail ("... valid ...: a, b, c"), else {@code sent}
   * minus the names the detail says are unavailable. Null if the 400 is about something else.
   */
  static @Nullable List<String> validMetrics(LaterApiException e, List<String> sent) {
    Map<String, List<String>> arrays = e.problemArrays();
    for (Map.Entry<String, List<String>> a : arrays.entrySet()) {
      String k = a.getKey().toLowerCase(Locale.ROOT);
      if (k.contains("metric")
          && !k.contains("invalid")
          && !k.contains("unavailable")
          && !a.getValue().isEmpty()) {
        return intersect(sent, a.getValue(), false);
      }
    }
    String detail = e.detail();
    if (detail == null || !detail.toLowerCase(Locale.ROOT).contains("metric")) {
      return null;
    }
    Matcher m = VALID_LIST.matcher(detail);
    List<String> listed = null;
    while (m.find()) {
      int start = m.start();
      String before = detail.substring(Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
      if (before.endsWith("in") || before.endsWith("un") || before.endsWith("not ")) {
        continue; // "invalid", "unavailable", "not available": the other list
      }
      listed = names(m.group(2));
    }
    if (listed != null && !listed.isEmpty()) {
      return intersect(sent, listed, true);
    }
    Matcher bad = INVALID_LIST.matcher(detail);
    if (bad.find()) {
      List<String> invalid = names(bad.group(2));
      List<String> out = new ArrayList<>(sent);
      out.removeAll(invalid);
      return invalid.isEmpty() ? null : out;
    }
    return null;
  }

  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    Matcher n = NAME.matcher(text);
    while (n.find()) {
      out.add(n.group());
    }
    return out;
  }

  private static List<String> intersect(List<String> sent, List<String> valid, boolean knownOnly) {
    Set<String> v = new LinkedHashSet<>(valid);
    List<String> out = new ArrayList<>();
    for (String s : sent) {
      if (v.contains(s)) {
        out.add(s);
      }
    }
    if (!knownOnly) {
      for (String s : valid) {
        if (!out.contains(s) && !sent.contains(s) && NAME.matcher(s).matches()) {
          // The server says it is valid although this version does not know it: it lands in
          // otherMetrics.
          out.add(s);
        }
      }
    }
    return out;
  }
}
