package org.propertytrust.core.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Read access to the balances of a ledger after a sequence of entries, run in list order.
 *
 * <p>Implemented by {@link LedgerState} (the balances of a whole book, computed once) and by the
 * live balances of a journal that entries are posted to one at a time.
 */
public interface Balances {
  /**
   * Returns the currency of every balance.
   *
   * @return the currency
   */
  CurrencyUnit currency();

  /**
   * Returns how many entries the balances include.
   *
   * @return the number of entries
   */
  int entryCount();

  /**
   * Returns an account's balance on its normal side: debits − credits for assets, expenses and
   * accounts outside the chart; credits − debits for the others. For {@code receivable}, {@code
   * prepaid} and {@code deposit} this is the total over all units.
   *
   * @param account the account; not null
   * @return the balance, zero for an account never used
   */
  Money balance(Account account);

  /**
   * Returns the accounts that any entry used.
   *
   * @return the accounts
   */
  Set<Account> accounts();

  /**
   * Returns the operating trust account's balance.
   *
   * @return the cash balance
   */
  default Money cash() {
    return balance(Account.CASH);
  }

  /**
   * Returns the reserve fund account's balance.
   *
   * @return the reserve cash balance
   */
  default Money reserveCash() {
    return balance(Account.RESERVE_CASH);
  }

  /**
   * Returns what a unit owes for one fee of one month (debits − credits).
   *
   * @param unit the unit id; not null
   * @param period the month charged; not null
   * @param fee the fee code; not null
   * @return the balance, zero if never charged
   */
  Money receivable(String unit, YearMonth period, String fee);

  /**
   * Returns how many times a unit was charged for one fee of one month: the receivable debit lines
   * of CHARGE and LATE_FEE entries, net of the reversals of such entries. A well-formed book never
   * has more than 1.
   *
   * @param unit the unit id; not null
   * @param period the month charged; not null
   * @param fee the fee code (or {@code late-fee}); not null
   * @return the number of charges
   */
  int chargeCount(String unit, YearMonth period, String fee);

  /**
   * Returns the date of the latest charge of a unit for one fee of one month, while at least one
   * charge stands (the date a late fee was posted, for instance).
   *
   * @param unit the unit id; not null
   * @param period the month charged; not null
   * @param fee the fee code; not null
   * @return the date, or empty if no charge stands
   */
  java.util.Optional<java.time.LocalDate> lastChargedOn(String unit, YearMonth period, String fee);

  /**
   * Returns a unit's charges for one month over every fee but late fees, net of waivers and of the
   * reversals of either: what a late fee's percentage applies to (DOMAIN.md §6, {@code
   * fee.late-fee}).
   *
   * @param unit the unit id; not null
   * @param period the month charged; not null
   * @return the net charges, zero if none
   */
  Money periodCharges(String unit, YearMonth period);

  /**
   * Returns a unit's receivables with a positive balance, ordered by period, then fee code.
   *
   * @param unit the unit id; not null
   * @return the open receivables
   */
  List<Receivable> openReceivables(String unit);

  /**
   * Returns every unit's receivables whose balance is not zero, ordered by unit, period and fee.
   *
   * @return the receivables
   */
  List<Receivable> receivables();

  /**
   * Returns the prepaid balance held for a unit (credits − debits).
   *
   * @param unit the unit id; not null
   * @return the balance
   */
  Money prepaid(String unit);

  /**
   * Returns the deposit balance held for a unit (credits − debits).
   *
   * @param unit the unit id; not null
   * @return the balance
   */
  Money deposit(String unit);

  /**
   * Returns the units whose prepaid balance is not zero, in order of id.
   *
   * @return the unit ids
   */
  Set<String> unitsWithPrepaid();

  /**
   * Returns the position of the first entry with the given id.
   *
   * @param entryId the entry id; not null
   * @return the index, or empty if no entry has that id
   */
  OptionalInt indexOf(String entryId);
}
