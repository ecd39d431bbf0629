package org.propertytrust.scenario.spec;

import org.immutables.value.Value;
import org.propertytrust.core.TrustException;

/**
 * Prepayment propensity: each month, every unit that ends the month current with no month paid in
 * advance left (after its roll-rate move, or because its last prepaid month was just applied) pays
 * {@link #months()} further months in advance with probability {@link #probability()},
 * independently of the others.
 *
 * <p>The money arrives as a prepayment (counted in {@code prepaymentsReceived}, not as collected)
 * and is applied to the unit's bill in each of the following months (counted as collected for that
 * month, as DOMAIN.md §5 counts {@code PREPAYMENT_APPLIED}). While it has months in advance a unit
 * makes no roll-rate move; when they run out it is current again.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Prepayment {
  /** The most months a unit may pay in advance. */
  public static final int MAX_MONTHS = 120;

  Prepayment() {}

  /**
   * Returns the monthly probability that a current unit prepays.
   *
   * @return the probability, in {@code [0, 1]}
   */
  @Value.Parameter
  public abstract double probability();

  /**
   * Returns how many months a prepaying unit pays in advance.
   *
   * @return the months, 1 to {@value #MAX_MONTHS}
   */
  @Value.Parameter
  public abstract int months();

  /**
   * Returns a prepayment propensity.
   *
   * @param probability the monthly probability, in {@code [0, 1]}
   * @param months the months paid in advance, 1 to {@value #MAX_MONTHS}
   * @return the value
   */
  public static Prepayment of(double probability, int months) {
    return ImmutablePrepayment.of(probability, months);
  }

  @Value.Check
  void check() {
    TrustException.check(
        probability() >= 0 && probability() <= 1,
        "prepayment probability must lie between 0 and 1: %s",
        probability());
    TrustException.check(
        months() >= 1 && months() <= MAX_MONTHS,
        "prepayment months must be between 1 and %s: %s",
        MAX_MONTHS,
        months());
  }
}
