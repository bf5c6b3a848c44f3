package io.laterreporting.pipelines.sinks;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The lease file on a local or mounted disk: written aside and hard-linked into place, which the
 * operating system makes atomic and which fails if the lease exists; replaced by writing aside and
 * renaming over it ({@code ATOMIC_MOVE}). The token is the content itself (it names the run and the
 * expiry, so it is unique).
 *
 * <p>A conditional replace or delete compares the file with the token and then acts: two steps, so
 * each runs holding an exclusive lock on {@code _lease.json.lock} (beside the lease; kept, empty).
 * Without it, two runs taking over one expired lease at once could both find it unchanged, and the
 * later one's delete would remove the lease the earlier one had just created: both would replace
 * partitions. The lock is the operating system's ({@link FileChannel#lock()}: {@code fcntl} on
 * Linux, honoured across processes on a local disk and on NFSv4), which the kernel releases when
 * its process dies, so a run killed inside the critical section blocks nobody. That is why it is
 * preferred here to a claim file created atomically per lease content: a claim left by a run killed
 * between its claim and its act would stop every later takeover of that lease, unless it had an
 * expiry of its own, which is the problem the lease solves. The operating system's lock is held per
 * process, and Java refuses a second overlapping lock in one JVM, so threads of one JVM (the
 * bundles of one worker, two runs in one test) first take a JVM-wide lock of the same file: {@link
 * #IN_THIS_JVM}, keyed by the lock file's real path, owned by this class, one small entry per
 * output a JVM has written.
 */
final class LocalLeaseStore implements LeaseStore {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM =
      new ConcurrentHashMap<>();

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
    return exclusively(
        () -> {
          if (!isUnchanged(stored)) {
            return false;
          }
          Path aside = writeAside(content);
          Files.move(
              aside, path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          return true;
        });
  }

  @Override
  public boolean deleteIfUnchanged(Stored stored) throws IOException {
    return exclusively(() -> isUnchanged(stored) && Files.deleteIfExists(path()));
  }

  /** A compare-then-act step on the lease file. */
  private interface Step {
    boolean run() throws IOException;
  }

  /** Runs {@code step} holding this JVM's lock, then the operating system's, of the lock file. */
  private boolean exclusively(Step step) throws IOException {
    Path lockFile = path().resolveSibling(path().getFileName() + ".lock");
    try {
      Files.createFile(lockFile);
    } catch (FileAlreadyExistsException existing) {
      // Created by an earlier step or run: it is never deleted, so that every run locks one file.
    }
    ReentrantLock inThisJvm =
        IN_THIS_JVM.computeIfAbsent(lockFile.toRealPath(), file -> new ReentrantLock());
    inThisJvm.lock();
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock acrossProcesses = channel.lock()) {
      return step.run();
    } finally {
      inThisJvm.unlock();
    }
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
