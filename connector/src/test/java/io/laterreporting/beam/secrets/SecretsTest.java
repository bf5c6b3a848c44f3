package io.laterreporting.beam.secrets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.client.SecretSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;

public class SecretsTest {
  @Test
  public void givenVersionReference_thenSecretManagerSourceDescribedByTheReference() {
    SecretSource source = Secrets.parse("projects/my-project/secrets/later/versions/7");

    assertThat(source, instanceOf(SecretManagerSecretSource.class));
    assertEquals("projects/my-project/secrets/later/versions/7", source.describe());
    assertEquals(
        SecretManagerConnection.applicationDefault(),
        ((SecretManagerSecretSource) source).connection());
  }

  @Test
  public void givenLatestWithProjectNumber_thenReference() {
    SecretManagerSecretSource source =
        (SecretManagerSecretSource)
            Secrets.parse(" projects/123456/secrets/Later_Secret-1/versions/latest ");

    assertEquals("123456", source.name().project());
    assertEquals("Later_Secret-1", source.name().secret());
    assertEquals("latest", source.name().version());
  }

  @Test
  public void givenRegionalReferenceWithAlias_thenReferenceWithItsLocation() {
    SecretManagerSecretSource source =
        (SecretManagerSecretSource)
            Secrets.parse("projects/my-project/locations/us-central1/secrets/later/versions/prod");

    assertEquals("us-central1", source.name().location().orElseThrow());
    assertEquals("prod", source.name().version());
    assertEquals(
        "projects/my-project/locations/us-central1/secrets/later/versions/prod", source.describe());
  }

  @Test
  public void givenPlainValue_thenInlineSourceDescribedAsInlineValue() {
    SecretSource source = Secrets.parse("a-plain-secret");

    assertEquals("inline value", source.describe());
    assertEquals("a-plain-secret", source.resolve());
    assertThat(source.toString(), not(containsString("a-plain-secret")));
  }

  @Test
  public void givenMistypedReference_thenRejectedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Secrets.parse("projects/p/secrets/s/versions/0x1"));

    assertThat(
        e.getMessage(), containsString("starts like a Secret Manager reference but is not one"));
    assertThat(
        e.getMessage(),
        containsString("projects/PROJECT/locations/LOCATION/secrets/SECRET/versions/VERSION"));
    assertThat(e.getMessage(), not(containsString("0x1")));
  }

  @Test
  public void givenBlank_thenRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Secrets.parse("  "));

    assertThat(e.getMessage(), containsString("clientSecret must be a Secret Manager reference"));
    assertThat(e.getMessage(), containsString("but was blank"));
  }

  @Test
  public void givenValueConsumed_thenOptionHoldsThePlaceholder() {
    AtomicReference<String> option = new AtomicReference<>("a-plain-secret");

    SecretSource source = Secrets.consume(option.get(), option::set);

    assertEquals("a-plain-secret", source.resolve());
    assertEquals(Secrets.REDACTED_VALUE, option.get());
  }

  @Test
  public void givenReferenceConsumed_thenOptionKeepsTheReference() {
    String ref = "projects/my-project/secrets/later/versions/latest";
    AtomicReference<String> option = new AtomicReference<>(ref);

    Secrets.consume(option.get(), option::set);

    assertEquals(ref, option.get());
  }

  @Test
  public void givenPlaceholderParsedAgain_thenRejectedInsteadOfSentAsSecret() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Secrets.parse(Secrets.REDACTED_VALUE));

    assertThat(e.getMessage(), containsString("already used to build a pipeline"));
  }

  @Test
  public void givenRegex_thenAcceptsReferencesAndRejectsOthers() {
    assertTrue(Secrets.isReference("projects/abcdef/secrets/x/versions/1"));
    assertTrue(Secrets.isReference("projects/my-proj-1/secrets/A_b-9/versions/latest"));
    assertTrue(Secrets.isReference("projects/my-proj-1/secrets/A_b-9/versions/blue-2"));
    assertTrue(Secrets.isReference("projects/123/locations/europe-west4/secrets/x/versions/1"));
    assertFalse(
        Secrets.isReference(
            "projects/abcdef/secrets/x/versions/2nd")); // alias starts with a letter
    assertFalse(Secrets.isReference("projects/abcdef/locations//secrets/x/versions/1"));
    assertFalse(Secrets.isReference("projects/abc/secrets/x/versions/1")); // project id too short
    assertFalse(Secrets.isReference("projects/abcdef/secrets/x/versions/0"));
    assertFalse(Secrets.isReference("projects/abcdef/secrets/x/versions/1/extra"));
    assertFalse(Secrets.isReference("projects/abcdef/secrets/x"));
    assertFalse(Secrets.isReference("hunter2"));
  }
}
