package io.laterreporting.pipelines.sinks;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.storage.Storage;
import com.google.api.services.storage.model.StorageObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.extensions.gcp.options.GcsOptions;
import org.apache.beam.sdk.extensions.gcp.util.Transport;
import org.apache.beam.sdk.extensions.gcp.util.gcsfs.GcsPath;
import org.apache.beam.sdk.options.PipelineOptions;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The lease object on Cloud Storage, with generation preconditions: created with {@code
 * ifGenerationMatch=0} (fails if the object exists), replaced and deleted with {@code
 * ifGenerationMatch=<the generation read>}. Cloud Storage checks each precondition atomically, so
 * of two runs racing for the lease exactly one wins, also when both take over an expired one. The
 * token is the object's generation.
 */
final class GcsLeaseStore implements LeaseStore {
  private static final int PRECONDITION_FAILED = 412;
  private static final int NOT_FOUND = 404;

  private final String uri;
  private final @Nullable PipelineOptions options;
  private @Nullable Storage storage;

  GcsLeaseStore(String uri, PipelineOptions options) {
    this.uri = uri;
    this.options = options;
  }

  /** With a given client, for tests. */
  GcsLeaseStore(String uri, Storage storage) {
    this.uri = uri;
    this.options = null;
    this.storage = storage;
  }

  private Storage storage() {
    if (storage == null) {
      storage = Transport.newStorageClient(options.as(GcsOptions.class)).build();
    }
    return storage;
  }

  private GcsPath path() {
    return GcsPath.fromUri(uri);
  }

  @Override
  public boolean createIfAbsent(String content) throws IOException {
    return put(content, 0L);
  }

  @Override
  public @Nullable Stored read() throws IOException {
    try {
      StorageObject object =
          storage().objects().get(path().getBucket(), path().getObject()).execute();
      Storage.Objects.Get get = storage().objects().get(path().getBucket(), path().getObject());
      get.setIfGenerationMatch(object.getGeneration());
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      get.executeMediaAndDownloadTo(content);
      return new Stored(
          content.toString(StandardCharsets.UTF_8), String.valueOf(object.getGeneration()));
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() == NOT_FOUND || e.getStatusCode() == PRECONDITION_FAILED) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public boolean replaceIfUnchanged(Stored stored, String content) throws IOException {
    return put(content, Long.parseLong(stored.token));
  }

  @Override
  public boolean deleteIfUnchanged(Stored stored) throws IOException {
    try {
      storage()
          .objects()
          .delete(path().getBucket(), path().getObject())
          .setIfGenerationMatch(Long.parseLong(stored.token))
          .execute();
      return true;
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() == NOT_FOUND || e.getStatusCode() == PRECONDITION_FAILED) {
        return false;
      }
      throw e;
    }
  }

  private boolean put(String content, long ifGenerationMatch) throws IOException {
    try {
      Storage.Objects.Insert insert =
          storage()
              .objects()
              .insert(
                  path().getBucket(),
                  new StorageObject()
                      .setName(path().getObject())
                      .setContentType("application/json"),
                  new ByteArrayContent(
                      "application/json", content.getBytes(StandardCharsets.UTF_8)))
              .setIfGenerationMatch(ifGenerationMatch);
      // One multipart request for a few bytes, not a resumable session.
      insert.getMediaHttpUploader().setDirectUploadEnabled(true);
      insert.setDisableGZipContent(true).execute();
      return true;
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() == PRECONDITION_FAILED) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public String location() {
    return uri;
  }
}
