package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Contributions;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;

/**
 * The trustee's remuneration (DOMAIN.md §4): what the contract formula gives for a month, what was
 * posted, and the entry that settles the difference.
 *
 * <p>{@link RemunerationBasis#FIXED_MONTHLY}: the full amount for each month that has begun. {@link
 * RemunerationBasis#PERCENT_OF_COLLECTED}: {@code percent / 100 × base}, rounded HALF_UP, where the
 * base is the receivable credits on the listed fees made by PAYMENT and PREPAYMENT_APPLIED entries
 * dated in the month, less their reversals dated in the month, plus — for each listed {@code
 * public:<source>} and only when the assembly approved it — the credits to {@code
 * income:public:<source>} dated in the month, net of their reversals. Money received in advance
 * counts when it is applied; waivers never count; a negative base owes 0. A REMUNERATION entry
 * belongs to the month of its date.
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
   * @return the remuneration due, zero for a month that has not begun by the cut-off
   */
  public static Money due(BookState book, YearMonth month, LocalDate asOf) {
    Remuneration terms = book.contract().remuneration();
    if (asOf.isBefore(month.atDay(1))) {
      return Money.zero(book.currency());
    }
    if (terms.basis() == RemunerationBasis.FIXED_MONTHLY) {
      return terms.amount().orElseThrow();
    }
    Money base = base(book, month, asOf);
    if (base.isNegative()) {
      return Money.zero(book.currency());
    }
    return terms.percent().orElseThrow().of(base, java.math.RoundingMode.HALF_UP);
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
    Remuneration terms = book.contract().remuneration();
    if (terms.basis() != RemunerationBasis.PERCENT_OF_COLLECTED) {
      return Money.zero(book.currency());
    }
    Set<String> fees = new HashSet<>(terms.feeCodes());
    Set<String> sources =
        terms.publicRevenueApprovedByAssembly() ? new HashSet<>(terms.publicSources()) : Set.of();
    LedgerView ledger = book.ledger();
    long total = 0;
    for (int index : ledger.entriesDatedIn(month)) {
      Entry entry = book.entries().get(index);
      if (entry.date().isAfter(asOf)) {
        continue;
      }
      EntryKind kind = ledger.effectiveKind(index);
      boolean cancel = ledger.isCancellation(index);
      boolean collection = kind == EntryKind.PAYMENT || kind == EntryKind.PREPAYMENT_APPLIED;
      for (Line line : entry.lines()) {
        if (collection
            && line.account().equals(Account.RECEIVABLE)
            && line.fee().filter(fees::contains).isPresent()) {
          total += Contributions.of(line, cancel, Side.CREDIT);
        } else if (line.account().is(ChartAccount.PUBLIC_INCOME)
            && sources.contains(line.account().qualifier())) {
          total += Contributions.of(line, cancel, Side.CREDIT);
        }
      }
    }
    return Money.ofMinor(book.currency(), total);
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
    LedgerView ledger = book.ledger();
    long total = 0;
    for (int index : ledger.entriesDatedIn(month)) {
      Entry entry = book.entries().get(index);
      if (entry.date().isAfter(asOf)) {
        continue;
      }
      for (Line line : entry.lines()) {
        if (line.account().isRemuneration()) {
          total += line.signedMinor();
        }
      }
    }
    return Money.ofMinor(book.currency(), total);
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
