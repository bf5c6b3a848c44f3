package io.laterreporting.beam.reading;

import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;
import java.util.Map;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The read's graph: plan units on a worker, spread them in batches, fetch each unit's first page,
 * spread the remaining pages in batches as splittable work (batches let one worker look ahead
 * across units, so the bound on requests in flight, not the runner's threads, sets the
 * concurrency), then check each multi-page unit's pages together, from small summaries, before its
 * rows are emitted; a unit that fails the check is read again in pieces. Units whose pages agree
 * are then grouped by their instances for the membership check (one roster walk per set of
 * instances, {@link CheckMembershipFn}), on routes whose rows each belong to one campaign. Units
 * answered in one page skip both checks. The same graph reads every report route; the spec's {@link
 * ReportRoute} decides how units are cut and how rows are keyed and typed.
 */
public final class ReportRead<R> extends PTransform<PBegin, PCollection<R>> {
  private final ReadSpec spec;
  private final ReportRoute<R> route;

  public ReportRead(ReadSpec spec) {
    this.spec = spec;
    this.route = spec.typedRoute();
  }

  @Override
  public PCollection<R> expand(PBegin input) {
    Coder<R> rowCoder;
    try {
      rowCoder = input.getPipeline().getSchemaRegistry().getSchemaCoder(route.recordClass());
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(route.recordClass().getSimpleName() + " has no schema", e);
    }
    Coder<KV<String, FetchedPage<R>>> pageCoder =
        KvCoder.of(StringUtf8Coder.of(), new FetchedPageCoder<>(rowCoder));

    int inFlight = spec.maxConcurrentRequests();
    Coder<ReadUnit> unitCoder = SerializableCoder.of(ReadUnit.class);
    PCollection<ReadUnit> units =
        input
            .apply("Start", Impulse.create())
            .apply("PlanQueries", ParDo.of(new PlanReadUnitsFn(spec)))
            .setCoder(unitCoder)
            .apply("SpreadQueries", SpreadInBatches.of(4 * inFlight, unit -> 1, unitCoder))
            .apply("QueriesOfABatch", Flatten.iterables());

    FetchFirstPageFn<R> fetchFirst = new FetchFirstPageFn<>(spec);
    PCollectionTuple firstPages =
        units.apply(
            "FetchFirstPages",
            ParDo.of(fetchFirst)
                .withOutputTags(
                    fetchFirst.complete,
                    TupleTagList.of(fetchFirst.checked)
                        .and(FetchFirstPageFn.PENDING_PAGES)
                        .and(FetchFirstPageFn.PENDING_CURSOR)));
    PCollection<R> singlePageRows = firstPages.get(fetchFirst.complete).setCoder(rowCoder);

    PCollection<KV<String, FetchedPage<R>>> numberedPages =
        firstPages
            .get(FetchFirstPageFn.PENDING_PAGES)
            .setCoder(SerializableCoder.of(PendingPages.class))
            .apply(
                "SpreadPages",
                SpreadInBatches.of(
                    4 * ReadPageRangeFn.pagesPerSplit(inFlight),
                    pending -> pending.to() - pending.from(),
                    SerializableCoder.of(PendingPages.class)))
            .apply("ReadPages", ParDo.of(new ReadPageRangeFn<R>(spec)))
            .setCoder(pageCoder);
    PCollection<KV<String, FetchedPage<R>>> cursorPages =
        firstPages
            .get(FetchFirstPageFn.PENDING_CURSOR)
            .setCoder(SerializableCoder.of(PendingCursor.class))
            .apply("SpreadCursorChains", Reshuffle.viaRandomKey())
            .apply("ReadCursorChains", ParDo.of(new ReadCursorChainFn<R>(spec)))
            .setCoder(pageCoder);

    PCollection<KV<String, FetchedPage<R>>> pages =
        PCollectionList.of(firstPages.get(fetchFirst.checked).setCoder(pageCoder))
            .and(numberedPages)
            .and(cursorPages)
            .apply("AllPages", Flatten.pCollections());
    ReportRoute<R> rowRoute = route;
    PCollectionTuple checked =
        pages
            .apply(
                "Summarize",
                MapElements.into(
                        TypeDescriptors.kvs(
                            TypeDescriptors.strings(), TypeDescriptor.of(PageSummary.class)))
                    .via(page -> KV.of(page.getKey(), PageSummary.of(page.getValue(), rowRoute))))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(PageSummary.class)))
            .apply("SummariesByQuery", GroupByKey.create())
            .apply(
                "CheckQueries",
                ParDo.of(new CheckUnitsFn())
                    .withOutputTags(
                        CheckUnitsFn.VERDICTS,
                        TupleTagList.of(CheckUnitsFn.TO_REREAD)
                            .and(CheckUnitsFn.TO_CHECK_MEMBERSHIP)));
    Coder<SeenCampaigns> seenCoder = SerializableCoder.of(SeenCampaigns.class);
    Coder<KV<String, Boolean>> verdictCoder = KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of());
    PCollectionTuple membership =
        checked
            .get(CheckUnitsFn.TO_CHECK_MEMBERSHIP)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), seenCoder))
            .apply("QueriesByInstances", GroupByKey.create())
            .apply(
                "CheckMembership",
                ParDo.of(new CheckMembershipFn<R>(spec))
                    .withOutputTags(
                        CheckUnitsFn.VERDICTS, TupleTagList.of(CheckUnitsFn.TO_REREAD)));
    PCollectionView<Map<String, Boolean>> verdicts =
        PCollectionList.of(checked.get(CheckUnitsFn.VERDICTS).setCoder(verdictCoder))
            .and(membership.get(CheckUnitsFn.VERDICTS).setCoder(verdictCoder))
            .apply("AllVerdicts", Flatten.pCollections())
            .apply("Verdicts", View.asMap());
    PCollection<R> multiPageRows =
        pages
            .apply(
                "EmitConsistentPages",
                ParDo.of(new EmitConsistentPagesFn<R>(verdicts)).withSideInputs(verdicts))
            .setCoder(rowCoder);
    PCollection<R> rereadRows =
        PCollectionList.of(checked.get(CheckUnitsFn.TO_REREAD).setCoder(seenCoder))
            .and(membership.get(CheckUnitsFn.TO_REREAD).setCoder(seenCoder))
            .apply("AllRereads", Flatten.pCollections())
            .apply("SpreadRereads", Reshuffle.viaRandomKey())
            .apply("RereadInPieces", ParDo.of(new ReadUnitInPiecesFn<R>(spec)))
            .setCoder(rowCoder);

    return PCollectionList.of(singlePageRows)
        .and(multiPageRows)
        .and(rereadRows)
        .apply("AllRows", Flatten.pCollections());
  }
}
