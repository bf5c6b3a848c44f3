package io.laterreporting.beam.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a program in a JVM of its own with every slf4j-simple logger at one level (DEBUG or TRACE,
 * also the loggers a {@code simplelogger.properties} names) and every java.util.logging logger at
 * FINEST, and returns all it wrote to stdout and stderr (where both backends print), to search it
 * for secrets and tokens. The output is kept under {@code target/log-levels/} for a look after a
 * failure.
 */
public final class AtLogLevel {
  /** A JWT: base64url JSON header ({@code eyJ}), a dot, a payload. */
  public static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");

  private AtLogLevel() {}

  /**
   * The output of {@code main} run with {@code args} at {@code level}; fails the test unless it
   * ends with exit code 0 within {@code timeoutSeconds}.
   *
   * @param namedLoggers loggers the test resources' {@code simplelogger.properties} sets
   *     explicitly, set to {@code level} too
   */
  public static String run(
      Class<?> main, String level, List<String> namedLoggers, List<String> args, int timeoutSeconds)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(Path.of("target", "log-levels"));
    String name = main.getSimpleName() + "-" + level;
    Path julConfig = dir.resolve(name + "-logging.properties");
    Files.writeString(
        julConfig,
        "handlers=java.util.logging.ConsoleHandler\n"
            + ".level=FINEST\n"
            + "java.util.logging.ConsoleHandler.level=FINEST\n"
            + "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter\n");
    Path log = dir.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-Djava.util.logging.config.file=" + julConfig);
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + level);
    for (String logger : namedLoggers) {
      command.add("-Dorg.slf4j.simpleLogger.log." + logger + "=" + level);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(name + " finished within " + timeoutSeconds + " s; see " + log, finished);
    assertEquals(name + "'s exit code; its output ends: " + tail(output), 0, process.exitValue());
    return output;
  }

  /**
   * Where {@code output} shows any of {@code secrets} or a JWT, with some context (at most ten).
   * Also checks that the level took effect: HttpClient's DEBUG lines and java.util.logging's FINE
   * lines are there, or a search for leaks would prove nothing.
   */
  public static List<String> leaks(String output, List<String> secrets) {
    assertTrue(
        "slf4j at DEBUG or finer printed Apache HttpClient's lines",
        output.contains("DEBUG org.apache.http"));
    assertTrue("java.util.logging at FINE or finer printed something", output.contains("FINE"));
    List<String> leaks = new ArrayList<>();
    for (String secret : secrets) {
      int at = output.indexOf(secret);
      if (at >= 0) {
        leaks.add("secret at: " + context(output, at));
      }
    }
    Matcher jwt = JWT.matcher(output);
    while (jwt.find() && leaks.size() < 10) {
      leaks.add("JWT at: " + context(output, jwt.start()));
    }
    return leaks;
  }

  private static String context(String text, int at) {
    return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 40))
        .replace('\n', '|');
  }

  private static String tail(String output) {
    return output.substring(Math.max(0, output.length() - 3000));
  }
}
