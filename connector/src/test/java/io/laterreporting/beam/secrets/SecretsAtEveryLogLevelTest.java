package io.laterreporting.beam.secrets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * No logger of any library on the classpath prints the secret or a token, at any level: {@link
 * LeakProbe} runs in a JVM of its own with every slf4j logger at DEBUG, then at TRACE, and every
 * java.util.logging logger at FINEST, and all it writes (stdout and stderr, where both backends
 * print) is searched for the secrets and for JWTs. The output must also show that the levels took
 * effect (Apache HttpClient's DEBUG lines, java.util.logging's FINE lines), or the test proves
 * nothing.
 */
@RunWith(JUnit4.class)
public class SecretsAtEveryLogLevelTest {
  /** A JWT: base64url JSON header ({@code eyJ}), a dot, a payload. */
  static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");

  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void givenEveryLoggerAtDebugAndJulAtFinest_thenNoSecretOrTokenInTheOutput() throws Exception {
    checkNoLeaks("debug");
  }

  @Test
  public void givenEveryLoggerAtTraceAndJulAtFinest_thenNoSecretOrTokenInTheOutput() throws Exception {
    checkNoLeaks("trace");
  }

  private void checkNoLeaks(String level) throws Exception {
    String output = runProbe(level);
    assertThat(output, containsString("PROBE PAGE_NUMBER rows=exact"));
    assertThat(output, containsString("PROBE CURSOR rows=exact"));
    assertThat(output, containsString("PROBE rejected=yes"));
    assertThat(output, containsString("PROBE other library: HTTP 200"));
    // The levels took effect: HttpClient's connection handling at DEBUG, the JDK's at FINE.
    assertThat(output, containsString("DEBUG org.apache.http"));
    assertTrue("java.util.logging at FINE or finer printed something", output.contains("FINE"));

    List<String> leaks = new ArrayList<>();
    for (String secret : List.of(LeakProbe.SECRET, LeakProbe.WRONG_SECRET)) {
      int at = output.indexOf(secret);
      if (at >= 0) {
        leaks.add("secret at: " + context(output, at));
      }
    }
    Matcher jwt = JWT.matcher(output);
    while (jwt.find() && leaks.size() < 10) {
      leaks.add("JWT at: " + context(output, jwt.start()));
    }
    assertEquals("secrets or tokens in the output at " + level, List.of(), leaks);
  }

  private static String context(String text, int at) {
    return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 40)).replace('\n', '|');
  }

  /** Runs {@link LeakProbe} in a new JVM at {@code level}; its whole output. */
  private String runProbe(String level) throws Exception {
    Path julConfig = folder.newFile("logging.properties").toPath();
    Files.writeString(
        julConfig,
        "handlers=java.util.logging.ConsoleHandler\n"
            + ".level=FINEST\n"
            + "java.util.logging.ConsoleHandler.level=FINEST\n"
            + "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter\n");
    // Kept under target/ for a look after a failure.
    Path log = Files.createDirectories(Path.of("target", "leak-probe")).resolve(level + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Djava.util.logging.config.file=" + julConfig);
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + level);
    // The test resources name some loggers explicitly; those are set to the level under test too.
    command.add("-Dorg.slf4j.simpleLogger.log.io.laterreporting=" + level);
    command.add("-Dorg.slf4j.simpleLogger.log.io.laterreporting.beam.client=" + level);
    command.add("-Dorg.slf4j.simpleLogger.logFile=System.out");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LeakProbe.class.getName());
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue("the probe finished within 120 s", finished);
    assertEquals("the probe's exit code; its output ends: " + tail(output), 0, process.exitValue());
    return output;
  }

  private static String tail(String output) {
    return output.substring(Math.max(0, output.length() - 3000));
  }
}
