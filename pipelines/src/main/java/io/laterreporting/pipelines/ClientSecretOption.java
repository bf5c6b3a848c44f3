package io.laterreporting.pipelines;

import io.laterreporting.beam.client.SecretSource;
import io.laterreporting.beam.secrets.Secrets;

/**
 * Turns the {@code clientSecret} option into the {@link SecretSource} the read carries: a Secret
 * Manager reference ({@code projects/P/secrets/S/versions/V}, resolved on the workers) or the
 * secret itself (serialized into the job graph). See {@link Secrets}.
 */
final class ClientSecretOption {
  private ClientSecretOption() {}

  static SecretSource toSecretSource(String value) {
    return Secrets.parse(value);
  }

  /**
   * The source, after which the option holds only the reference or a placeholder: {@code
   * options.toString()}, which runners print, shows no secret; the value lives on in the source.
   */
  static SecretSource consume(ExportOptions options) {
    return Secrets.consume(options.getClientSecret(), options::setClientSecret);
  }
}
