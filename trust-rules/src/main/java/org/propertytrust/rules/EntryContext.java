package org.propertytrust.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Obstacle;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.NegativeBalance;

/** An entry as checks see it, with the ledger and what the validation computed about it. */
public interface EntryContext {
  /**
   * Returns the entry's position in the ledger, from 0: its position in the book among the entries
   * checked (entries after an as-of date are not). Ledger queries by position use it.
   *
   * @return the index
   */
  int index();

  /**
   * Returns the entry.
   *
   * @return the entry
   */
  Entry entry();

  /**
   * Returns the book's sections, without entries.
   *
   * @return the header
   */
  TrustBook header();

  /**
   * Returns the ledger: before the entry in {@link Check#beforeEntry}, after it in {@link
   * Check#afterEntry}.
   *
   * @return the ledger, read-only
   */
  LedgerView ledger();

  /**
   * Returns the date of the entry listed just before this one.
   *
   * @return the previous date, absent for the first entry
   */
  Optional<LocalDate> previousDate();

  /**
   * Returns the expenditure an EXPENDITURE entry pays, when the book has it.
   *
   * @return the expenditure
   */
  Optional<Expenditure> expenditure();

  /**
   * Returns, for an EXPENDITURE entry paying a known expenditure, every reason it should not have
   * been paid on its date (the spending policy's answer, computed once for all rules, with the
   * budget used by the payments before it); empty otherwise.
   *
   * @return the obstacles
   */
  List<Obstacle> spendingObstacles();

  /**
   * Returns the balances this entry took below zero (in {@link Check#afterEntry}; empty before).
   *
   * @return the negative balances recorded for this entry
   */
  List<NegativeBalance> newNegativeBalances();
}
