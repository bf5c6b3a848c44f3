package io.laterreporting.pipelines.sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one run replaces, decided from its scope, the partitions it has rows for and the partitions
 * the output holds in its periods, before anything changes. The same rules serve both sinks:
 *
 * <ul>
 *   <li>The run's instances are those it names ({@code --instanceIds}), or, naming none, those it
 *       read rows of. Each of its periods x instances is replaced: by the run's rows, or emptied
 *       when the instance has rows in other periods of the run but none in this one.
 *   <li>Empty is suspicious: a named instance that came back with no row at all, or a run that read
 *       no row, where the output holds rows of those periods, is refused (nothing changes) unless
 *       the run allows it ({@code --allowEmpty}).
 *   <li>Naming no instances, a run does not know whether an instance it read nothing of is gone
 *       from the API or merely empty: the output's rows of such instances are kept and reported
 *       ({@link #instancesKept()}), unless the run allows empty reads, which empties them too.
 * </ul>
 */
final class ReplacementPlan {
  private final OutputScope scope;
  private final SortedSet<String> instancesRead;
  private final SortedMap<String, SortedSet<String>> heldByInstance;
  private final SortedSet<String> instances;

  /**
   * @param withRows partitions ({@code day -> instance}) the run has rows for
   * @param held partitions of the run's periods the output holds, {@code day -> instances}
   */
  ReplacementPlan(
      OutputScope scope, Map<String, Set<String>> withRows, Map<String, Set<String>> held) {
    this.scope = scope;
    this.instancesRead = new TreeSet<>();
    withRows.values().forEach(instancesRead::addAll);
    this.heldByInstance = new TreeMap<>();
    for (Map.Entry<String, Set<String>> day : held.entrySet()) {
      for (String instance : day.getValue()) {
        heldByInstance.computeIfAbsent(instance, i -> new TreeSet<>()).add(day.getKey());
      }
    }
    this.instances = new TreeSet<>(instancesRead);
    if (!scope.instanceIds().isEmpty()) {
      instances.addAll(scope.instanceIds());
    } else if (scope.allowEmpty()) {
      instances.addAll(heldByInstance.keySet());
    }
  }

  /** The instances whose partitions of the run's periods are replaced. */
  SortedSet<String> instances() {
    return instances;
  }

  /**
   * Instances the output holds rows of in these periods that the run read nothing of, and keeps.
   */
  SortedSet<String> instancesKept() {
    SortedSet<String> kept = new TreeSet<>(heldByInstance.keySet());
    kept.removeAll(instances);
    return kept;
  }

  /** Every partition the run replaces, {@code day -> instance}, whether it has rows or not. */
  List<String[]> partitions() {
    List<String[]> partitions = new ArrayList<>();
    for (String day : scope.periodStarts()) {
      for (String instance : instances) {
        partitions.add(new String[] {day, instance});
      }
    }
    return partitions;
  }

  /**
   * Refuses a replacement that would delete rows because a read came back empty.
   *
   * @throws EmptyReadException naming what came back empty and what would have been deleted
   */
  void refuseSuspiciousEmptiness() {
    if (scope.allowEmpty()) {
      return;
    }
    SortedSet<String> empty = new TreeSet<>();
    if (!scope.instanceIds().isEmpty()) {
      empty.addAll(scope.instanceIds());
      empty.removeAll(instancesRead);
    } else if (instancesRead.isEmpty()) {
      empty.addAll(heldByInstance.keySet());
    }
    empty.retainAll(heldByInstance.keySet());
    if (empty.isEmpty()) {
      return;
    }
    List<String> lost = new ArrayList<>();
    for (String instance : empty) {
      for (String day : heldByInstance.get(instance)) {
        lost.add(PartitionLayout.partition(day, instance));
      }
    }
    throw new EmptyReadException(
        String.format(
            "the read came back empty (%s) for periods %s; replacing would delete the %d partitions"
                + " the output holds for them (%s): nothing was replaced; check the instances and"
                + " credentials, or pass --allowEmpty=true if those rows are to go",
            instancesRead.isEmpty() && scope.instanceIds().isEmpty()
                ? "0 rows, no instance"
                : "0 rows for instances " + String.join(",", empty),
            scope.periods(),
            lost.size(),
            abbreviate(lost)));
  }

  private static String abbreviate(List<String> items) {
    int shown = 3;
    String head = items.stream().limit(shown).collect(Collectors.joining(", "));
    return items.size() <= shown ? head : head + ", ... " + (items.size() - shown) + " more";
  }

  /** A run whose read came back empty where the output holds rows: it replaces nothing. */
  public static final class EmptyReadException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    EmptyReadException(String message) {
      super(message);
    }
  }
}
