package io.laterreporting.beam.secrets;

import io.laterreporting.beam.client.SecretSource;
import io.laterreporting.beam.client.SecretSources;

/**
 * Turns a {@code clientSecret} option into a {@link SecretSource}, and the option back into
 * something safe to print.
 *
 * <ul>
 *   <li>{@code projects/P/secrets/S/versions/V}, or regional {@code
 *       projects/P/locations/L/secrets/S/versions/V} (V a number, {@code latest} or an alias): a
 *       {@link SecretManagerSecretSource}, resolved on the worker. Recommended in production.
 *   <li>anything else: the secret itself, by value ({@link SecretSources#ofValue}). It is
 *       serialized into the job graph inside the reading transform (it must reach the workers), so
 *       anyone who can read the job's definition can read it.
 * </ul>
 *
 * <p>Pipeline options are printed and stored by runners ({@code PipelineOptions.toString()}, the
 * options JSON Dataflow keeps with the job and shows in its console, the options' display data,
 * Flink's serialized options): after parsing, replace the option with {@link
 * #redacted(SecretSource)} (see {@link #consume}), so that only a reference or a placeholder stays
 * there.
 */
public final class Secrets {
  /** The placeholder left in the options for a secret given by value. */
  public static final String REDACTED_VALUE = "<redacted: inline value>";

  private Secrets() {}

  /** A reference or a value, as described in the class comment. */
  public static SecretSource parse(String option) {
    if (option == null || option.isBlank()) {
      throw new IllegalArgumentException(
          "clientSecret must be a Secret Manager reference"
              + " projects/PROJECT/[locations/LOCATION/]secrets/SECRET/versions/VERSION (recommended) or the"
              + " secret itself, but was "
              + (option == null ? "not set" : "blank"));
    }
    if (option.equals(REDACTED_VALUE)) {
      throw new IllegalArgumentException(
          "clientSecret: got the placeholder "
              + REDACTED_VALUE
              + ": these options were already used to build"
              + " a pipeline and their secret was removed; pass the secret (or its reference) again");
    }
    String trimmed = option.trim();
    if (SecretVersionName.matches(trimmed)) {
      return SecretManagerSecretSource.of(trimmed);
    }
    if (looksLikeReference(trimmed)) {
      // A mistyped reference must not silently become a secret value sent to the API.
      throw new IllegalArgumentException(
          "clientSecret: starts like a Secret Manager reference but is not one (value not shown); expected "
              + SecretVersionName.EXPECTED);
    }
    return SecretSources.ofValue(option);
  }

  /** True if {@code option} is a Secret Manager version reference (not a secret). */
  public static boolean isReference(String option) {
    return option != null && SecretVersionName.matches(option);
  }

  /** What may stay in printed/stored options for this source: the reference, or a placeholder. */
  public static String redacted(SecretSource source) {
    return source instanceof SecretManagerSecretSource ? source.describe() : REDACTED_VALUE;
  }

  /** The option's setter, to overwrite the value after parsing. */
  @FunctionalInterface
  public interface OptionSetter {
    void set(String value);
  }

  /**
   * {@link #parse} the option, then overwrite it with {@link #redacted}: {@code
   * Secrets.consume(options.getClientSecret(), options::setClientSecret)}. Call it once, before the
   * pipeline is run: the value then only lives in the returned source.
   */
  public static SecretSource consume(String option, OptionSetter setter) {
    SecretSource source = parse(option);
    setter.set(redacted(source));
    return source;
  }

  private static boolean looksLikeReference(String s) {
    return s.startsWith("projects/") && s.contains("/secrets/");
  }
}
