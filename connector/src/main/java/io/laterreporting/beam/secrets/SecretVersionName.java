package io.laterreporting.beam.secrets;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Secret Manager secret version: {@code projects/PROJECT/secrets/SECRET/versions/VERSION}, where
 * PROJECT is a project id or number, SECRET a secret id ({@code [A-Za-z0-9_-]}, 1..255) and VERSION
 * a version number or {@code latest}. The name is not secret: it may be logged and displayed.
 */
public final class SecretVersionName implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The accepted form, as a regex that means the same in Java and POSIX egrep (no \d, no lazy or
   * non-capturing groups). Project ids: 6..30 chars, lower case letter first; or a project number.
   */
  public static final String REGEX =
      "projects/([a-z][-a-z0-9]{4,28}[a-z0-9]|[0-9]+)/secrets/([-_A-Za-z0-9]{1,255})/versions/([1-9][0-9]*|latest)";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private final String project;
  private final String secret;
  private final String version;

  private SecretVersionName(String project, String secret, String version) {
    this.project = project;
    this.secret = secret;
    this.version = version;
  }

  /** True if {@code text} (trimmed) has the form of a secret version name. */
  public static boolean matches(String text) {
    return text != null && PATTERN.matcher(text.trim()).matches();
  }

  /**
   * Parses a version name. The message of the exception never repeats {@code text}: a caller may
   * have passed a secret value by mistake.
   */
  public static SecretVersionName parse(String text) {
    Matcher m = text == null ? null : PATTERN.matcher(text.trim());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "not a Secret Manager version name (value not shown); expected "
              + "projects/PROJECT/secrets/SECRET/versions/VERSION with VERSION a number or 'latest'");
    }
    return new SecretVersionName(m.group(1), m.group(2), m.group(3));
  }

  public String project() {
    return project;
  }

  public String secret() {
    return secret;
  }

  public String version() {
    return version;
  }

  /** {@code projects/P/secrets/S/versions/V}. */
  public String name() {
    return "projects/" + project + "/secrets/" + secret + "/versions/" + version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretVersionName && ((SecretVersionName) o).name().equals(name());
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
