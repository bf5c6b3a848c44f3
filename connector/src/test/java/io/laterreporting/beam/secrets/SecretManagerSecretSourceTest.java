package io.laterreporting.beam.secrets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SecretManagerSecretSourceTest {
  private static final String NAME = "projects/my-project/secrets/later-client-secret/versions/3";
  private static final String SECRET = "s3cr3t-Value-42";

  private SecretManagerStandIn standIn;

  @Before
  public void setUp() {
    SecretManagerSecretSource.clearCache();
    standIn = new SecretManagerStandIn();
  }

  @After
  public void tearDown() {
    standIn.close();
    SecretManagerSecretSource.clearCache();
  }

  private SecretManagerSecretSource source(String name) {
    return SecretManagerSecretSource.of(SecretVersionName.parse(name), standIn.client());
  }

  @Test
  public void givenStoredVersion_thenResolveReturnsItsPayloadFromTheAccessRoute() {
    standIn.put(NAME, SECRET);

    assertEquals(SECRET, source(NAME).resolve());
    assertEquals(List.of("GET /v1/" + NAME + ":access"), standIn.requests());
  }

  @Test
  public void givenLatestVersion_thenItIsRequestedByThatName() {
    String latest = "projects/123456789/secrets/later_secret/versions/latest";
    standIn.put(latest, SECRET);

    assertEquals(SECRET, source(latest).resolve());
    assertEquals(List.of("GET /v1/" + latest + ":access"), standIn.requests());
  }

  @Test
  public void givenPayloadEndingWithNewline_thenTheLineEndIsDropped() {
    standIn.put(NAME, SECRET + "\r\n");

    assertEquals(SECRET, source(NAME).resolve());
  }

  @Test
  public void givenResolvedTwice_thenSecretManagerIsAskedOnce() {
    standIn.put(NAME, SECRET);
    SecretManagerSecretSource source = source(NAME);

    source.resolve();
    SerializableUtils.clone(source).resolve();

    assertEquals(1, standIn.requests().size());
  }

  @Test
  public void givenPermissionDenied_thenMessageNamesVersionStatusAndRole() {
    SecretAccessException e = assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertEquals(403, e.httpStatus());
    assertThat(e.getMessage(), containsString("cannot access " + NAME + " at " + standIn.endpoint()));
    assertThat(e.getMessage(), containsString("HTTP 403 PERMISSION_DENIED"));
    assertThat(e.getMessage(), containsString("roles/secretmanager.secretAccessor"));
    assertEquals(1, standIn.requests().size());
  }

  @Test
  public void givenUnavailableOnce_thenRetriedAndResolved() {
    standIn.put(NAME, SECRET);
    standIn.failNext(503);

    assertEquals(SECRET, source(NAME).resolve());
    assertEquals(2, standIn.requests().size());
  }

  @Test
  public void givenUnavailableEveryTime_thenFailsAfterTheAttemptBudget() {
    standIn.put(NAME, SECRET);
    standIn.failNext(503);
    standIn.failNext(503);
    standIn.failNext(503);

    SecretAccessException e = assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertEquals(503, e.httpStatus());
    assertThat(e.getMessage(), containsString("(after 3 attempts)"));
    assertEquals(3, standIn.requests().size());
  }

  @Test
  public void givenWrongAccessToken_thenUnauthenticatedWithoutRetry() {
    standIn.put(NAME, SECRET);
    SecretManagerSecretSource source =
        SecretManagerSecretSource.of(
            SecretVersionName.parse(NAME), standIn.client().withTokenSource(() -> "other-token"));

    SecretAccessException e = assertThrows(SecretAccessException.class, source::resolve);

    assertEquals(401, e.httpStatus());
    assertEquals(1, standIn.requests().size());
  }

  @Test
  public void givenChecksumMismatch_thenFailsWithoutShowingThePayload() {
    standIn.put(NAME, SECRET);
    standIn.corruptCrc(true);

    SecretAccessException e = assertThrows(SecretAccessException.class, () -> source(NAME).resolve());

    assertThat(e.getMessage(), containsString("does not match its dataCrc32c"));
    assertThat(e.getMessage(), not(containsString(SECRET)));
  }

  @Test
  public void givenSource_thenDescribeAndToStringShowTheReferenceOnly() {
    standIn.put(NAME, SECRET);
    SecretManagerSecretSource source = source(NAME);
    source.resolve();

    assertEquals(NAME, source.describe());
    assertEquals("SecretSource{Secret Manager " + NAME + " via " + standIn.endpoint() + "}", source.toString());
  }

  @Test
  public void givenSerializedSource_thenItCarriesTheNameButNoValue() {
    standIn.put(NAME, SECRET);
    SecretManagerSecretSource source = source(NAME);
    source.resolve();

    String bytes = new String(SerializableUtils.serializeToByteArray(source), java.nio.charset.StandardCharsets.ISO_8859_1);
    SecretManagerSecretSource copy = (SecretManagerSecretSource) SerializableUtils.clone(source);

    assertThat(bytes, not(containsString(SECRET)));
    assertEquals(source.name(), copy.name());
    assertEquals(source.client().endpoint(), copy.client().endpoint());
  }

  @Test
  public void givenPlainHttpToAnotherHost_thenEndpointRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RestSecretManagerClient.create().withEndpoint("http://secretmanager.example.com"));

    assertThat(e.getMessage(), containsString("http:// only to a loopback host"));
  }
}
