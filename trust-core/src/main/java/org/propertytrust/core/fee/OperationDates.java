package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.LedgerView;

/**
 * The date check of the operations that read a book's balances as they stand (payments, prepayment
 * application, late fees): those balances are the balances at the operation's date only if no entry
 * of the book is dated after it, so an earlier date is refused.
 */
final class OperationDates {
  private OperationDates() {}

  /**
   * Refuses a date earlier than the book's latest entry.
   *
   * @param book the book as it stands; not null
   * @param date the operation's date; not null
   * @param what the operation and its entry, such as {@code "payment P1"}; not null
   * @throws TrustException naming both dates if an entry of the book is dated after {@code date}
   */
  static void checkNotBeforeLatest(BookState book, LocalDate date, String what) {
    LedgerView ledger = book.ledger();
    SortedSet<YearMonth> months = ledger.monthsWithEntries();
    if (months.isEmpty() || months.last().isBefore(YearMonth.from(date))) {
      return;
    }
    List<Entry> entries = book.entries();
    Entry latest = null;
    for (int index : ledger.entriesDatedIn(months.last())) {
      Entry entry = entries.get(index);
      if (latest == null || entry.date().isAfter(latest.date())) {
        latest = entry;
      }
    }
    if (latest != null && latest.date().isAfter(date)) {
      throw new TrustException(
          String.format(
              "%s is dated %s, before the book's latest entry %s dated %s: it reads the balances"
                  + " as they stand, so operations must be applied in date order",
              what, date, latest.id(), latest.date()));
    }
  }
}
