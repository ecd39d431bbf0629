package org.propertytrust.core.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * Balances together with the indexes computed in the same single pass over the entries: entries by
 * the month of their date and by the period they charge, what each entry counts as (a reversal
 * counts as the kind it cancels), which entries stand, repeated ids, and balances that went below
 * zero.
 *
 * <p>Implemented by {@link LedgerState} (a whole book, computed once) and by the live ledger of a
 * journal. Operations, metrics and checks read these indexes instead of rescanning a book.
 */
public interface LedgerView extends Balances {
  /**
   * Returns the positions of the entries dated in a month, ascending.
   *
   * @param month the month; not null
   * @return a new array of positions, empty if no entry is dated in the month
   */
  int[] entriesDatedIn(YearMonth month);

  /**
   * Returns the positions of the entries with a receivable line for a period, ascending.
   *
   * @param period the month charged; not null
   * @return a new array of positions, empty if no entry touches the period
   */
  int[] entriesForPeriod(YearMonth period);

  /**
   * Returns the months that entries are dated in, ascending.
   *
   * @return the months
   */
  SortedSet<YearMonth> monthsWithEntries();

  /**
   * Returns the periods that receivable lines name, ascending.
   *
   * @return the periods
   */
  SortedSet<YearMonth> periodsCharged();

  /**
   * Returns what the entry at a position counts as in every figure: its own kind, or for a REVERSAL
   * of an earlier entry the kind of the entry it (ultimately) reverses. A REVERSAL that names no
   * earlier entry counts as a REVERSAL.
   *
   * @param index the entry's position, from 0
   * @return the effective kind
   * @throws IndexOutOfBoundsException if no entry has that position
   */
  EntryKind effectiveKind(int index);

  /**
   * Tells whether the entry at a position cancels its effective kind's effect: a REVERSAL of an
   * original (not of a reversal), whose mirrored lines count with the opposite sign in every figure
   * ({@link Contributions}).
   *
   * @param index the entry's position, from 0
   * @return true for a cancelling reversal
   * @throws IndexOutOfBoundsException if no entry has that position
   */
  boolean isCancellation(int index);

  /**
   * Tells whether the entry at a position stands: no standing reversal cancels it. A reversal of a
   * reversal lets the original stand again.
   *
   * @param index the entry's position, from 0
   * @return true if the entry stands
   * @throws IndexOutOfBoundsException if no entry has that position
   */
  boolean isStanding(int index);

  /**
   * Returns the positions of the entries that name the given entry in {@code reverses}.
   *
   * @param entryId the reversed entry's id; not null
   * @return the positions, ascending
   */
  List<Integer> reversalsOf(String entryId);

  /**
   * Returns the positions of the entries whose id appeared earlier in the list.
   *
   * @return the positions, ascending
   */
  List<Integer> repeatedIdPositions();

  /**
   * Returns every balance that went below zero after an entry: cash or reserve cash, a unit's
   * prepaid or deposit, or a unit's receivable for a period and fee.
   *
   * @return the negative balances, in entry order
   */
  List<NegativeBalance> negativeBalances();

  /**
   * Returns the position of the entry with the latest date, the first of them when several share
   * it: what an operation dated earlier would contradict.
   *
   * @return the position, or empty when there is no entry
   */
  OptionalInt latestDatedEntry();
}
