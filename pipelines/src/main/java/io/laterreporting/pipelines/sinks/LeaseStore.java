package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.nio.file.Paths;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One small file that at most one writer can create: the storage side of {@link OutputLease}. Each
 * operation is conditional, so two runs that race never both believe they hold the lease.
 */
interface LeaseStore {
  /** The lease as stored, with the token that conditional operations compare. */
  final class Stored {
    final String content;
    final String token;

    Stored(String content, String token) {
      this.content = content;
      this.token = token;
    }
  }

  /** Creates the file holding {@code content} if there is none; whether it was created. */
  boolean createIfAbsent(String content) throws IOException;

  /** The file, or null if there is none. */
  @Nullable Stored read() throws IOException;

  /** Replaces the file with {@code content} if it is still {@code stored}; whether it was. */
  boolean replaceIfUnchanged(Stored stored, String content) throws IOException;

  /** Deletes the file if it is still {@code stored}; whether it was. */
  boolean deleteIfUnchanged(Stored stored) throws IOException;

  /** Where the file is, for messages. */
  String location();

  /** The store for {@code file}: Cloud Storage for {@code gs://}, else the local file system. */
  static LeaseStore of(ResourceId file, PipelineOptions options) {
    String scheme = file.getScheme();
    if ("gs".equals(scheme)) {
      return new GcsLeaseStore(file.toString(), options);
    }
    if ("file".equals(scheme)) {
      return new LocalLeaseStore(Paths.get(file.toString()));
    }
    throw new IllegalArgumentException(
        "output must be on a local disk or gs://, where a lease can be taken atomically, but its"
            + " scheme was '"
            + scheme
            + "'");
  }
}
