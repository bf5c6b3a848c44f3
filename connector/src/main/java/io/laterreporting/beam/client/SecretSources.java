package io.laterreporting.beam.client;

import java.util.Objects;

/** Factories of {@link SecretSource}. */
public final class SecretSources {
  private SecretSources() {}

  /**
   * A secret given inline. It is serialized with the pipeline (prefer a secret manager in
   * production); its {@code toString()} shows {@code ***} only.
   */
  public static SecretSource ofValue(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException(
          "secret: got "
              + (secret == null ? "null" : "an empty string")
              + "; a non-empty string is required");
    }
    return new InlineSecret(secret);
  }

  private static final class InlineSecret implements SecretSource {
    private static final long serialVersionUID = 1L;
    private final String value;

    InlineSecret(String value) {
      this.value = value;
    }

    @Override
    public String resolve() {
      return value;
    }

    @Override
    public String describe() {
      return "inline value";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InlineSecret && ((InlineSecret) o).value.equals(value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(InlineSecret.class, value);
    }

    @Override
    public String toString() {
      return "SecretSource{inline value, ***}";
    }
  }
}
