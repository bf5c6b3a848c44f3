package io.laterreporting.pipelines.sinks;

import java.util.Map;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes rows as Parquet into {@code periodStart=YYYY-MM-DD/instanceId=<id>/data.parquet}
 * partitions and replaces exactly the partitions of the run's {@link OutputScope}: files go to the
 * run's staging folder first, and only once every file is written does {@link SwapPartitionsFn}
 * move them into place, under the output's lease (see {@link PartitionLayout}, {@link
 * ReplacementPlan}).
 *
 * <p>One file per partition: a partition holds one period of one instance's campaigns, so more
 * shards would only make small files; and a single file under a fixed name is what makes replacing
 * a partition one atomic rename.
 */
public final class ParquetPartitionsWrite extends PTransform<PCollection<Row>, PDone> {
  private static final int SHARDS_PER_PARTITION = 1;
  private static final String STAGED_PREFIX = "data";

  private final PartitionLayout layout;
  private final OutputScope scope;

  private final ExportRows exportRows;

  /**
   * @param exportRows what the rows are: the input holds rows of its schema
   */
  public ParquetPartitionsWrite(PartitionLayout layout, OutputScope scope, ExportRows exportRows) {
    this.layout = layout;
    this.scope = scope;
    this.exportRows = exportRows;
  }

  @Override
  public PDone expand(PCollection<Row> rows) {
    AvroRecords records = new AvroRecords(exportRows, scope.report());
    WriteFilesResult<String> written =
        rows.apply(
            "WriteStagedParquet",
            FileIO.<String, Row>writeDynamic()
                .by(
                    row ->
                        PartitionLayout.partition(
                            ExportRows.periodStartDay(row), ExportRows.instanceId(row)))
                .withDestinationCoder(StringUtf8Coder.of())
                .via(
                    Contextful.fn(records),
                    ParquetIO.sink(records.schema())
                        .withCompressionCodec(CompressionCodecName.ZSTD))
                .to(layout.stagingRoot().toString())
                .withNaming(
                    partition ->
                        FileIO.Write.defaultNaming(partition + "/" + STAGED_PREFIX, ".parquet"))
                .withNumShards(SHARDS_PER_PARTITION));

    // A side input is ready only when every file is final, which orders the swap after the write.
    PCollectionView<Map<String, Iterable<String>>> stagedFiles =
        written
            .getPerDestinationOutputFilenames()
            .apply("StagedFilesByPartition", View.asMultimap());
    PBegin.in(rows.getPipeline())
        .apply("AfterWrite", Impulse.create())
        .apply(
            "ReplacePartitions",
            ParDo.of(new SwapPartitionsFn(layout, scope, stagedFiles)).withSideInputs(stagedFiles));
    return PDone.in(rows.getPipeline());
  }
}
