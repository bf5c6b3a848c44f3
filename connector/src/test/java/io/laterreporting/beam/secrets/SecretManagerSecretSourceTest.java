package io.laterreporting.beam.secrets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Resolution through Google's client library against {@link FakeSecretManager} (in-process gRPC).
 */
public class SecretManagerSecretSourceTest {
  private static final String GLOBAL_ENDPOINT = "secretmanager.googleapis.com:443";
  private static final String NAME = "projects/my-project/secrets/later-client-secret/versions/3";
  private static final String SECRET = "s3cr3t-Value-42";

  private FakeSecretManager fake;

  @Before
  public void setUp() {
    SecretManagerSecretSource.clearCache();
    fake = new FakeSecretManager();
  }

  @After
  public void tearDown() {
    fake.close();
    SecretManagerSecretSource.clearCache();
  }

  private SecretManagerSecretSource source(String name) {
    return SecretManagerSecretSource.of(SecretVersionName.parse(name), fake.connection());
  }

  @Test
  public void givenGlobalVersion_thenReadFromTheGlobalEndpointByItsName() {
    fake.put(NAME, SECRET);

    assertEquals(SECRET, source(NAME).resolve());
    assertEquals(List.of(GLOBAL_ENDPOINT + " " + NAME), fake.requestLog());
  }

  @Test
  public void givenRegionalVersion_thenReadFromItsRegionsEndpoint() {
    String regional =
        "projects/123456789/locations/europe-west1/secrets/later_secret/versions/latest";
    fake.put(regional, SECRET);

    assertEquals(SECRET, source(regional).resolve());
    assertEquals(
        List.of("secretmanager.europe-west1.rep.googleapis.com:443 " + regional),
        fake.requestLog());
  }

  @Test
  public void givenVersionAlias_thenRequestedByTheAlias() {
    String alias = "projects/my-project/secrets/later-client-secret/versions/prod_2025-q1";
    fake.put(alias, SECRET);

    assertEquals(SECRET, source(alias).resolve());
    assertEquals(List.of(GLOBAL_ENDPOINT + " " + alias), fake.requestLog());
  }

  @Test
  public void givenPayloadEndingWithNewline_thenTheLineEndIsDropped() {
    fake.put(NAME, SECRET + "\r\n");

    assertEquals(SECRET, source(NAME).resolve());
  }

  @Test
  public void givenResolvedTwiceInOneJvm_thenSecretManagerIsAskedOnce() {
    fake.put(NAME, SECRET);
    SecretManagerSecretSource source = source(NAME);

    source.resolve();
    SerializableUtils.clone(source).resolve();

    assertEquals(1, fake.requestLog().size());
  }

  @Test
  public void givenTwoCredentials_thenNeitherSeesTheOthersCachedValue() {
    fake.put(NAME, "value-seen-by-a");
    SecretManagerSecretSource asA =
        SecretManagerSecretSource.of(SecretVersionName.parse(NAME), fake.connection("a"));
    SecretManagerSecretSource asB = asA.withConnection(fake.connection("b"));

    assertEquals("value-seen-by-a", asA.resolve());
    fake.put(NAME, "value-seen-by-b");

    assertEquals("value-seen-by-b", asB.resolve());
    assertEquals("value-seen-by-a", asA.resolve());
    assertEquals(2, fake.requestLog().size());
  }

  @Test
  public void givenCachedValueOlderThanTheTtl_thenReadAgain() {
    AtomicLong now = new AtomicLong(1_000_000);
    SecretCache cache = new SecretCache(now::get);
    fake.put(NAME, "before-rotation");
    SecretManagerSecretSource source = source(NAME);

    assertEquals("before-rotation", source.resolve(cache));
    fake.put(NAME, "after-rotation");
    now.addAndGet(SecretManagerSecretSource.DEFAULT_CACHE_TTL.toMillis() - 1);
    assertEquals("before-rotation", source.resolve(cache));
    now.addAndGet(1);

    assertEquals("after-rotation", source.resolve(cache));
    assertEquals(2, fake.requestLog().size());
  }

  @Test
  public void givenPermissionDenied_thenMessageNamesVersionStatusAndRoleWithoutRetry() {
    fake.put(NAME, SECRET);
    fake.failNext(Status.Code.PERMISSION_DENIED);

    SecretAccessException e =
        assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertEquals("PERMISSION_DENIED", e.statusCode());
    assertThat(e.getMessage(), containsString("cannot access " + NAME + ": PERMISSION_DENIED"));
    assertThat(e.getMessage(), containsString("roles/secretmanager.secretAccessor"));
    assertEquals(1, fake.requestLog().size());
  }

  @Test
  public void givenUnknownVersion_thenNotFoundNamesIt() {
    SecretAccessException e =
        assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertEquals("NOT_FOUND", e.statusCode());
    assertThat(e.getMessage(), containsString("no such secret, version or alias"));
  }

  @Test
  public void givenUnauthenticated_thenFailsWithoutRetry() {
    fake.put(NAME, SECRET);
    fake.failNext(Status.Code.UNAUTHENTICATED);

    SecretAccessException e =
        assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertEquals("UNAUTHENTICATED", e.statusCode());
    assertEquals(1, fake.requestLog().size());
  }

  @Test
  public void givenUnavailableOnce_thenTheLibraryRetriesAndResolves() {
    fake.put(NAME, SECRET);
    fake.failNext(Status.Code.UNAVAILABLE);

    assertEquals(SECRET, source(NAME).resolve());
    assertEquals(2, fake.requestLog().size());
  }

  @Test
  public void givenUnavailableEveryTime_thenFailsAfterTheAttemptBudget() {
    fake.put(NAME, SECRET);
    for (int i = 0; i < 3; i++) {
      fake.failNext(Status.Code.UNAVAILABLE);
    }

    SecretAccessException e =
        assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertEquals("UNAVAILABLE", e.statusCode());
    assertEquals(3, fake.requestLog().size());
  }

  @Test
  public void givenChecksumMismatch_thenFailsWithoutShowingThePayload() {
    fake.put(NAME, SECRET);
    fake.corruptCrc(true);

    SecretAccessException e =
        assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertThat(e.getMessage(), containsString("does not match its data_crc32c"));
    assertThat(e.getMessage(), not(containsString(SECRET)));
  }

  @Test
  public void givenSource_thenDescribeAndToStringShowTheReferenceOnly() {
    fake.put(NAME, SECRET);
    SecretManagerSecretSource source = source(NAME);
    source.resolve();

    assertEquals(NAME, source.describe());
    assertEquals(
        "SecretSource{Secret Manager " + NAME + " via " + fake.connection().cacheKey() + "}",
        source.toString());
  }

  @Test
  public void givenSerializedSource_thenItCarriesTheNameButNoValue() {
    fake.put(NAME, SECRET);
    SecretManagerSecretSource source = source(NAME);
    source.resolve();

    String bytes =
        new String(SerializableUtils.serializeToByteArray(source), StandardCharsets.ISO_8859_1);
    SecretManagerSecretSource copy = (SecretManagerSecretSource) SerializableUtils.clone(source);

    assertThat(bytes, not(containsString(SECRET)));
    assertEquals(source, copy);
  }

  @Test
  public void
      givenDefaultConnection_thenApplicationDefaultCredentialsAndTheSameInstanceAfterSerialization() {
    SecretManagerSecretSource source = SecretManagerSecretSource.of(NAME);

    assertEquals(SecretManagerConnection.applicationDefault(), source.connection());
    assertEquals(source, SerializableUtils.clone(source));
  }
}
