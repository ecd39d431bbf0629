package org.propertytrust.core.contract;

import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Percent;

/**
 * The contract's late fee: once per unit and period, {@link #percent()} of the unit's charges for
 * that period (net of waivers, rounded HALF_UP), at most {@link #cap()}, and only after the
 * period's due date plus {@link #graceDays()} while something of that period is still open.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LateFeeTerms {
  LateFeeTerms() {}

  /**
   * Returns the percentage of the period's charges.
   *
   * @return the percent
   */
  public abstract Percent percent();

  /**
   * Returns the days after the period's due date before a late fee may be charged.
   *
   * @return the grace days, not negative
   */
  public abstract int graceDays();

  /**
   * Returns the largest late fee for one unit and period, if capped.
   *
   * @return the cap
   */
  public abstract Optional<Money> cap();

  /**
   * Returns late-fee terms.
   *
   * @param percent the percentage; not null
   * @param graceDays the grace days, not negative
   * @param cap the cap; not null, not negative
   * @return the terms
   */
  public static LateFeeTerms of(Percent percent, int graceDays, Money cap) {
    return builder().percent(percent).graceDays(graceDays).cap(cap).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableLateFeeTerms.Builder builder() {
    return ImmutableLateFeeTerms.builder();
  }

  @Value.Check
  void check() {
    TrustException.check(
        graceDays() >= 0, "lateFee graceDays must not be negative: %s", graceDays());
    cap()
        .ifPresent(
            c -> TrustException.check(!c.isNegative(), "lateFee cap must not be negative: %s", c));
  }
}
