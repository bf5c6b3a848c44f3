package io.laterreporting.beam.secrets;

import java.io.IOException;
import java.io.Serializable;

/**
 * An OAuth2 access token for Google APIs, obtained where the secret is resolved (on the worker).
 * Serialized with the pipeline, so implementations hold how to get a token, never a token.
 */
@FunctionalInterface
public interface AccessTokenSource extends Serializable {
  String accessToken() throws IOException;
}
