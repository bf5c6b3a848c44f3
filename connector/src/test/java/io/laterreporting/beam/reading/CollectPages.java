package io.laterreporting.beam.reading;

import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.OutputBuilder;
import org.apache.beam.sdk.values.WindowedValues;

/** The pages a reading DoFn emits, called directly in a test, in order. */
final class CollectPages<R> implements DoFn.OutputReceiver<KV<String, FetchedPage<R>>> {
  private final List<FetchedPage<R>> pages;

  CollectPages(List<FetchedPage<R>> pages) {
    this.pages = pages;
  }

  @Override
  public OutputBuilder<KV<String, FetchedPage<R>>> builder(KV<String, FetchedPage<R>> value) {
    return WindowedValues.<KV<String, FetchedPage<R>>>builder()
        .setValue(value)
        .setTimestamp(BoundedWindow.TIMESTAMP_MIN_VALUE)
        .setWindow(GlobalWindow.INSTANCE)
        .setPaneInfo(PaneInfo.NO_FIRING)
        .setReceiver(windowed -> pages.add(windowed.getValue().getValue()));
  }
}
