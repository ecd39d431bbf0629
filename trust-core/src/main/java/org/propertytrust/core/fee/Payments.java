package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.Side;

/**
 * A unit's payment into the trust account: a PAYMENT entry that says where the money went.
 *
 * <p>The payment debits {@code cash} and credits the unit's open charges in the contract's policy
 * order ({@link ChargeOrder}); whatever exceeds them is credited to the unit's {@code prepaid}
 * balance, to be applied when new charges are billed. A payment before any billing is therefore all
 * prepaid.
 *
 * <p>A payment settles the charges open in the book as it stands, so it may not be dated before the
 * book's latest entry: record payments in date order, after the billing runs they pay for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Payments {
  private Payments() {}

  /**
   * Records a payment settled in the contract's policy order (oldest first under {@link
   * AllocationPolicy#EXPLICIT} when no targets are named).
   *
   * @param book the book as it stands; not null
   * @param unit the paying unit's id; not null, a unit of the book
   * @param amount the amount paid; not null, positive, in the community's currency
   * @param date the date received; not null
   * @param id the entry's id; not null
   * @return the PAYMENT entry
   * @throws TrustException if the amount is not positive or not in the community's currency, the
   *     unit is unknown, or the date is before the book's latest entry
   */
  public static Entry pay(BookState book, String unit, Money amount, LocalDate date, String id) {
    check(book, unit, amount, date, id);
    ImmutableEntry.Builder entry = start(amount, date, id);
    Money left = amount;
    for (Receivable open :
        ChargeOrder.openInOrder(book.contract(), book.ledger(), unit, YearMonth.from(date))) {
      if (left.isZero()) {
        break;
      }
      Money part = open.amount().isGreaterThan(left) ? left : open.amount();
      entry.addLine(Line.receivable(Side.CREDIT, part, unit, open.period(), open.fee()));
      left = left.minus(part);
    }
    return finish(entry, unit, left);
  }

  /**
   * Records a payment whose payer names the charges it settles; the rest goes to prepaid. Only for
   * contracts whose policy is {@link AllocationPolicy#EXPLICIT}.
   *
   * @param book the book as it stands; not null
   * @param unit the paying unit's id; not null, a unit of the book
   * @param amount the amount paid; not null, positive
   * @param date the date received; not null
   * @param id the entry's id; not null
   * @param targets the charges named and the amount for each; not null
   * @return the PAYMENT entry
   * @throws TrustException if the policy is not EXPLICIT, a target is not open for that much, the
   *     targets exceed the amount, or the date is before the book's latest entry
   */
  public static Entry payExplicitly(
      BookState book,
      String unit,
      Money amount,
      LocalDate date,
      String id,
      List<PaymentTarget> targets) {
    check(book, unit, amount, date, id);
    TrustException.check(
        book.contract().allocation() == AllocationPolicy.EXPLICIT,
        "named targets need the EXPLICIT allocation policy; the contract's is %s",
        book.contract().allocation());
    ImmutableEntry.Builder entry = start(amount, date, id);
    Money left = amount;
    Map<String, Money> used = new HashMap<>();
    for (PaymentTarget target : targets) {
      String key = target.period() + " " + target.fee();
      Money open = book.ledger().receivable(unit, target.period(), target.fee());
      Money already = used.getOrDefault(key, Money.zero(book.currency()));
      TrustException.check(
          !target.amount().plus(already).isGreaterThan(open),
          "unit %s owes %s for %s %s, less than the %s named",
          unit,
          open,
          target.fee(),
          target.period(),
          target.amount().plus(already));
      TrustException.check(
          !target.amount().isGreaterThan(left),
          "the targets of payment %s exceed its amount %s",
          id,
          amount);
      used.put(key, already.plus(target.amount()));
      entry.addLine(
          Line.receivable(Side.CREDIT, target.amount(), unit, target.period(), target.fee()));
      left = left.minus(target.amount());
    }
    return finish(entry, unit, left);
  }

  private static void check(BookState book, String unit, Money amount, LocalDate date, String id) {
    TrustException.check(amount.isPositive(), "a payment must be positive: %s", amount);
    TrustException.check(
        amount.getCurrencyUnit().equals(book.currency()),
        "a payment must be in %s: %s",
        book.currency(),
        amount);
    TrustException.check(book.unit(unit).isPresent(), "unit %s is not a unit of the book", unit);
    OperationDates.checkNotBeforeLatest(book, date, "payment " + id);
  }

  private static ImmutableEntry.Builder start(Money amount, LocalDate date, String id) {
    return Entry.builder()
        .id(id)
        .date(date)
        .kind(EntryKind.PAYMENT)
        .addLine(Line.debit(Account.CASH, amount));
  }

  private static Entry finish(ImmutableEntry.Builder entry, String unit, Money left) {
    if (left.isPositive()) {
      entry.addLine(Line.forUnit(Account.PREPAID, Side.CREDIT, left, unit));
    }
    return entry.build();
  }
}
