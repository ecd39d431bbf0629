package org.propertytrust.core.fee;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A charge settled while one before it in policy order stayed open: the finding of {@link
 * ChargeOrder#firstOutOfOrder}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutOfOrder {
  OutOfOrder() {}

  /**
   * Returns the unit.
   *
   * @return the unit id
   */
  public abstract String unit();

  /**
   * Returns the period of the charge that was settled.
   *
   * @return the period
   */
  public abstract YearMonth settledPeriod();

  /**
   * Returns the fee of the charge that was settled.
   *
   * @return the fee code
   */
  public abstract String settledFee();

  /**
   * Returns the period of the earlier charge left open.
   *
   * @return the period
   */
  public abstract YearMonth openPeriod();

  /**
   * Returns the fee of the earlier charge left open.
   *
   * @return the fee code
   */
  public abstract String openFee();

  /**
   * Returns what is still open on the earlier charge after the entry.
   *
   * @return the amount
   */
  public abstract Money stillOpen();
}
