package io.laterreporting.pipelines.xlang;

import io.laterreporting.beam.LaterReportingIO;
import java.time.Clock;
import java.util.List;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.schemas.transforms.SchemaTransform;
import org.apache.beam.sdk.schemas.transforms.TypedSchemaTransformProvider;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionRowTuple;
import org.apache.beam.sdk.values.Row;

/**
 * A Later read as a schema-aware transform, for Beam YAML, Python and Go (cross-language expansion)
 * and Dataflow's job builder: identified by {@code
 * beam:schematransform:io.laterreporting:read_REPORT:v1}, configured by a {@link ReadConfiguration}
 * row, no input, one output {@value #OUTPUT} of Beam {@link Row}s with the schema of the report's
 * records. A report's provider names the report and says which read the checked settings make;
 * register it with {@code @AutoService(SchemaTransformProvider.class)}.
 */
public abstract class LaterReadSchemaTransformProvider
    extends TypedSchemaTransformProvider<ReadConfiguration> {
  public static final String URN_PREFIX = "beam:schematransform:io.laterreporting:read_";
  public static final String URN_VERSION = ":v1";

  /** The one output collection's tag. */
  public static final String OUTPUT = "output";

  /**
   * The report's name in the URN and the exports' {@code --report} value, e.g. {@code campaigns}.
   */
  protected abstract String report();

  /**
   * Said outright: Beam would otherwise take this class's own type argument for the
   * configuration's.
   */
  @Override
  protected final Class<ReadConfiguration> configurationClass() {
    return ReadConfiguration.class;
  }

  @Override
  public final String identifier() {
    return URN_PREFIX + report() + URN_VERSION;
  }

  @Override
  public final List<String> inputCollectionNames() {
    return List.of();
  }

  @Override
  public final List<String> outputCollectionNames() {
    return List.of(OUTPUT);
  }

  @Override
  protected final SchemaTransform from(ReadConfiguration configuration) {
    return new ReadAsRows(
        ReadConfigurations.settings(configuration, report(), Clock.systemUTC()).read());
  }

  /** The read, its records turned into rows of their schema. */
  private static final class ReadAsRows extends SchemaTransform {
    private final LaterReportingIO.Read<?> read;

    ReadAsRows(LaterReportingIO.Read<?> read) {
      this.read = read;
    }

    @Override
    public PCollectionRowTuple expand(PCollectionRowTuple input) {
      PCollection<?> records = input.getPipeline().apply(read);
      PCollection<Row> rows = records.apply("ToRows", Convert.toRows());
      return PCollectionRowTuple.of(OUTPUT, rows);
    }
  }
}
