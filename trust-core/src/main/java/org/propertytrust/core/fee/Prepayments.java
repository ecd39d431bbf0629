package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.Side;

/**
 * Applying prepaid balances to open charges, usually right after a billing run.
 *
 * <p>Money received in advance sits in a unit's {@code prepaid} balance (a liability to the unit)
 * until it is applied: a PREPAYMENT_APPLIED entry debits {@code prepaid} and credits the unit's
 * open charges in the contract's policy order, as far as the prepaid balance goes. It reads the
 * balances of the book as it stands, so it may not be dated before the book's latest entry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Prepayments {
  private Prepayments() {}

  /**
   * Applies every unit's prepaid balance to its open charges, in one PREPAYMENT_APPLIED entry:
   * first the prepaid debits (units in id order), then the receivable credits.
   *
   * @param book the book as it stands; not null
   * @param date the date of the entry, whose month is the payment month for {@code
   *     SAME_PERIOD_FIRST}; not null
   * @param id the entry's id; not null
   * @return the entry, or an empty list when no unit has both a prepaid balance and open charges
   * @throws org.propertytrust.core.TrustException if the date is before the book's latest entry
   */
  public static List<Entry> apply(BookState book, LocalDate date, String id) {
    OperationDates.checkNotBeforeLatest(book, date, "prepayment application " + id);
    LedgerView ledger = book.ledger();
    List<Line> debits = new ArrayList<>();
    List<Line> credits = new ArrayList<>();
    for (String unit : ledger.unitsWithPrepaid()) {
      Money left = ledger.prepaid(unit);
      if (!left.isPositive()) {
        continue;
      }
      Money applied = Money.zero(book.currency());
      for (Receivable open :
          ChargeOrder.openInOrder(book.contract(), ledger, unit, YearMonth.from(date))) {
        if (left.isZero()) {
          break;
        }
        Money part = open.amount().isGreaterThan(left) ? left : open.amount();
        credits.add(Line.receivable(Side.CREDIT, part, unit, open.period(), open.fee()));
        left = left.minus(part);
        applied = applied.plus(part);
      }
      if (applied.isPositive()) {
        debits.add(Line.forUnit(Account.PREPAID, Side.DEBIT, applied, unit));
      }
    }
    if (debits.isEmpty()) {
      return List.of();
    }
    ImmutableEntry.Builder entry =
        Entry.builder().id(id).date(date).kind(EntryKind.PREPAYMENT_APPLIED);
    return List.of(entry.addAllLines(debits).addAllLines(credits).build());
  }
}
