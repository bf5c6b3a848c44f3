/**
 * One descriptor per report route of the API ({@link io.laterreporting.beam.routes.ReportRoute}):
 * what differs between routes (path and body format, metric table, sortable properties, row key,
 * and which cuts of a read keep rows exact), so that the read, the planner and the exactness check
 * are written once for all of them. {@link io.laterreporting.beam.routes.Routes} lists them by the
 * names options use ({@code campaigns|posts|creators|instances|instancesOverTime}).
 *
 * <p>Not described: whether {@code metrics} is required. The contract requires it on every route in
 * generation B and the client always sends it (the query's or the route's whole table), so no route
 * differs there.
 */
package io.laterreporting.beam.routes;
