package io.laterreporting.beam.secrets;

import com.google.api.gax.rpc.ApiException;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretPayload;
import java.io.IOException;
import java.util.zip.CRC32C;

/**
 * The one call this project makes to Secret Manager, through Google's client library: access a
 * version's payload. The library retries what its service config calls transient (UNAVAILABLE,
 * RESOURCE_EXHAUSTED) within its deadline; here the failures become one message naming the version,
 * the status and what to check, never the payload. A client (a gRPC channel) is made per call:
 * values are cached (see {@link SecretManagerSecretSource}), so a worker calls a few times a job.
 */
final class SecretManagerAccess {
  private SecretManagerAccess() {}

  static byte[] access(SecretManagerConnection connection, SecretVersionName name) {
    String where = "Secret Manager: cannot access " + name;
    try (SecretManagerServiceClient client =
        SecretManagerServiceClient.create(connection.settings(name))) {
      AccessSecretVersionResponse response = client.accessSecretVersion(name.name());
      return verified(where, response.getPayload());
    } catch (ApiException e) {
      String code = e.getStatusCode().getCode().name();
      throw new SecretAccessException(
          where + ": " + code + " " + serverMessage(e) + hint(code), code, e);
    } catch (IOException e) {
      throw new SecretAccessException(
          where + ": cannot create the client: " + e.getMessage(), "UNKNOWN", e);
    }
  }

  private static byte[] verified(String where, SecretPayload payload) {
    byte[] bytes = payload.getData().toByteArray();
    if (payload.hasDataCrc32C()) {
      CRC32C crc = new CRC32C();
      crc.update(bytes);
      if (crc.getValue() != payload.getDataCrc32C()) {
        throw new SecretAccessException(
            where + ": the payload does not match its data_crc32c (corrupted in transit)",
            "OK",
            null);
      }
    }
    return bytes;
  }

  /** Google's error message, without the exception class names the library prefixes. */
  private static String serverMessage(ApiException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(": ");
    return message.startsWith("io.grpc.StatusRuntimeException") && colon >= 0
        ? message.substring(colon + 2)
        : message;
  }

  private static String hint(String code) {
    switch (code) {
      case "UNAUTHENTICATED":
        return "; the credentials were rejected: check the worker's Application Default Credentials";
      case "PERMISSION_DENIED":
        return "; the service account that resolves it (on Dataflow: the worker service account) needs"
            + " roles/secretmanager.secretAccessor on the secret, and the Secret Manager API must be enabled";
      case "NOT_FOUND":
        return "; no such secret, version or alias in that project (a regional secret needs its"
            + " locations/LOCATION in the name)";
      case "FAILED_PRECONDITION":
        return "; the version is disabled or destroyed";
      default:
        return "";
    }
  }
}
