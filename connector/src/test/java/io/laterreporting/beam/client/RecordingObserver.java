package io.laterreporting.beam.client;

import java.util.ArrayList;
import java.util.List;

/** Records every callback, thread-safely. */
final class RecordingObserver implements ClientObserver {
  private static final long serialVersionUID = 1L;

  final List<String> responses = new ArrayList<>();
  final List<RetryCause> retries = new ArrayList<>();
  final List<Long> throttled = new ArrayList<>();
  int tokensMinted;

  @Override
  public synchronized void onResponse(ApiRoute route, int status) {
    responses.add(route.name() + " " + status);
  }

  @Override
  public synchronized void onRetry(RetryCause cause) {
    retries.add(cause);
  }

  @Override
  public synchronized void onTokenMinted() {
    tokensMinted++;
  }

  @Override
  public synchronized void onThrottled(long millis) {
    throttled.add(millis);
  }

  synchronized List<String> responses() {
    return new ArrayList<>(responses);
  }

  synchronized List<RetryCause> retries() {
    return new ArrayList<>(retries);
  }

  synchronized List<Long> throttled() {
    return new ArrayList<>(throttled);
  }

  synchronized int tokensMinted() {
    return tokensMinted;
  }
}
