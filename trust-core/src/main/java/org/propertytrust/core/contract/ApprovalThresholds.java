package org.propertytrust.core.contract;

import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;

/**
 * Who must consent to spending, by amount: at or above {@link #supervisorFrom()} the supervisor, at
 * or above {@link #committeeFrom()} the owners' committee, at or above {@link #assemblyFrom()} a
 * passed assembly vote. Spending below every threshold may be paid once {@link #objectionDays()}
 * have passed since the request without a supervisor objection.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApprovalThresholds {
  ApprovalThresholds() {}

  /**
   * Returns the amount from which the supervisor must approve.
   *
   * @return the threshold, not negative
   */
  public abstract Money supervisorFrom();

  /**
   * Returns the amount from which the committee must approve.
   *
   * @return the threshold, not negative
   */
  public abstract Money committeeFrom();

  /**
   * Returns the amount from which a passed assembly vote is needed.
   *
   * @return the threshold, not negative
   */
  public abstract Money assemblyFrom();

  /**
   * Returns the days the supervisor has to object before unapproved spending may be paid.
   *
   * @return the days, not negative
   */
  public abstract int objectionDays();

  /**
   * Returns thresholds.
   *
   * @param supervisorFrom the supervisor threshold; not null
   * @param committeeFrom the committee threshold; not null
   * @param assemblyFrom the assembly threshold; not null
   * @param objectionDays the objection window in days
   * @return the thresholds
   */
  public static ApprovalThresholds of(
      Money supervisorFrom, Money committeeFrom, Money assemblyFrom, int objectionDays) {
    return builder()
        .supervisorFrom(supervisorFrom)
        .committeeFrom(committeeFrom)
        .assemblyFrom(assemblyFrom)
        .objectionDays(objectionDays)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableApprovalThresholds.Builder builder() {
    return ImmutableApprovalThresholds.builder();
  }

  @Value.Check
  void check() {
    TrustException.check(
        !supervisorFrom().isNegative(),
        "supervisorFrom must not be negative: %s",
        supervisorFrom());
    TrustException.check(
        !committeeFrom().isNegative(), "committeeFrom must not be negative: %s", committeeFrom());
    TrustException.check(
        !assemblyFrom().isNegative(), "assemblyFrom must not be negative: %s", assemblyFrom());
    TrustException.check(
        supervisorFrom().isSameCurrency(committeeFrom())
            && supervisorFrom().isSameCurrency(assemblyFrom()),
        "approval thresholds must share one currency: %s, %s, %s",
        supervisorFrom(),
        committeeFrom(),
        assemblyFrom());
    TrustException.check(
        objectionDays() >= 0, "objectionDays must not be negative: %s", objectionDays());
  }
}
