package io.laterreporting.beam.secrets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import io.laterreporting.beam.testing.AtLogLevel;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * No logger of any library on the classpath prints the secret or a token, at any level: {@link
 * LeakProbe} (reads under faults of every kind in both pagination generations, token renewals, a
 * rejected secret, another google-http-client user of the JVM) runs with every slf4j logger at
 * DEBUG, then at TRACE, and every java.util.logging logger at FINEST, and all it writes is searched
 * for the secrets and for JWTs.
 */
@RunWith(JUnit4.class)
public class SecretsAtEveryLogLevelTest {
  /** The loggers the test resources' simplelogger.properties name. */
  private static final List<String> NAMED =
      List.of("io.laterreporting", "io.laterreporting.beam.client");

  @Test
  public void givenEveryLoggerAtDebugAndJulAtFinest_thenNoSecretOrTokenInTheOutput()
      throws Exception {
    checkNoLeaks("debug");
  }

  @Test
  public void givenEveryLoggerAtTraceAndJulAtFinest_thenNoSecretOrTokenInTheOutput()
      throws Exception {
    checkNoLeaks("trace");
  }

  private static void checkNoLeaks(String level) throws Exception {
    String output = AtLogLevel.run(LeakProbe.class, level, NAMED, List.of(), 180);
    assertThat(output, containsString("PROBE PAGE_NUMBER rows=exact"));
    assertThat(output, containsString("PROBE CURSOR rows=exact"));
    assertThat(output, containsString("PROBE rejected=yes"));
    assertThat(output, containsString("PROBE other library: HTTP 200"));
    assertEquals(
        "secrets or tokens in the output at " + level,
        List.of(),
        AtLogLevel.leaks(output, List.of(LeakProbe.SECRET, LeakProbe.WRONG_SECRET)));
  }
}
