package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.List;

/** Which instances a request may read, given the instances the client is bound to. */
final class InstanceScope {
  private final List<String> bound;
  private final boolean legacy;

  InstanceScope(List<String> bound, boolean legacy) {
    this.bound = bound;
    this.legacy = legacy;
  }

  /**
   * The instances to read: all bound ones when none are named. Naming an unbound instance is a 403,
   * except on the older gateway, which silently leaves it out (possibly leaving nothing to read).
   */
  List<String> resolve(List<String> requested) {
    if (requested.isEmpty()) {
      return bound;
    }
    List<String> unbound = new ArrayList<>();
    List<String> readable = new ArrayList<>();
    for (String id : requested.stream().distinct().toList()) {
      (bound.contains(id) ? readable : unbound).add(id);
    }
    if (!unbound.isEmpty() && !legacy) {
      throw new ApiProblem(
          ErrorType.INSTANCE_NOT_ACCESSIBLE,
          "The client has no access to instances: " + String.join(", ", unbound) + ".");
    }
    return readable;
  }
}
