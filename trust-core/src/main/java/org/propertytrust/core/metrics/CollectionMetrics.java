package org.propertytrust.core.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.money.Rate;
import org.propertytrust.core.service.ServiceStage;
import org.propertytrust.core.service.StageCount;

/**
 * The DOMAIN.md §5 metrics of a book for a month or a range of months, as of a cut-off date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CollectionMetrics {
  CollectionMetrics() {}

  /**
   * Returns the community's id.
   *
   * @return the id
   */
  public abstract String book();

  /**
   * Returns the first month.
   *
   * @return the month
   */
  public abstract YearMonth from();

  /**
   * Returns the last month.
   *
   * @return the month
   */
  public abstract YearMonth to();

  /**
   * Returns the cut-off date.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the fee codes measured.
   *
   * @return the fees
   */
  public abstract List<String> fees();

  /**
   * Returns what was billed for the months: charges (and late fees, when selected) less waivers.
   *
   * @return the amount
   */
  public abstract Money billed();

  /**
   * Returns what was collected for the months' own charges, by payments and applied prepayments
   * dated up to the cut-off.
   *
   * @return the amount
   */
  public abstract Money collectedCurrent();

  /**
   * Returns the current collection rate (当期收缴率): collectedCurrent ÷ billed.
   *
   * @return the rate, absent when nothing was billed
   */
  public abstract Optional<Rate> currentRate();

  /**
   * Returns how many units were billed for the months (net of waivers, more than zero).
   *
   * @return the count
   */
  public abstract int householdsBilled();

  /**
   * Returns how many of those units had nothing of the months left open at the cut-off.
   *
   * @return the count
   */
  public abstract int householdsPaid();

  /**
   * Returns the household collection rate (户数收缴率): householdsPaid ÷ householdsBilled.
   *
   * @return the rate, absent when no unit was billed
   */
  public abstract Optional<Rate> householdRate();

  /**
   * Returns the receivables for earlier months still open when the range began.
   *
   * @return the amount
   */
  public abstract Money openingArrears();

  /**
   * Returns what was recovered of earlier months' charges (清欠) within the range.
   *
   * @return the amount
   */
  public abstract Money arrearsRecovered();

  /**
   * Returns the recovery rate (清欠率): arrearsRecovered ÷ openingArrears.
   *
   * @return the rate, absent when nothing was in arrears
   */
  public abstract Optional<Rate> recoveryRate();

  /**
   * Returns the combined rate (综合收缴率): (collectedCurrent + arrearsRecovered) ÷ (billed +
   * openingArrears).
   *
   * @return the rate, absent when both are zero
   */
  public abstract Optional<Rate> combinedRate();

  /**
   * Returns the payments received in advance within the range.
   *
   * @return the amount
   */
  public abstract Money prepaymentsReceived();

  /**
   * Returns the remuneration the contract formula gives for the months begun by the cut-off.
   *
   * @return the amount
   */
  public abstract Money remunerationDue();

  /**
   * Returns the remuneration posted in the range: net debits to {@code expense:remuneration}.
   *
   * @return the amount
   */
  public abstract Money remunerationPosted();

  /**
   * Returns the open receivables at the cut-off by days past due.
   *
   * @return the aging
   */
  public abstract Aging aging();

  /**
   * Returns, per stage, the tickets of the months that count and those that met the level.
   *
   * @return the counts
   */
  public abstract Map<ServiceStage, StageCount> serviceLevels();

  /**
   * Returns the service-level rate of a stage.
   *
   * @param stage the stage; not null
   * @return the rate, absent when no ticket counts
   */
  public Optional<Rate> serviceLevelRate(ServiceStage stage) {
    StageCount count = serviceLevels().get(stage);
    return count == null ? Optional.empty() : count.rate();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCollectionMetrics.Builder builder() {
    return ImmutableCollectionMetrics.builder();
  }
}
