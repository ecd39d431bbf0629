package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.util.Optional;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.ledger.Entry;

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
    Optional<Entry> latest = book.latestDatedEntry();
    if (latest.isEmpty()) {
      return;
    }
    Entry entry = latest.get();
    if (entry.date().isAfter(date)) {
      throw new TrustException(
          String.format(
              "%s is dated %s, before the book's latest entry %s dated %s: it reads the balances"
                  + " as they stand, so operations must be applied in date order",
              what, date, entry.id(), entry.date()));
    }
  }
}
