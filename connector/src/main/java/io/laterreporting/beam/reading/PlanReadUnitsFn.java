package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.planning.ReadPlanner;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the read on a worker: lists the instances the credentials can see ({@code /v2/instances}),
 * which also tells the pagination generation the gateway speaks, refuses requested instances that
 * are not visible before any data request, and emits the {@link ReadUnit}s of {@link ReadPlanner}.
 */
class PlanReadUnitsFn extends DoFn<byte[], ReadUnit> {
  private static final Logger LOG = LoggerFactory.getLogger(PlanReadUnitsFn.class);

  private final ReadSpec spec;
  private transient @Nullable ApiSession session;

  PlanReadUnitsFn(ReadSpec spec) {
    this.spec = spec;
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
  }

  @ProcessElement
  public void processElement(OutputReceiver<ReadUnit> out) {
    Set<String> visible = new LinkedHashSet<>(session.client.allInstanceIds());
    PaginationGeneration generation = session.client.generation();
    List<String> notVisible = new ArrayList<>(spec.instanceIds());
    notVisible.removeAll(visible);
    if (!notVisible.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "instanceIds %s are not accessible to clientId '%s'; it can read %s",
              notVisible, spec.clientConfig().credentials().clientId(), visible));
    }
    List<ReadUnit> units = ReadPlanner.plan(spec, List.copyOf(visible), generation);
    LOG.info(
        "Planned {} queries over {} windows and {} instances ({} pagination)",
        units.size(),
        spec.windows().size(),
        spec.instanceIds().isEmpty() ? visible.size() : spec.instanceIds().size(),
        generation);
    for (ReadUnit unit : units) {
      out.output(unit);
    }
    session.flushCounters();
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
