package org.propertytrust.scenario.projection;

import org.immutables.value.Value;
import org.propertytrust.core.TrustException;

/**
 * How to run a Monte Carlo: the number of runs, the seed, and how many threads to use. The results
 * depend on the runs and the seed only, never on the parallelism.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimulationOptions {
  /** The most runs a simulation may have. */
  public static final int MAX_RUNS = 1_000_000;

  SimulationOptions() {}

  /**
   * Returns the number of runs.
   *
   * @return the runs, 1 to {@value #MAX_RUNS}
   */
  public abstract int runs();

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the number of threads; the number of available processors by default.
   *
   * @return the parallelism, at least 1
   */
  @Value.Default
  public int parallelism() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSimulationOptions.Builder builder() {
    return ImmutableSimulationOptions.builder();
  }

  /**
   * Returns options with the given runs and seed, using every available processor.
   *
   * @param runs the number of runs, 1 to {@value #MAX_RUNS}
   * @param seed the seed
   * @return the options
   */
  public static SimulationOptions of(int runs, long seed) {
    return builder().runs(runs).seed(seed).build();
  }

  @Value.Check
  void check() {
    TrustException.check(
        runs() >= 1 && runs() <= MAX_RUNS, "runs must be between 1 and %s: %s", MAX_RUNS, runs());
    TrustException.check(
        parallelism() >= 1 && parallelism() <= 1024,
        "parallelism must be between 1 and 1024: %s",
        parallelism());
  }
}
