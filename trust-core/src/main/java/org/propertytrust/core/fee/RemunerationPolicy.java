package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;

/**
 * The trustee's remuneration (DOMAIN.md §4): what the contract formula gives for a month, what was
 * posted, and the entry that settles the difference.
 *
 * <p>{@link RemunerationBasis#FIXED_MONTHLY}: the full amount for each month that has begun and is
 * within the contract's term (from the month of its start to the month of its end, if any); nothing
 * for a month outside the term, which DOMAIN.md leaves open and this library reads as "no contract,
 * no remuneration". {@link RemunerationBasis#PERCENT_OF_COLLECTED}: {@code percent / 100 × base},
 * rounded HALF_UP, where the base is the receivable credits on the listed fees made by PAYMENT and
 * PREPAYMENT_APPLIED entries dated in the month, less their reversals dated in the month, plus —
 * for each listed {@code public:<source>} and only when the assembly approved it — the credits to
 * {@code income:public:<source>} dated in the month, net of their reversals. Money received in
 * advance counts when it is applied; waivers never count; a negative base owes 0. A REMUNERATION
 * entry belongs to the month of its date.
 *
 * <p>The formula itself is {@link RemunerationTally}, which the {@code
 * trust.remuneration-exceeds-contract} rule feeds with the same entries.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RemunerationPolicy {
  private RemunerationPolicy() {}

  /**
   * Returns the remuneration the contract formula gives for a month, counting only entries dated on
   * or before a cut-off.
   *
   * @param book the book; not null
   * @param month the month; not null
   * @param asOf the cut-off date; not null
   * @return the remuneration due, zero for a month that has not begun by the cut-off or, for a
   *     fixed remuneration, that is outside the contract's term
   */
  public static Money due(BookState book, YearMonth month, LocalDate asOf) {
    if (asOf.isBefore(month.atDay(1))) {
      return Money.zero(book.currency());
    }
    return tally(book, month, asOf).due(month);
  }

  /**
   * Returns the base of a percentage remuneration for a month (DOMAIN.md §4), counting only entries
   * dated on or before a cut-off; zero for a fixed remuneration.
   *
   * @param book the book; not null
   * @param month the month; not null
   * @param asOf the cut-off date; not null
   * @return the base, which may be negative
   */
  public static Money base(BookState book, YearMonth month, LocalDate asOf) {
    return tally(book, month, asOf).base(month);
  }

  /**
   * Returns the remuneration posted for a month: debits to {@code expense:remuneration} dated in
   * the month (up to a cut-off), net of credits to it, whatever the entry kind.
   *
   * @param book the book; not null
   * @param month the month; not null
   * @param asOf the cut-off date; not null
   * @return the remuneration posted
   */
  public static Money posted(BookState book, YearMonth month, LocalDate asOf) {
    return tally(book, month, asOf).posted(month);
  }

  /** Feeds a tally the entries dated in a month, up to a cut-off. */
  private static RemunerationTally tally(BookState book, YearMonth month, LocalDate asOf) {
    RemunerationTally tally = RemunerationTally.of(book.contract(), book.currency());
    LedgerView ledger = book.ledger();
    List<Entry> entries = book.entries();
    for (int index : ledger.entriesDatedIn(month)) {
      Entry entry = entries.get(index);
      if (!entry.date().isAfter(asOf)) {
        tally.add(entry, ledger.effectiveKind(index), ledger.isCancellation(index));
      }
    }
    return tally;
  }

  /**
   * Settles a month's remuneration: a REMUNERATION entry for what the formula gives as of the
   * entry's date, less what was already posted for the month. Paid from {@code cash}, or, when
   * {@code accrue} is true, credited to {@code payable:trustee} to be paid later.
   *
   * @param book the book as it stands; not null
   * @param date the entry's date, within the month it settles; not null
   * @param id the entry's id; not null
   * @param accrue whether to accrue the remuneration instead of paying it
   * @return the entry, or an empty list when nothing more is due
   * @throws TrustException if paying would overdraw the trust account
   */
  public static List<Entry> settle(BookState book, LocalDate date, String id, boolean accrue) {
    YearMonth month = YearMonth.from(date);
    Money owed = due(book, month, date).minus(posted(book, month, date));
    if (!owed.isPositive()) {
      return List.of();
    }
    Account from = accrue ? Account.PAYABLE_TRUSTEE : Account.CASH;
    if (!accrue) {
      Money cash = book.ledger().cash();
      TrustException.check(
          !owed.isGreaterThan(cash),
          "remuneration %s for %s exceeds the cash held %s; accrue it instead",
          owed,
          month,
          cash);
    }
    return List.of(
        Entry.of(
            id,
            date,
            EntryKind.REMUNERATION,
            List.of(Line.debit(Account.EXPENSE_REMUNERATION, owed), Line.credit(from, owed))));
  }
}
