package org.propertytrust.scenario.projection;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.L64X128Mix;
import org.propertytrust.core.TrustException;

/**
 * The random stream of each Monte Carlo run, a function of the seed and the run's index only.
 *
 * <p>Run {@code r} of seed {@code s} uses an L64X128Mix generator (an LXM generator from Commons
 * RNG, designed for many independent streams: each stream has its own LCG increment) seeded with
 * the outputs {@code 4r, 4r+1, 4r+2, 4r+3} of a SplitMix64 sequence started at {@code s}. Output
 * {@code i} of that sequence is {@code mix64(s + (i + 1) · 0x9E3779B97F4A7C15)}, so any run's
 * stream is computed directly, without generating the others. Results therefore do not depend on
 * how runs are scheduled over threads, and one run can be replayed alone ({@link MonteCarlo#path}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RunStreams {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private RunStreams() {}

  /**
   * Returns the generator of a run.
   *
   * @param seed the simulation's seed
   * @param run the run's index, not negative
   * @return a new generator, in its initial state
   * @throws TrustException if the run index is negative
   */
  public static UniformRandomProvider forRun(long seed, long run) {
    TrustException.check(run >= 0, "run index must not be negative: %s", run);
    long[] words = new long[4];
    for (int i = 0; i < 4; i++) {
      words[i] = splitMix64(seed, 4 * run + i);
    }
    if (words[2] == 0 && words[3] == 0) {
      words[3] = GOLDEN_GAMMA;
    }
    return new L64X128Mix(words);
  }

  /**
   * Returns output {@code i} of the SplitMix64 sequence started at {@code seed}.
   *
   * @param seed the starting state
   * @param index the output's position, from 0
   * @return the output
   */
  public static long splitMix64(long seed, long index) {
    long z = seed + (index + 1) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
