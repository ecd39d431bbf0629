package org.propertytrust.core.metrics;

import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Open receivables at a date, by days past their due date: not due (0 days or fewer), 1–30, 31–90,
 * 91–180, 181–365 and over 365 days.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Aging {
  Aging() {}

  /**
   * Returns what is open and not yet due.
   *
   * @return the amount
   */
  public abstract Money notDue();

  /**
   * Returns what is 1 to 30 days past due.
   *
   * @return the amount
   */
  public abstract Money d1to30();

  /**
   * Returns what is 31 to 90 days past due.
   *
   * @return the amount
   */
  public abstract Money d31to90();

  /**
   * Returns what is 91 to 180 days past due.
   *
   * @return the amount
   */
  public abstract Money d91to180();

  /**
   * Returns what is 181 to 365 days past due.
   *
   * @return the amount
   */
  public abstract Money d181to365();

  /**
   * Returns what is more than 365 days past due.
   *
   * @return the amount
   */
  public abstract Money over365();

  /**
   * Returns the total open.
   *
   * @return the sum of every bucket
   */
  public Money total() {
    return notDue()
        .plus(d1to30())
        .plus(d31to90())
        .plus(d91to180())
        .plus(d181to365())
        .plus(over365());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableAging.Builder builder() {
    return ImmutableAging.builder();
  }
}
