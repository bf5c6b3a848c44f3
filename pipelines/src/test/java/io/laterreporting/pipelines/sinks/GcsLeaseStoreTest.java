package io.laterreporting.pipelines.sinks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.google.api.services.storage.Storage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.extensions.gcp.util.Transport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The Cloud Storage lease store against an in-memory stand-in for one object of the JSON API that
 * keeps generations and checks {@code ifGenerationMatch} as Cloud Storage does (412 when it does
 * not match), so that the preconditions the store sends are what decides who holds the lease.
 */
@RunWith(JUnit4.class)
public class GcsLeaseStoreTest {
  private static final String URI = "gs://bucket/later/out/_lease.json";
  private static final Pattern LEASE =
      Pattern.compile("\\{\"runId\":\"[^\"]*\",\"expiresAt\":\"[^\"]*\"\\}");

  /** One object: its content and generation (0: absent), and every request's method and URL. */
  private static final class OneObject extends MockHttpTransport {
    String content;
    long generation;
    long lastGeneration;
    final List<String> requests = new ArrayList<>();

    @Override
    public LowLevelHttpRequest buildRequest(String method, String url) {
      requests.add(method + " " + URLDecoder.decode(url, StandardCharsets.UTF_8));
      return new MockLowLevelHttpRequest(url) {
        @Override
        public LowLevelHttpResponse execute() throws IOException {
          return answer(method, url, this);
        }
      };
    }

    private synchronized LowLevelHttpResponse answer(
        String method, String url, MockLowLevelHttpRequest request) throws IOException {
      Matcher precondition = Pattern.compile("ifGenerationMatch=(\\d+)").matcher(url);
      Long expected = precondition.find() ? Long.valueOf(precondition.group(1)) : null;
      if (expected != null && expected != generation) {
        return json(412, "{\"error\":{\"code\":412,\"message\":\"conditionNotMet\"}}");
      }
      if (method.equals("POST")) {
        Matcher lease = LEASE.matcher(request.getContentAsString());
        assertTrue("a lease in the upload: " + request.getContentAsString(), lease.find());
        content = lease.group();
        generation = ++lastGeneration;
        return json(200, metadata());
      }
      if (generation == 0) {
        return json(404, "{\"error\":{\"code\":404,\"message\":\"No such object\"}}");
      }
      if (method.equals("DELETE")) {
        generation = 0;
        content = null;
        return new MockLowLevelHttpResponse().setStatusCode(204);
      }
      return url.contains("alt=media")
          ? new MockLowLevelHttpResponse().setStatusCode(200).setContent(content)
          : json(200, metadata());
    }

    private String metadata() {
      return "{\"bucket\":\"bucket\",\"name\":\"later/out/_lease.json\",\"generation\":\""
          + generation
          + "\"}";
    }

    private static MockLowLevelHttpResponse json(int status, String body) {
      return new MockLowLevelHttpResponse()
          .setStatusCode(status)
          .setContentType("application/json; charset=UTF-8")
          .setContent(body);
    }
  }

  private static GcsLeaseStore store(OneObject gcs) {
    return new GcsLeaseStore(
        URI,
        new Storage.Builder(gcs, Transport.getJsonFactory(), null)
            .setApplicationName("test")
            .build());
  }

  @Test
  public void givenAnExistingLease_thenCreatingIsRefusedByThePreconditionNotByALook()
      throws Exception {
    OneObject gcs = new OneObject();

    assertTrue(
        store(gcs).createIfAbsent("{\"runId\":\"a\",\"expiresAt\":\"2025-05-01T00:02:00Z\"}"));
    assertFalse(
        store(gcs).createIfAbsent("{\"runId\":\"b\",\"expiresAt\":\"2025-05-01T00:02:00Z\"}"));

    assertThat(gcs.content, containsString("\"runId\":\"a\""));
    assertEquals(2, gcs.requests.size());
    assertTrue(
        gcs.requests.stream()
            .allMatch(r -> r.startsWith("POST") && r.contains("ifGenerationMatch=0")));
  }

  @Test
  public void givenALeaseReplacedSinceItWasRead_thenDeletingTheOldOneLeavesTheNewOne()
      throws Exception {
    OneObject gcs = new OneObject();
    GcsLeaseStore store = store(gcs);
    store.createIfAbsent("{\"runId\":\"a\",\"expiresAt\":\"2025-05-01T00:02:00Z\"}");
    LeaseStore.Stored read = store.read();
    assertTrue(store.deleteIfUnchanged(read));
    store.createIfAbsent("{\"runId\":\"b\",\"expiresAt\":\"2025-05-01T00:04:00Z\"}");

    assertFalse("generation " + read.token + " is gone", store.deleteIfUnchanged(read));
    assertFalse(
        store.replaceIfUnchanged(read, "{\"runId\":\"a\",\"expiresAt\":\"2025-05-01T00:06:00Z\"}"));

    assertThat(store.read().content, containsString("\"runId\":\"b\""));
  }

  @Test
  public void givenTwoRunsAndADeadHolder_thenTheLeaseGoesToOneRunAtATime() throws Exception {
    OneObject gcs = new OneObject();
    SettableClock clock = new SettableClock(Instant.parse("2025-05-01T00:00:00Z"));
    OutputLease.acquire(store(gcs), "dead-run", clock, pause -> {});
    List<Duration> pauses = new ArrayList<>();

    OutputLease next =
        OutputLease.acquire(
            store(gcs),
            "next-run",
            clock,
            pause -> {
              pauses.add(pause);
              clock.advance(OutputLease.TIME_TO_LIVE);
            });

    assertEquals(1, pauses.size());
    assertThat(gcs.content, containsString("next-run"));
    long held = gcs.generation;
    next.close();
    assertNull(gcs.content);
    assertTrue(
        gcs.requests.contains(
            "DELETE https://storage.googleapis.com/storage/v1/b/bucket/o/later/out/_lease.json?ifGenerationMatch="
                + held));
  }
}
