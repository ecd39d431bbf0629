package org.propertytrust.scenario.projection;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The spread of one figure in one month over the runs of a Monte Carlo: the 5th, 50th and 95th
 * percentiles (nearest rank, see {@link Percentiles}), the mean and the standard deviation (with
 * divisor {@code N}). Amounts are at the currency's scale (percentiles exactly, mean and deviation
 * rounded HALF_UP), rates at 4 decimal places.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Band {
  Band() {}

  /**
   * Returns the 5th percentile.
   *
   * @return P5
   */
  public abstract BigDecimal p5();

  /**
   * Returns the median (50th percentile, the lower middle value for an even number of runs).
   *
   * @return P50
   */
  public abstract BigDecimal p50();

  /**
   * Returns the 95th percentile.
   *
   * @return P95
   */
  public abstract BigDecimal p95();

  /**
   * Returns the mean over the runs.
   *
   * @return the mean
   */
  public abstract BigDecimal mean();

  /**
   * Returns the standard deviation over the runs (divisor {@code N}).
   *
   * @return the standard deviation
   */
  public abstract BigDecimal standardDeviation();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableBand.Builder builder() {
    return ImmutableBand.builder();
  }

  @Value.Check
  void check() {
    org.propertytrust.core.TrustException.check(
        p5().compareTo(p50()) <= 0 && p50().compareTo(p95()) <= 0,
        "percentiles must be in order: P5 %s, P50 %s, P95 %s",
        p5(),
        p50(),
        p95());
  }
}
