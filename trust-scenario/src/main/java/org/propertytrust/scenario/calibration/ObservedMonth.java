package org.propertytrust.scenario.calibration;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a book shows for one month, over the contract's fees, by the DOMAIN.md §5 definitions with
 * the cut-off at the month's last day: the figures a scenario built from the book should reproduce.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ObservedMonth {
  ObservedMonth() {}

  /**
   * Returns the month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the month's charges, net of waivers.
   *
   * @return the amount
   */
  public abstract Money billed();

  /**
   * Returns the payments and applied prepayments settling the month's charges, dated up to its last
   * day.
   *
   * @return the amount
   */
  public abstract Money collectedCurrent();

  /**
   * Returns the payments and applied prepayments dated in the month settling earlier months.
   *
   * @return the amount
   */
  public abstract Money arrearsRecovered();

  /**
   * Returns the charges of earlier months still open at the start of the month.
   *
   * @return the amount
   */
  public abstract Money openingArrears();

  /**
   * Returns the money paid in advance in the month.
   *
   * @return the amount
   */
  public abstract Money prepaymentsReceived();

  /**
   * Returns the public revenue credited in the month.
   *
   * @return the amount
   */
  public abstract Money publicRevenue();

  /**
   * Returns the spending paid from the operating cash account in the month.
   *
   * @return the amount
   */
  public abstract Money spending();

  /**
   * Returns the operating cash at the end of the month.
   *
   * @return the balance
   */
  public abstract Money closingCash();

  /**
   * Returns {@code collectedCurrent ÷ billed}, to 4 places.
   *
   * @return the rate, absent when nothing was billed
   */
  public abstract Optional<BigDecimal> currentRate();

  /**
   * Returns {@code (collectedCurrent + arrearsRecovered) ÷ (billed + openingArrears)}, to 4 places.
   *
   * @return the rate, absent when both are 0
   */
  public abstract Optional<BigDecimal> combinedRate();

  /**
   * Returns the share of units charged in the month with nothing of the month's charges left open
   * at its end, to 4 places.
   *
   * @return the rate, absent when no unit was charged
   */
  public abstract Optional<BigDecimal> householdRate();

  /**
   * Returns the number of units in each arrears state {@code 0..K} at the end of the month.
   *
   * @return the counts
   */
  public abstract List<Integer> unitsByState();

  /**
   * Returns the number of units with at least one month paid in advance at the end of the month.
   *
   * @return the count
   */
  public abstract int prepaidUnits();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableObservedMonth.Builder builder() {
    return ImmutableObservedMonth.builder();
  }
}
