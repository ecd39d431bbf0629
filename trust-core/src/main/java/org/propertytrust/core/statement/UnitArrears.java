package org.propertytrust.core.statement;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A unit with charges still open at the end of a statement's month.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitArrears {
  UnitArrears() {}

  /**
   * Returns the unit.
   *
   * @return the unit id
   */
  public abstract String unit();

  /**
   * Returns the owner's name as recorded (personal information: mask it in public statements).
   *
   * @return the owner
   */
  public abstract Optional<String> owner();

  /**
   * Returns what the unit owes.
   *
   * @return the amount open
   */
  public abstract Money open();

  /**
   * Returns the oldest month with something open.
   *
   * @return the period
   */
  public abstract YearMonth oldestPeriod();

  /**
   * Returns how many months have something open.
   *
   * @return the number of months
   */
  public abstract int months();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableUnitArrears.Builder builder() {
    return ImmutableUnitArrears.builder();
  }
}
