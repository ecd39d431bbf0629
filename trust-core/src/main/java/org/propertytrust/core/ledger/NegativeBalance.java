package org.propertytrust.core.ledger;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A balance that went below zero on its normal side after an entry: {@code cash} or {@code
 * reserve-cash} overdrawn, a unit's {@code prepaid} or {@code deposit} used beyond what it holds,
 * or a unit's receivable for a period and fee over-collected.
 *
 * <p>The ledger records one of these per entry and balance, in the single pass that computes the
 * balances, so that checks never rescan the entries.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NegativeBalance {
  NegativeBalance() {}

  /**
   * Returns the position of the entry in the book's list.
   *
   * @return the index, from 0
   */
  public abstract int entryIndex();

  /**
   * Returns the id of the entry after which the balance was below zero.
   *
   * @return the entry id
   */
  public abstract String entryId();

  /**
   * Returns the account.
   *
   * @return the account
   */
  public abstract Account account();

  /**
   * Returns the unit, for per-unit balances.
   *
   * @return the unit id
   */
  public abstract Optional<String> unit();

  /**
   * Returns the period, for receivables.
   *
   * @return the period
   */
  public abstract Optional<YearMonth> period();

  /**
   * Returns the fee, for receivables.
   *
   * @return the fee
   */
  public abstract Optional<String> fee();

  /**
   * Returns the balance on the account's normal side after the entry, negative.
   *
   * @return the balance
   */
  public abstract Money balance();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableNegativeBalance.Builder builder() {
    return ImmutableNegativeBalance.builder();
  }
}
