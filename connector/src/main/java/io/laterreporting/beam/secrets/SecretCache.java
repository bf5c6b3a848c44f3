package io.laterreporting.beam.secrets;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Resolved secret values of one JVM, for {@link SecretManagerSecretSource#DEFAULT_CACHE_TTL}. Keyed
 * by the connection's {@link SecretManagerConnection#cacheKey()} (endpoint and credentials) and the
 * version name, so that two reads with different credentials never share a value.
 */
final class SecretCache {
  /** The one cache every source of this JVM uses. */
  static final SecretCache SHARED = new SecretCache(System::currentTimeMillis);

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final LongSupplier clockMillis;

  SecretCache(LongSupplier clockMillis) {
    this.clockMillis = clockMillis;
  }

  String get(
      SecretManagerConnection connection,
      SecretVersionName name,
      long ttlMillis,
      Supplier<String> read) {
    String key = connection.cacheKey() + "|" + name.name();
    long now = clockMillis.getAsLong();
    Entry entry = entries.get(key);
    if (entry != null && now - entry.readAtMillis < ttlMillis) {
      return entry.value;
    }
    String value = read.get();
    entries.put(key, new Entry(value, now));
    return value;
  }

  void clear() {
    entries.clear();
  }

  private static final class Entry {
    final String value;
    final long readAtMillis;

    Entry(String value, long readAtMillis) {
      this.value = value;
      this.readAtMillis = readAtMillis;
    }

    @Override
    public String toString() {
      return "Entry{***}";
    }
  }
}
