package io.laterreporting.pipelines.sinks;

import io.laterreporting.beam.records.CampaignPerformance;
import java.util.List;
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
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes rows as Parquet into {@code periodStart=YYYY-MM-DD/} folders and replaces the partitions
 * the run covers: files go to the run's staging folder first, and only once every file is written
 * does {@link SwapPartitionsFn} move them into place (see {@link PartitionLayout}).
 *
 * <p>One file per partition: a partition holds one period of every campaign, a few thousand rows,
 * so more shards would only make small files; and a fixed shard count stops the runner from writing
 * one file per bundle per partition, which on a long daily backfill means thousands of tiny files.
 */
public final class ParquetPartitionsWrite
    extends PTransform<PCollection<CampaignPerformance>, PDone> {
  private static final int SHARDS_PER_PARTITION = 1;

  private final PartitionLayout layout;
  private final List<String> coveredDays;

  /**
   * @param coveredDays the period starts of every window the run covers; their partitions are
   *     replaced, emptied if the run has no rows for them
   */
  public ParquetPartitionsWrite(PartitionLayout layout, List<String> coveredDays) {
    this.layout = layout;
    this.coveredDays = List.copyOf(coveredDays);
  }

  @Override
  public PDone expand(PCollection<CampaignPerformance> rows) {
    AvroRecords records = new AvroRecords(ExportRows.create());
    WriteFilesResult<String> written =
        rows.apply(
            "WriteStagedParquet",
            FileIO.<String, CampaignPerformance>writeDynamic()
                .by(ExportRows::periodStartDay)
                .withDestinationCoder(StringUtf8Coder.of())
                .via(
                    Contextful.fn(records),
                    ParquetIO.sink(records.schema()).withCompressionCodec(CompressionCodecName.ZSTD))
                .to(layout.stagingRoot().toString())
                .withNaming(
                    day ->
                        FileIO.Write.defaultNaming(
                            PartitionLayout.folderName(day) + "/" + layout.filePrefix(), ".parquet"))
                .withNumShards(SHARDS_PER_PARTITION));

    // A side input is ready only when every file is final, which orders the swap after the write.
    PCollectionView<Map<String, Iterable<String>>> stagedFiles =
        written.getPerDestinationOutputFilenames().apply("StagedFilesByDay", View.asMultimap());
    PBegin.in(rows.getPipeline())
        .apply("AfterWrite", Impulse.create())
        .apply(
            "SwapPartitions",
            ParDo.of(new SwapPartitionsFn(layout, coveredDays, stagedFiles))
                .withSideInputs(stagedFiles));
    return PDone.in(rows.getPipeline());
  }
}
