package org.propertytrust.core.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.party.Unit;

/**
 * The monthly billing run: every unit is charged every contract fee for a month.
 *
 * <p>A {@link org.propertytrust.core.contract.FeeBasis#PER_M2_MONTH} fee charges {@code rate ×
 * area} rounded HALF_UP to the minor unit; a {@link
 * org.propertytrust.core.contract.FeeBasis#PER_UNIT_MONTH} fee charges the rate. A charge is for a
 * whole month, whatever day the contract starts, and falls due on the fee's due day. Re-running the
 * billing for a month charges nothing twice: a unit already charged a fee for that month (and not
 * reversed) is skipped, so a second run only charges what the first did not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Billing {
  private Billing() {}

  /**
   * Charges every unit every contract fee for a month, in one CHARGE entry: a receivable debit per
   * unit and fee (units in book order, fees in contract order) and an income credit per fee.
   *
   * @param book the book as it stands; not null
   * @param period the month charged; not null, within the contract's term
   * @param date the date of the entry; not null
   * @param id the entry's id; not null
   * @return the CHARGE entry, or an empty list when every unit is already charged (or every charge
   *     would be zero)
   * @throws TrustException if the month is outside the contract's term
   */
  public static List<Entry> run(BookState book, YearMonth period, LocalDate date, String id) {
    Contract contract = book.contract();
    TrustException.check(
        !period.isBefore(YearMonth.from(contract.start()))
            && contract.end().map(e -> !period.isAfter(YearMonth.from(e))).orElse(true),
        "cannot bill %s: outside the contract's term from %s%s",
        period,
        contract.start(),
        contract.end().map(e -> " to " + e).orElse(""));
    CurrencyUnit currency = book.currency();
    LedgerView ledger = book.ledger();
    ImmutableEntry.Builder entry = Entry.builder().id(id).date(date).kind(EntryKind.CHARGE);
    Map<String, Money> incomeByFee = new LinkedHashMap<>();
    for (Unit unit : book.units()) {
      for (Fee fee : contract.fees()) {
        if (ledger.chargeCount(unit.id(), period, fee.code()) > 0) {
          continue;
        }
        Money charge = fee.chargeFor(unit, currency);
        if (charge.isPositive()) {
          entry.addLine(Line.receivable(Side.DEBIT, charge, unit.id(), period, fee.code()));
          incomeByFee.merge(fee.code(), charge, Money::plus);
        }
      }
    }
    if (incomeByFee.isEmpty()) {
      return List.of();
    }
    incomeByFee.forEach((fee, total) -> entry.addLine(Line.credit(Account.income(fee), total)));
    return List.of(entry.build());
  }
}
