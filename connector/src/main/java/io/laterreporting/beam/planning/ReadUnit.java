package io.laterreporting.beam.planning;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.client.PerformanceQuery;
import java.io.Serializable;
import java.util.List;

/**
 * One query of the plan: a window, a set of instances and perhaps a batch of campaigns. Its rows
 * are read page by page, checked together, and emitted once; the {@link #id()} names it in logs,
 * errors and as the key that brings its pages together.
 */
@AutoValue
public abstract class ReadUnit implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract PerformanceQuery query();

  /**
   * The instances this unit covers, also when the query omits {@code instanceIds} to mean "all", so
   * that a unit too large to page through can be cut by instance.
   */
  public abstract List<String> instancesInScope();

  public abstract int pageSize();

  public abstract String id();

  public static ReadUnit of(
      PerformanceQuery query, List<String> instancesInScope, int pageSize, String id) {
    return new AutoValue_ReadUnit(query, List.copyOf(instancesInScope), pageSize, id);
  }

  /** The same window and filters, narrowed to one instance. */
  public ReadUnit forInstance(String instanceId) {
    return of(
        query().withInstanceIds(List.of(instanceId)),
        List.of(instanceId),
        pageSize(),
        id() + " instance=" + instanceId);
  }

  @Override
  public final String toString() {
    return id();
  }
}
