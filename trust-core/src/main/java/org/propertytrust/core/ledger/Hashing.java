package org.propertytrust.core.ledger;

import java.util.SplittableRandom;

/**
 * The hashing the ledger's primitive tables share: a 64-bit finaliser and the seeds that key the
 * tables.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Hashing {
  private static final SplittableRandom SEEDS = new SplittableRandom();

  private Hashing() {}

  /**
   * Returns a seed for a new table: tables keyed by different seeds degenerate on different inputs,
   * and none of them on inputs crafted without knowing the seed.
   *
   * @return the seed
   */
  static synchronized long seed() {
    return SEEDS.nextLong();
  }

  /**
   * Mixes the bits of a value so that every input bit affects every output bit (the finaliser of
   * SplitMix64).
   *
   * @param z the value
   * @return the mixed value
   */
  static long mix(long z) {
    long x = z;
    x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }
}
