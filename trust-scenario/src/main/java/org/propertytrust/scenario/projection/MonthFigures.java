package org.propertytrust.scenario.projection;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The figures of one month of a projection (or of one Monte Carlo run), amounts rounded to the
 * currency's minor unit, rates to 4 decimal places (HALF_UP).
 *
 * <p>Amounts add up exactly as {@link Figure} states: every flow is rounded so that its running
 * total is the rounded running total of the exact flow ("no cent lost"), and the balances (arrears,
 * prepaid, cash) are carried forward from the rounded flows. Each reported balance is therefore
 * within a few minor units of the exact expected balance, and never drifts. Rates are computed from
 * the exact amounts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthFigures {
  MonthFigures() {}

  /**
   * Returns the month's index, 1 for the scenario's first month.
   *
   * @return the index
   */
  public abstract int index();

  /**
   * Returns the month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the figure {@link Figure#BILLED}.
   *
   * @return the amount
   */
  public abstract Money billed();

  /**
   * Returns the figure {@link Figure#COLLECTED_CURRENT}.
   *
   * @return the amount
   */
  public abstract Money collectedCurrent();

  /**
   * Returns the figure {@link Figure#ARREARS_RECOVERED}.
   *
   * @return the amount
   */
  public abstract Money arrearsRecovered();

  /**
   * Returns the figure {@link Figure#PREPAYMENTS_RECEIVED}.
   *
   * @return the amount
   */
  public abstract Money prepaymentsReceived();

  /**
   * Returns the figure {@link Figure#PREPAYMENTS_APPLIED}.
   *
   * @return the amount
   */
  public abstract Money prepaymentsApplied();

  /**
   * Returns the figure {@link Figure#WRITTEN_OFF}.
   *
   * @return the amount
   */
  public abstract Money writtenOff();

  /**
   * Returns the figure {@link Figure#OPENING_ARREARS}.
   *
   * @return the amount
   */
  public abstract Money openingArrears();

  /**
   * Returns the figure {@link Figure#OPENING_PREPAID}.
   *
   * @return the amount
   */
  public abstract Money openingPrepaid();

  /**
   * Returns the figure {@link Figure#PUBLIC_REVENUE}.
   *
   * @return the amount
   */
  public abstract Money publicRevenue();

  /**
   * Returns the figure {@link Figure#SPENDING}.
   *
   * @return the amount
   */
  public abstract Money spending();

  /**
   * Returns the figure {@link Figure#REMUNERATION}.
   *
   * @return the amount
   */
  public abstract Money remuneration();

  /**
   * Returns the figure {@link Figure#TRUSTEE_RESULT}.
   *
   * @return the amount
   */
  public abstract Money trusteeResult();

  /**
   * Returns the figure {@link Figure#OWNERS_SURPLUS}.
   *
   * @return the amount
   */
  public abstract Money ownersSurplus();

  /**
   * Returns the figure {@link Figure#OPENING_CASH}.
   *
   * @return the amount
   */
  public abstract Money openingCash();

  /**
   * Returns the figure {@link Figure#CLOSING_CASH}.
   *
   * @return the amount
   */
  public abstract Money closingCash();

  /**
   * Returns the figure {@link Figure#CURRENT_RATE}.
   *
   * @return the rate, absent when nothing was billed
   */
  public abstract Optional<BigDecimal> currentRate();

  /**
   * Returns the figure {@link Figure#COMBINED_RATE}.
   *
   * @return the rate, absent when nothing was billed or open
   */
  public abstract Optional<BigDecimal> combinedRate();

  /**
   * Returns the figure {@link Figure#HOUSEHOLD_RATE}.
   *
   * @return the rate, absent when no unit had a bill
   */
  public abstract Optional<BigDecimal> householdRate();

  /**
   * Returns the (expected) number of units in each arrears state {@code 0..K} at the end of the
   * month, to 4 decimal places.
   *
   * @return the units by state
   */
  public abstract List<BigDecimal> unitsByState();

  /**
   * Returns the (expected) number of units with 1, 2, … months paid in advance at the end of the
   * month, to 4 decimal places.
   *
   * @return the units by months prepaid, the first for one month
   */
  public abstract List<BigDecimal> prepaidUnits();

  /**
   * Returns the open bills at the end of the month by arrears state {@code 0..K} (state 0 holds
   * none), each rounded on its own.
   *
   * @return the arrears by state
   */
  public abstract List<Money> arrearsByState();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthFigures.Builder builder() {
    return ImmutableMonthFigures.builder();
  }

  /**
   * Returns the figure {@link Figure#COLLECTED}: {@code collectedCurrent + arrearsRecovered}.
   *
   * @return the amount
   */
  public Money collected() {
    return collectedCurrent().plus(arrearsRecovered());
  }

  /**
   * Returns the figure {@link Figure#CLOSING_ARREARS}: {@code openingArrears + billed − collected −
   * writtenOff}.
   *
   * @return the amount
   */
  public Money closingArrears() {
    return openingArrears().plus(billed()).minus(collected()).minus(writtenOff());
  }

  /**
   * Returns the figure {@link Figure#CLOSING_PREPAID}: {@code openingPrepaid + prepaymentsReceived
   * − prepaymentsApplied}.
   *
   * @return the amount
   */
  public Money closingPrepaid() {
    return openingPrepaid().plus(prepaymentsReceived()).minus(prepaymentsApplied());
  }

  /**
   * Returns any figure, amounts as decimals at the currency's scale.
   *
   * @param figure the figure; not null
   * @return the value, empty for an absent rate
   */
  public Optional<BigDecimal> value(Figure figure) {
    switch (figure) {
      case BILLED:
        return amount(billed());
      case COLLECTED_CURRENT:
        return amount(collectedCurrent());
      case ARREARS_RECOVERED:
        return amount(arrearsRecovered());
      case COLLECTED:
        return amount(collected());
      case PREPAYMENTS_RECEIVED:
        return amount(prepaymentsReceived());
      case PREPAYMENTS_APPLIED:
        return amount(prepaymentsApplied());
      case WRITTEN_OFF:
        return amount(writtenOff());
      case OPENING_ARREARS:
        return amount(openingArrears());
      case CLOSING_ARREARS:
        return amount(closingArrears());
      case OPENING_PREPAID:
        return amount(openingPrepaid());
      case CLOSING_PREPAID:
        return amount(closingPrepaid());
      case PUBLIC_REVENUE:
        return amount(publicRevenue());
      case SPENDING:
        return amount(spending());
      case REMUNERATION:
        return amount(remuneration());
      case TRUSTEE_RESULT:
        return amount(trusteeResult());
      case OWNERS_SURPLUS:
        return amount(ownersSurplus());
      case OPENING_CASH:
        return amount(openingCash());
      case CLOSING_CASH:
        return amount(closingCash());
      case CURRENT_RATE:
        return currentRate();
      case COMBINED_RATE:
        return combinedRate();
      case HOUSEHOLD_RATE:
        return householdRate();
    }
    throw new AssertionError(figure);
  }

  private static Optional<BigDecimal> amount(Money money) {
    return Optional.of(money.getAmount());
  }
}
