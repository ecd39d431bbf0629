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
public final class LedgerState implements LedgerView {
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

  @Override
  public List<Integer> repeatedIdPositions() {
    return balances.repeatedIdPositions();
  }

  @Override
  public List<Integer> reversalsOf(String entryId) {
    return balances.reversalsOf(entryId);
  }

  @Override
  public List<NegativeBalance> negativeBalances() {
    return balances.negativeBalances();
  }

  @Override
  public OptionalInt latestDatedEntry() {
    return balances.latestDatedEntry();
  }

  @Override
  public int[] entriesDatedIn(YearMonth month) {
    return balances.entriesDatedIn(month);
  }

  @Override
  public int[] entriesForPeriod(YearMonth period) {
    return balances.entriesForPeriod(period);
  }

  @Override
  public java.util.SortedSet<YearMonth> monthsWithEntries() {
    return balances.monthsWithEntries();
  }

  @Override
  public java.util.SortedSet<YearMonth> periodsCharged() {
    return balances.periodsCharged();
  }

  @Override
  public EntryKind effectiveKind(int index) {
    return balances.effectiveKind(index);
  }

  @Override
  public boolean isStanding(int index) {
    return balances.isStanding(index);
  }

  @Override
  public boolean isCancellation(int index) {
    return balances.isCancellation(index);
  }

  @Override
  public int chargeCount(String unit, YearMonth period, String fee) {
    return balances.chargeCount(unit, period, fee);
  }

  @Override
  public java.util.Optional<java.time.LocalDate> lastChargedOn(
      String unit, YearMonth period, String fee) {
    return balances.lastChargedOn(unit, period, fee);
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
  public Money periodCharges(String unit, YearMonth period) {
    return balances.periodCharges(unit, period);
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
