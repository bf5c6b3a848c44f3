package io.laterreporting.beam.secrets;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Secret Manager secret version, global ({@code
 * projects/PROJECT/secrets/SECRET/versions/VERSION}) or regional ({@code
 * projects/PROJECT/locations/LOCATION/secrets/SECRET/versions/VERSION}). PROJECT is a project id or
 * number, SECRET a secret id ({@code [A-Za-z0-9_-]}, 1..255), VERSION a version number, {@code
 * latest} or a version alias (a letter, then up to 62 letters, digits, '-' or '_'). The name is not
 * secret: it may be logged and displayed.
 *
 * <p>The client library accepts any path segments and fails on the server; this class exists to
 * fail before a pipeline is built, with a message that says what is expected, and to give the
 * templates the same rule as a regex.
 */
public final class SecretVersionName implements Serializable {
  private static final long serialVersionUID = 2L;

  /**
   * The accepted form, as a regex that means the same in Java and POSIX egrep (no \d, no lazy or
   * non-capturing groups). Project ids: 6..30 chars, lower case letter first; or a project number.
   */
  public static final String REGEX =
      "projects/([a-z][-a-z0-9]{4,28}[a-z0-9]|[0-9]+)/(locations/([a-z][-a-z0-9]*[a-z0-9])/)?"
          + "secrets/([-_A-Za-z0-9]{1,255})/versions/([1-9][0-9]*|[A-Za-z][-_A-Za-z0-9]{0,62})";

  /** What {@link #parse} expects, for messages. */
  static final String EXPECTED =
      "projects/PROJECT/secrets/SECRET/versions/VERSION or"
          + " projects/PROJECT/locations/LOCATION/secrets/SECRET/versions/VERSION, with VERSION a number,"
          + " 'latest' or a version alias (project id or number; secret id of letters, digits, '-' and '_')";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private final String project;
  private final String location;
  private final String secret;
  private final String version;

  private SecretVersionName(String project, String location, String secret, String version) {
    this.project = project;
    this.location = location;
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
          "not a Secret Manager version name (value not shown); expected " + EXPECTED);
    }
    return new SecretVersionName(m.group(1), m.group(3), m.group(4), m.group(5));
  }

  public String project() {
    return project;
  }

  /** The location of a regional secret; empty for a global one. */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  public String secret() {
    return secret;
  }

  /** A number, {@code latest} or an alias. */
  public String version() {
    return version;
  }

  /** The full resource name, as the API takes it. */
  public String name() {
    return "projects/"
        + project
        + (location == null ? "" : "/locations/" + location)
        + "/secrets/"
        + secret
        + "/versions/"
        + version;
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
