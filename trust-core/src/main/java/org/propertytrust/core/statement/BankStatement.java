package org.propertytrust.core.statement;

import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.ledger.Account;

/**
 * The bank's statement of a trust account ({@code cash} or {@code reserve-cash}) for a month: its
 * closing balance and the items not yet cleared. The book reconciles when its closing balance for
 * the month equals {@link #closingBalance()} plus the signed uncleared amounts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BankStatement {
  BankStatement() {}

  /**
   * Returns the account the statement is for.
   *
   * @return {@code cash} or {@code reserve-cash}
   */
  public abstract Account account();

  /**
   * Returns the month.
   *
   * @return the period
   */
  public abstract YearMonth period();

  /**
   * Returns the bank's balance at the month's end.
   *
   * @return the closing balance
   */
  public abstract Money closingBalance();

  /**
   * Returns the items not yet cleared.
   *
   * @return the uncleared items
   */
  public abstract List<UnclearedItem> uncleared();

  /**
   * Returns the balance the book should show: the closing balance plus every uncleared amount.
   *
   * @return the expected book balance
   */
  public Money expectedBookBalance() {
    Money total = closingBalance();
    for (UnclearedItem item : uncleared()) {
      total = total.plus(item.amount());
    }
    return total;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableBankStatement.Builder builder() {
    return ImmutableBankStatement.builder();
  }

  @Value.Check
  void check() {
    TrustException.check(
        account().equals(Account.CASH) || account().equals(Account.RESERVE_CASH),
        "a bank statement is for cash or reserve-cash, not %s",
        account());
    for (UnclearedItem item : uncleared()) {
      TrustException.check(
          item.amount().isSameCurrency(closingBalance()),
          "bank statement %s %s mixes currencies: %s and %s",
          account(),
          period(),
          closingBalance(),
          item.amount());
    }
  }
}
