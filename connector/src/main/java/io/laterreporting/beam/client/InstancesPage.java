package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.List;

/** One page of {@code /v2/instances}. */
@AutoValue
public abstract class InstancesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract List<String> instanceIds();

  public abstract PageInfo pageInfo();

  static InstancesPage of(List<String> ids, PageInfo info) {
    return new AutoValue_InstancesPage(List.copyOf(ids), info);
  }
}
