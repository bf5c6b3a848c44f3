package io.laterreporting.beam.client;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The token route refused the credentials (401 or 403, including older gateways' {@code
 * INVALID_CLIENT_CREDENTIALS}, {@code CLIENT_DISABLED}, {@code NO_ACCESSIBLE_INSTANCES} and an
 * empty 403), or a data route answered 401 again right after a fresh token. Not retried.
 */
public class CredentialsRejectedException extends LaterApiException {
  private static final long serialVersionUID = 1L;

  CredentialsRejectedException(
      ApiRoute route,
      int status,
      @Nullable String type,
      @Nullable String title,
      @Nullable String detail,
      String parameters,
      String why) {
    super(route, status, type, title, detail, parameters, "Credentials rejected: " + why, null);
  }
}
