package io.laterreporting.emulator;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A performance route whose answer is a paginated list of rows of type {@code R}: its descriptor,
 * how its rows are computed (by the oracle, in the stable order), which of them tie on the sort key
 * (null: never), and how one is written. {@link ReportEndpoint} does the rest (scope, validation,
 * cache, unstable order, pagination); a new list route is one more factory here.
 */
record ListReport<R>(
    ReportDescriptor descriptor,
    BiFunction<Dataset, PerformanceQueryParser.PerformanceQuery, List<R>> rows,
    Function<RowQuery, Comparator<R>> tieKey,
    BiFunction<R, List<String>, byte[]> renderer) {

  static ListReport<ExpectedRow> campaigns(RowRenderer renderer) {
    return new ListReport<>(
        ReportDescriptor.CAMPAIGNS,
        (dataset, query) -> dataset.campaignRows(query.rows()),
        query ->
            RowOrder.byKey(ReportDescriptor.CAMPAIGNS.sortProperty(query), query.sortDirection()),
        renderer::performanceRow);
  }

  static ListReport<ExpectedPost> posts(ReportRenderer renderer) {
    return new ListReport<>(
        ReportDescriptor.POSTS,
        (dataset, query) -> dataset.postRows(query.rows()),
        query -> RowOrder.posts(ReportDescriptor.POSTS.sortProperty(query), query.sortDirection()),
        renderer::post);
  }

  static ListReport<ExpectedCreator> creators(ReportRenderer renderer) {
    return new ListReport<>(
        ReportDescriptor.CREATORS,
        (dataset, query) -> dataset.creatorRows(query.rows()),
        query ->
            RowOrder.creators(ReportDescriptor.CREATORS.sortProperty(query), query.sortDirection()),
        renderer::creator);
  }

  static ListReport<ExpectedBucket> instancesOverTime(ReportRenderer renderer) {
    return new ListReport<>(
        ReportDescriptor.INSTANCES_OVER_TIME,
        (dataset, query) -> dataset.instanceSeries(query.rows(), query.granularity()),
        query -> null,
        renderer::bucket);
  }
}
