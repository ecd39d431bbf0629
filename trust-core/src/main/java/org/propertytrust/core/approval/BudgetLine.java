package org.propertytrust.core.approval;

import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A line of the owners' annual budget: how much may be spent on one purpose in one year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetLine {
  BudgetLine() {}

  /**
   * Returns the budget year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the line's name ({@code "repairs"}).
   *
   * @return the line
   */
  @Value.Parameter
  public abstract String line();

  /**
   * Returns the amount budgeted.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns a budget line.
   *
   * @param year the year
   * @param line the line's name; not null
   * @param amount the amount; not null, not negative
   * @return the value
   */
  public static BudgetLine of(int year, String line, Money amount) {
    return ImmutableBudgetLine.of(year, line, amount);
  }

  @Value.Check
  void check() {
    Ids.check("budget line", line());
    TrustException.check(
        year() >= 1900 && year() <= 9999, "budget year must be between 1900 and 9999: %s", year());
    TrustException.check(
        !amount().isNegative(),
        "budget %s %s amount must not be negative: %s",
        year(),
        line(),
        amount());
  }
}
