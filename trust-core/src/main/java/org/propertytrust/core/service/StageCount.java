package org.propertytrust.core.service;

import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Rate;

/**
 * The tickets of a stage that count for its service level, and how many of them met it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StageCount {
  StageCount() {}

  /**
   * Returns how many tickets met the stage's limit.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int met();

  /**
   * Returns how many tickets count: those the stage applies to that reached it or whose deadline
   * passed.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int counted();

  /**
   * Returns met ÷ counted, or empty when no ticket counts.
   *
   * @return the rate
   */
  public Optional<Rate> rate() {
    return Rate.ratio(met(), counted());
  }

  /**
   * Returns a count.
   *
   * @param met tickets that met the limit
   * @param counted tickets that count
   * @return the value
   */
  public static StageCount of(int met, int counted) {
    return ImmutableStageCount.of(met, counted);
  }

  @Value.Check
  void check() {
    TrustException.check(
        met() >= 0 && met() <= counted(),
        "met %s must lie between 0 and counted %s",
        met(),
        counted());
  }
}
