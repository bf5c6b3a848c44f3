package io.laterreporting.pipelines;

import io.laterreporting.beam.client.SecretSource;
import io.laterreporting.beam.client.SecretSources;

/**
 * Turns the {@code clientSecret} option into the {@link SecretSource} the read carries. The one
 * place to teach other forms of the option, such as Secret Manager references
 * ({@code projects/P/secrets/S/versions/V}), which would resolve on the workers instead of
 * travelling in the job graph.
 */
final class ClientSecretOption {
  private ClientSecretOption() {}

  static SecretSource toSecretSource(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "clientSecret must be a non-blank string, but was " + (value == null ? "not set" : "blank"));
    }
    return SecretSources.ofValue(value.trim());
  }
}
