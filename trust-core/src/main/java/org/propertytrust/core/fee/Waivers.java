package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;

/**
 * Forgiving part or all of a charge, with a reason: a WAIVER entry that debits the fee's income and
 * credits the unit's receivable. Waived money is neither billed nor collected in the metrics.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Waivers {
  private Waivers() {}

  /**
   * Waives part or all of an open charge.
   *
   * @param book the book as it stands; not null
   * @param unit the unit id; not null
   * @param period the month of the charge; not null
   * @param fee the fee code (or {@code late-fee}); not null
   * @param amount the amount waived; not null, positive, at most what is open
   * @param date the date of the waiver; not null
   * @param id the entry's id; not null
   * @param reason why the charge is waived; not null, not blank
   * @return the WAIVER entry
   * @throws TrustException if the amount is not positive, not in the community's currency or
   *     exceeds what is open, or the reason is blank
   */
  public static Entry waive(
      BookState book,
      String unit,
      YearMonth period,
      String fee,
      Money amount,
      LocalDate date,
      String id,
      String reason) {
    TrustException.check(amount.isPositive(), "a waiver must be positive: %s", amount);
    TrustException.check(
        amount.getCurrencyUnit().equals(book.currency()),
        "a waiver must be in %s: %s",
        book.currency(),
        amount);
    TrustException.check(!reason.isBlank(), "waiver %s must give a reason", id);
    Money open = book.ledger().receivable(unit, period, fee);
    TrustException.check(
        !amount.isGreaterThan(open),
        "cannot waive %s of unit %s %s %s: only %s is open",
        amount,
        unit,
        fee,
        period,
        open);
    return Entry.builder()
        .id(id)
        .date(date)
        .kind(EntryKind.WAIVER)
        .memo(reason)
        .addLine(Line.debit(Account.income(fee), amount))
        .addLine(Line.receivable(Side.CREDIT, amount, unit, period, fee))
        .build();
  }
}
