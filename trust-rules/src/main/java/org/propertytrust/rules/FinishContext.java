package org.propertytrust.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.LedgerView;

/** The end of a validation, once every entry has been seen. */
public interface FinishContext {
  /**
   * Returns the book's sections, without entries.
   *
   * @return the header
   */
  TrustBook header();

  /**
   * Returns the ledger after every entry checked.
   *
   * @return the ledger, read-only
   */
  LedgerView ledger();

  /**
   * Returns the date the book is judged as of: the one given, or the latest entry date (or, for a
   * book without entries, the contract's start).
   *
   * @return the as-of date
   */
  LocalDate asOf();

  /**
   * Returns the month of the earliest entry checked.
   *
   * @return the month, absent for a book without entries
   */
  Optional<YearMonth> firstMonth();

  /**
   * Returns the number of entries checked.
   *
   * @return the count
   */
  int entriesChecked();
}
