package org.propertytrust.core.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.approval.Approval;

/**
 * One payment of spending in a monthly statement: what was paid, to whom, for what, from which
 * account, and who consented.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SpendingItem {
  SpendingItem() {}

  /**
   * Returns the id of the entry that paid it.
   *
   * @return the entry id
   */
  public abstract String entry();

  /**
   * Returns the payment date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the expenditure the entry pays, if it names one.
   *
   * @return the expenditure id
   */
  public abstract Optional<String> expenditure();

  /**
   * Returns the spending category.
   *
   * @return the category
   */
  public abstract String category();

  /**
   * Returns the payee's name, when the expenditure names a known party.
   *
   * @return the payee
   */
  public abstract Optional<String> payee();

  /**
   * Returns the description, from the expenditure or the entry's memo.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns the bank account it was paid from.
   *
   * @return {@code cash} or {@code reserve-cash}, or another account code
   */
  public abstract String paidFrom();

  /**
   * Returns the amount.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Returns the decisions on the expenditure, in the order recorded.
   *
   * @return the approvals, rejections, objections and resolutions
   */
  public abstract List<Approval> decisions();

  /**
   * Returns the id of the vote it relies on, if any.
   *
   * @return the vote id
   */
  public abstract Optional<String> vote();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSpendingItem.Builder builder() {
    return ImmutableSpendingItem.builder();
  }
}
