package io.laterreporting.pipelines.reliability;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.rules.ExternalResource;

/**
 * Copies everything written to {@code System.out} and {@code System.err} (where slf4j-simple logs
 * in tests, looked up on every log call) while the rule is active, still passing it through, and
 * every java.util.logging record at any level (FINEST included: the root logger is opened to ALL
 * while the rule is active). Then {@link #leaks} finds secrets and JWTs in what was captured.
 */
final class StreamCapture extends ExternalResource {
  /** A JWT: base64url header starting {@code {"} ({@code eyJ}), a dot, a payload. */
  static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private Level originalJulLevel;
  private final Handler jul =
      new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          byte[] line = format.format(record).getBytes(StandardCharsets.UTF_8);
          synchronized (captured) {
            captured.write(line, 0, line.length);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @Override
  protected void before() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(tee(originalOut));
    System.setErr(tee(originalErr));
    Logger root = Logger.getLogger("");
    originalJulLevel = root.getLevel();
    jul.setLevel(Level.ALL);
    root.addHandler(jul);
    root.setLevel(Level.ALL);
  }

  @Override
  protected void after() {
    Logger root = Logger.getLogger("");
    root.removeHandler(jul);
    root.setLevel(originalJulLevel);
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private PrintStream tee(PrintStream original) {
    OutputStream both =
        new OutputStream() {
          @Override
          public void write(int b) {
            synchronized (captured) {
              captured.write(b);
            }
            original.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            synchronized (captured) {
              captured.write(b, off, len);
            }
            original.write(b, off, len);
          }
        };
    return new PrintStream(both, true, StandardCharsets.UTF_8);
  }

  String text() {
    synchronized (captured) {
      return captured.toString(StandardCharsets.UTF_8);
    }
  }

  /** Every occurrence of a secret or a JWT in {@code text}, for an assertion message. */
  static List<String> leaks(String text, List<String> secrets) {
    List<String> found = new ArrayList<>();
    for (String secret : secrets) {
      if (text.contains(secret)) {
        found.add("secret '" + secret + "'");
      }
    }
    Matcher jwt = JWT.matcher(text);
    while (jwt.find()) {
      found.add("JWT " + jwt.group().substring(0, 12) + "...");
    }
    return found;
  }
}
