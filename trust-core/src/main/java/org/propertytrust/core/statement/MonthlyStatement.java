package org.propertytrust.core.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.metrics.CollectionMetrics;

/**
 * The monthly statement a trust discloses to owners (公示, Civil Code art. 943): both bank accounts'
 * movements, income by fee and by public source, spending by category with every payment and its
 * approvals, remuneration, arrears and the collection rates.
 *
 * <p>It holds owners' names as recorded; a public rendering masks them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthlyStatement {
  MonthlyStatement() {}

  /**
   * Returns the community's id.
   *
   * @return the id
   */
  public abstract String community();

  /**
   * Returns the community's name.
   *
   * @return the name
   */
  public abstract String communityName();

  /**
   * Returns the month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the cut-off date: the month's last day unless an earlier one was asked for.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the trustee of the month.
   *
   * @return the trustee's name
   */
  public abstract String trustee();

  /**
   * Returns the operating trust account's month.
   *
   * @return the movements of {@code cash}
   */
  public abstract AccountMovement cash();

  /**
   * Returns the reserve fund account's month.
   *
   * @return the movements of {@code reserve-cash}
   */
  public abstract AccountMovement reserve();

  /**
   * Returns what was billed for the month, by fee, net of waivers: the charges (and late fees) for
   * the month dated up to its end or the statement's cut-off, whichever is earlier, including those
   * dated before the month, as the metrics' {@code billed} counts them (DOMAIN.md §5).
   *
   * @return the billed amounts by fee code
   */
  public abstract Map<String, Money> billedByFee();

  /**
   * Returns what was collected in the month, by fee (this month's charges and earlier ones).
   *
   * @return the collected amounts by fee code
   */
  public abstract Map<String, Money> collectedByFee();

  /**
   * Returns the public revenue of the month, by source.
   *
   * @return the amounts by source
   */
  public abstract Map<String, Money> publicIncomeBySource();

  /**
   * Returns the spending of the month by category (remuneration excluded).
   *
   * @return the amounts by category
   */
  public abstract Map<String, Money> spendingByCategory();

  /**
   * Returns every payment of spending in the month.
   *
   * @return the items, in book order
   */
  public abstract List<SpendingItem> spending();

  /**
   * Returns the collection metrics of the month.
   *
   * @return the metrics
   */
  public abstract CollectionMetrics metrics();

  /**
   * Returns the units with charges open at the cut-off, most owed first.
   *
   * @return the arrears
   */
  public abstract List<UnitArrears> arrears();

  /**
   * Returns the money recovered from an outgoing trustee in the month, net of reversals of such
   * recoveries dated in the month.
   *
   * @return the amount
   */
  public abstract Money handoverRecovered();

  /**
   * Returns the last day by which the month must be disclosed.
   *
   * @return the disclosure deadline
   */
  public abstract LocalDate disclosureDeadline();

  /**
   * Returns when the month was disclosed, if the book records it.
   *
   * @return the publication date
   */
  public abstract Optional<LocalDate> disclosedOn();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthlyStatement.Builder builder() {
    return ImmutableMonthlyStatement.builder();
  }
}
