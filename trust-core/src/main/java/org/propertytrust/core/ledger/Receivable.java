package org.propertytrust.core.ledger;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The balance a unit owes for one fee of one month: what {@code receivable} holds for that unit,
 * period and fee.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Receivable {
  Receivable() {}

  /**
   * Returns the unit.
   *
   * @return the unit id
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Returns the month charged.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract YearMonth period();

  /**
   * Returns the fee code.
   *
   * @return the fee
   */
  @Value.Parameter
  public abstract String fee();

  /**
   * Returns the balance owed: debits minus credits, positive while open.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns a receivable balance.
   *
   * @param unit the unit id; not null
   * @param period the month charged; not null
   * @param fee the fee code; not null
   * @param amount the balance; not null
   * @return the value
   */
  public static Receivable of(String unit, YearMonth period, String fee, Money amount) {
    return ImmutableReceivable.of(unit, period, fee, amount);
  }
}
