package org.propertytrust.core.fee;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A charge a payer names, with how much of the payment goes to it, under the {@link
 * org.propertytrust.core.contract.AllocationPolicy#EXPLICIT} policy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentTarget {
  PaymentTarget() {}

  /**
   * Returns the month of the charge.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract YearMonth period();

  /**
   * Returns the fee of the charge.
   *
   * @return the fee code
   */
  @Value.Parameter
  public abstract String fee();

  /**
   * Returns how much of the payment settles the charge.
   *
   * @return the amount, positive
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns a target.
   *
   * @param period the month of the charge; not null
   * @param fee the fee code; not null
   * @param amount the amount; not null, positive
   * @return the target
   */
  public static PaymentTarget of(YearMonth period, String fee, Money amount) {
    return ImmutablePaymentTarget.of(period, fee, amount);
  }

  @Value.Check
  void check() {
    Ids.check("payment target fee", fee());
    TrustException.check(
        amount().isPositive(), "payment target amount must be positive: %s", amount());
  }
}
