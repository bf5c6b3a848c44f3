package io.laterreporting.emulator;

import java.nio.charset.StandardCharsets;

/**
 * SplitMix64-based hashing: every synthetic value is a pure function of the seed and its
 * coordinates.
 */
final class Hashing {
  private Hashing() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long hash(long seed, long a) {
    return mix(mix(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L) ^ a);
  }

  static long hash(long seed, long a, long b) {
    return mix(hash(seed, a) + b * 0x9E3779B97F4A7C15L);
  }

  static long hash(long seed, long a, long b, long c) {
    return mix(hash(seed, a, b) + c * 0xC2B2AE3D27D4EB4FL);
  }

  static long hash(long seed, long a, long b, long c, long d) {
    return mix(hash(seed, a, b, c) + d * 0x165667B19E3779F9L);
  }

  /** Uniform in [0, 1). */
  static double unit(long h) {
    return (h >>> 11) * 0x1.0p-53;
  }

  static long hashString(String text) {
    long h = 0x84222325CBF29CE4L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ (b & 0xff));
    }
    return h;
  }
}
