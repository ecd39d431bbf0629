package org.propertytrust.core.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The balances of a book's entries, computed once, in one pass, in list order, and shared by
 * everything that reads them (rules, metrics, statements, operations).
 *
 * <p>Besides every {@link Balances balance} it holds the facts about the sequence of entries that
 * checks need without rescanning: where each id first appears and where ids repeat, which entries
 * reverse a given entry, and each balance that went below zero after an entry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerState implements Balances {
  private final RunningBalances balances;

  private LedgerState(RunningBalances balances) {
    this.balances = balances;
  }

  /**
   * Computes the balances of a list of entries, in list order.
   *
   * @param entries the entries; not null
   * @param currency the currency of every amount; not null
   * @return the ledger state
   * @throws org.propertytrust.core.TrustException if a balance overflows
   */
  public static LedgerState of(List<Entry> entries, CurrencyUnit currency) {
    RunningBalances running = new RunningBalances(currency);
    for (Entry entry : entries) {
      running.add(entry);
    }
    return new LedgerState(running);
  }

  /**
   * Returns the positions of the entries whose id appeared earlier in the list.
   *
   * @return the positions, ascending
   */
  public List<Integer> repeatedIdPositions() {
    return balances.repeatedIds();
  }

  /**
   * Returns the positions of the entries that name the given entry in {@code reverses}.
   *
   * @param entryId the reversed entry's id; not null
   * @return the positions, ascending
   */
  public List<Integer> reversalsOf(String entryId) {
    return balances.reversalsOf(entryId);
  }

  /**
   * Returns every balance that went below zero after an entry: cash or reserve cash, a unit's
   * prepaid or deposit, or a unit's receivable for a period and fee.
   *
   * @return the negative balances, in entry order
   */
  public List<NegativeBalance> negativeBalances() {
    return balances.negatives();
  }

  @Override
  public CurrencyUnit currency() {
    return balances.currency();
  }

  @Override
  public int entryCount() {
    return balances.entryCount();
  }

  @Override
  public Money balance(Account account) {
    return balances.balance(account);
  }

  @Override
  public Set<Account> accounts() {
    return balances.accounts();
  }

  @Override
  public Money receivable(String unit, YearMonth period, String fee) {
    return balances.receivable(unit, period, fee);
  }

  @Override
  public List<Receivable> openReceivables(String unit) {
    return balances.openReceivables(unit);
  }

  @Override
  public List<Receivable> receivables() {
    return balances.receivables();
  }

  @Override
  public Money prepaid(String unit) {
    return balances.prepaid(unit);
  }

  @Override
  public Money deposit(String unit) {
    return balances.deposit(unit);
  }

  @Override
  public Set<String> unitsWithPrepaid() {
    return balances.unitsWithPrepaid();
  }

  @Override
  public OptionalInt indexOf(String entryId) {
    return balances.indexOf(entryId);
  }
}
