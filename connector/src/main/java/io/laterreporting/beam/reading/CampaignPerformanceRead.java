package io.laterreporting.beam.reading;

import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.records.CampaignPerformance;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The read's graph: plan units on a worker, spread them, fetch each unit's first page, spread the
 * remaining pages as splittable work, then bring each multi-page unit's pages together to check them
 * before its rows are emitted. Units answered in one page skip the grouping.
 */
public final class CampaignPerformanceRead
    extends PTransform<PBegin, PCollection<CampaignPerformance>> {
  private final ReadSpec spec;

  public CampaignPerformanceRead(ReadSpec spec) {
    this.spec = spec;
  }

  @Override
  public PCollection<CampaignPerformance> expand(PBegin input) {
    Coder<CampaignPerformance> rowCoder;
    try {
      rowCoder = input.getPipeline().getSchemaRegistry().getSchemaCoder(CampaignPerformance.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("CampaignPerformance has no schema", e);
    }
    Coder<KV<String, FetchedPage>> pageCoder =
        KvCoder.of(StringUtf8Coder.of(), new FetchedPageCoder(rowCoder));

    PCollection<ReadUnit> units =
        input
            .apply("Start", Impulse.create())
            .apply("PlanQueries", ParDo.of(new PlanReadUnitsFn(spec)))
            .setCoder(SerializableCoder.of(ReadUnit.class))
            .apply("SpreadQueries", Reshuffle.viaRandomKey());

    PCollectionTuple firstPages =
        units.apply(
            "FetchFirstPages",
            ParDo.of(new FetchFirstPageFn(spec))
                .withOutputTags(
                    FetchFirstPageFn.COMPLETE,
                    TupleTagList.of(FetchFirstPageFn.CHECKED)
                        .and(FetchFirstPageFn.PENDING_PAGES)
                        .and(FetchFirstPageFn.PENDING_CURSOR)));
    PCollection<CampaignPerformance> singlePageRows =
        firstPages.get(FetchFirstPageFn.COMPLETE).setCoder(rowCoder);

    PCollection<KV<String, FetchedPage>> numberedPages =
        firstPages
            .get(FetchFirstPageFn.PENDING_PAGES)
            .setCoder(SerializableCoder.of(PendingPages.class))
            .apply("SpreadPages", Reshuffle.viaRandomKey())
            .apply("ReadPages", ParDo.of(new ReadPageRangeFn(spec)))
            .setCoder(pageCoder);
    PCollection<KV<String, FetchedPage>> cursorPages =
        firstPages
            .get(FetchFirstPageFn.PENDING_CURSOR)
            .setCoder(SerializableCoder.of(PendingCursor.class))
            .apply("SpreadCursorChains", Reshuffle.viaRandomKey())
            .apply("ReadCursorChains", ParDo.of(new ReadCursorChainFn(spec)))
            .setCoder(pageCoder);

    PCollection<CampaignPerformance> multiPageRows =
        PCollectionList.of(firstPages.get(FetchFirstPageFn.CHECKED).setCoder(pageCoder))
            .and(numberedPages)
            .and(cursorPages)
            .apply("AllPages", Flatten.pCollections())
            .apply("PagesByQuery", GroupByKey.create())
            .apply("CheckAndEmit", ParDo.of(new EmitCheckedUnitFn(spec)))
            .setCoder(rowCoder);

    return PCollectionList.of(singlePageRows)
        .and(multiPageRows)
        .apply("AllRows", Flatten.pCollections());
  }
}
