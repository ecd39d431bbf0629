package org.propertytrust.scenario.spec;

import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;

/**
 * A named amount that recurs every month: a source of public revenue ({@code parking}) or a line of
 * budgeted spending ({@code cleaning}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthlyAmount {
  MonthlyAmount() {}

  /**
   * Returns the name of the source or budget line.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the amount for each month.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract Money monthly();

  /**
   * Returns a monthly amount.
   *
   * @param name the source or budget line; not null
   * @param monthly the amount each month; not null, not negative
   * @return the value
   */
  public static MonthlyAmount of(String name, Money monthly) {
    return ImmutableMonthlyAmount.of(name, monthly);
  }

  @Value.Check
  void check() {
    Ids.check("monthly amount name", name());
    TrustException.check(
        !monthly().isNegative(), "monthly amount %s must not be negative: %s", name(), monthly());
    Amounts.checkMagnitude("monthly amount " + name(), monthly());
  }
}
