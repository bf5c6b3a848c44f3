package io.laterreporting.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A parsed query string. Arrays arrive in three encodings that the API treats alike: {@code p=a,b},
 * {@code p=a&p=b} and {@code p[]=a&p[]=b}; {@link #list} flattens all three.
 */
final class QueryParameters {
  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  static QueryParameters parse(String rawQuery) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (name.endsWith("[]")) {
          name = name.substring(0, name.length() - 2);
        }
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new QueryParameters(values);
  }

  /** The parameter names given, {@code p[]} counted as {@code p}, in order of first use. */
  java.util.Set<String> names() {
    return values.keySet();
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /** A scalar parameter; given twice it is ambiguous, hence a 400. */
  Optional<String> single(String name) {
    List<String> given = values.get(name);
    if (given == null) {
      return Optional.empty();
    }
    if (given.size() > 1) {
      throw ApiProblem.validation(name + " must be given only once.");
    }
    return Optional.of(given.get(0));
  }

  /** An array parameter in any of the three encodings; empty when absent. */
  List<String> list(String name) {
    List<String> given = values.get(name);
    if (given == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String value : given) {
      for (String item : value.split(",", -1)) {
        String trimmed = item.trim();
        if (trimmed.isEmpty()) {
          throw ApiProblem.validation(name + " contains an empty value.");
        }
        items.add(trimmed);
      }
    }
    return items;
  }

  /**
   * A canonical text of the named parameters, independent of array encoding and parameter order;
   * cursors are bound to it.
   */
  String canonical(Collection<String> names) {
    StringBuilder text = new StringBuilder();
    for (String name : new TreeSet<>(names)) {
      if (has(name)) {
        text.append(name).append('=').append(String.join(",", list(name))).append('&');
      }
    }
    return text.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.validation("The query string is not correctly percent-encoded.");
    }
  }
}
