package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The lease file on a local or mounted disk: written aside and hard-linked into place, which the
 * operating system makes atomic and which fails if the lease exists; replaced by writing aside and
 * renaming over it ({@code ATOMIC_MOVE}). The token is the content itself (it names the run and the
 * expiry, so it is unique). A conditional replace or delete compares and then acts: two runs can
 * interleave there only when both take over the same expired lease within microseconds, which needs
 * a run to have died first.
 */
final class LocalLeaseStore implements LeaseStore {
  private final Path path;

  LocalLeaseStore(Path path) {
    this.path = path;
  }

  private Path path() {
    return path;
  }

  @Override
  public boolean createIfAbsent(String content) throws IOException {
    Files.createDirectories(path().getParent());
    // Written whole aside, then linked in: link(2) fails if the name exists, atomically, and no
    // reader ever sees a lease half written.
    Path aside = writeAside(content);
    try {
      Files.createLink(path(), aside);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } finally {
      Files.deleteIfExists(aside);
    }
  }

  @Override
  public @Nullable Stored read() throws IOException {
    try {
      String content = Files.readString(path(), StandardCharsets.UTF_8);
      return new Stored(content, content);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public boolean replaceIfUnchanged(Stored stored, String content) throws IOException {
    if (!isUnchanged(stored)) {
      return false;
    }
    Path aside = writeAside(content);
    Files.move(aside, path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return true;
  }

  @Override
  public boolean deleteIfUnchanged(Stored stored) throws IOException {
    return isUnchanged(stored) && Files.deleteIfExists(path());
  }

  private Path writeAside(String content) throws IOException {
    Path aside = path().resolveSibling(path().getFileName() + "." + UUID.randomUUID());
    Files.write(aside, content.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
    return aside;
  }

  private boolean isUnchanged(Stored stored) throws IOException {
    Stored now = read();
    return now != null && now.token.equals(stored.token);
  }

  @Override
  public String location() {
    return path.toString();
  }
}
