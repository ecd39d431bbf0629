package org.propertytrust.core.fee;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.Money;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Balances;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.party.Unit;

/**
 * Late fees (DOMAIN.md §3 and the {@code fee.late-fee} rule): per unit and period, at most once,
 * not before the period's due date plus the contract's grace days, only while something of that
 * period is open, at most {@code percent} of the unit's charges for the period (net of waivers,
 * rounded HALF_UP) and at most the cap. A period's due date is the latest due date among the unit's
 * charges for it.
 *
 * <p>A LATE_FEE entry debits {@code receivable} with the unit, the period and fee {@value
 * Fee#LATE_FEE}, and credits {@code income:late-fee}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LateFees {
  private LateFees() {}

  /**
   * Returns the due date of a unit's charges for a period: the latest due date among the fees it
   * was charged (a fee the contract does not list falls due on the month's last day).
   *
   * @param contract the contract; not null
   * @param balances the balances, for which fees were charged; not null
   * @param unit the unit id; not null
   * @param period the month; not null
   * @param fees the fee codes to consider (those charged to the unit, say); not null
   * @return the due date, or empty if the unit was charged none of them for the period
   */
  public static Optional<LocalDate> periodDueDate(
      Contract contract, Balances balances, String unit, YearMonth period, Set<String> fees) {
    LocalDate due = null;
    for (String code : fees) {
      if (code.equals(Fee.LATE_FEE) || balances.chargeCount(unit, period, code) <= 0) {
        continue;
      }
      LocalDate d = contract.fee(code).map(f -> f.dueDate(period)).orElse(period.atEndOfMonth());
      if (due == null || d.isAfter(due)) {
        due = d;
      }
    }
    return Optional.ofNullable(due);
  }

  /**
   * Returns the largest late fee the contract allows on the given charges.
   *
   * @param terms the contract's late-fee terms; not null
   * @param netCharges the unit's charges for the period, net of waivers; not null
   * @return {@code min(percent × netCharges rounded HALF_UP, cap)}, never negative
   */
  public static Money maximum(LateFeeTerms terms, Money netCharges) {
    if (!netCharges.isPositive()) {
      return Money.zero(netCharges.getCurrencyUnit());
    }
    Money max = terms.percent().of(netCharges, RoundingMode.HALF_UP);
    if (terms.cap().isPresent() && max.isGreaterThan(terms.cap().get())) {
      max = terms.cap().get();
    }
    return max;
  }

  /**
   * Judges a late fee: every reason it may not be charged. This is the {@code fee.late-fee} check
   * and the test {@link #assess} applies before it charges.
   *
   * @param contract the contract; not null
   * @param date the late fee's date; not null
   * @param amount the late fee; not null
   * @param dueDate the period's due date, if the unit was charged for the period; not null
   * @param netCharges the unit's charges for the period, net of waivers; not null
   * @param somethingOpen whether something of the unit's period is open on the date
   * @param earlierLateFees how many late fees the unit and period already have
   * @return the problems, empty if the late fee may be charged
   */
  public static Set<LateFeeProblem> problems(
      Contract contract,
      LocalDate date,
      Money amount,
      Optional<LocalDate> dueDate,
      Money netCharges,
      boolean somethingOpen,
      int earlierLateFees) {
    Set<LateFeeProblem> out = EnumSet.noneOf(LateFeeProblem.class);
    if (contract.lateFee().isEmpty()) {
      out.add(LateFeeProblem.NO_LATE_FEE_IN_CONTRACT);
      return out;
    }
    LateFeeTerms terms = contract.lateFee().get();
    if (dueDate.isEmpty() || date.isBefore(dueDate.get().plusDays(terms.graceDays()))) {
      out.add(LateFeeProblem.BEFORE_GRACE_PERIOD_ENDS);
    }
    if (!somethingOpen) {
      out.add(LateFeeProblem.NOTHING_OPEN);
    }
    if (earlierLateFees > 0) {
      out.add(LateFeeProblem.SECOND_LATE_FEE);
    }
    if (amount.isGreaterThan(maximum(terms, netCharges))) {
      out.add(LateFeeProblem.TOO_LARGE);
    }
    return out;
  }

  /**
   * Returns a unit's charges for a period, net of waivers and of reversals: what the late fee's
   * percentage applies to. Late fees themselves are not included.
   *
   * @param book the book; not null
   * @param unit the unit id; not null
   * @param period the month; not null
   * @return the net charges
   */
  public static Money netCharges(BookState book, String unit, YearMonth period) {
    return book.ledger().periodCharges(unit, period);
  }

  /**
   * Charges every late fee due on a date: for each unit and period with something open, past its
   * due date plus the grace days, without a late fee yet, the largest late fee the contract allows.
   * One LATE_FEE entry per unit and period (units in book order, periods ascending).
   *
   * @param book the book as it stands; not null
   * @param date the date of the late fees; not null
   * @param ids the ids of the entries; not null
   * @return the LATE_FEE entries, empty if the contract has no late fee or none is due
   * @throws org.propertytrust.core.TrustException if the date is before the book's latest entry
   *     (what is open is read from the book as it stands)
   */
  public static List<Entry> assess(BookState book, LocalDate date, EntryIds ids) {
    OperationDates.checkNotBeforeLatest(book, date, "the late-fee assessment");
    List<Entry> out = new ArrayList<>();
    if (book.contract().lateFee().isEmpty()) {
      return out;
    }
    LedgerView ledger = book.ledger();
    for (Unit unit : book.units()) {
      TreeSet<YearMonth> periods = new TreeSet<>();
      for (Receivable open : ledger.openReceivables(unit.id())) {
        if (!open.fee().equals(Fee.LATE_FEE)) {
          periods.add(open.period());
        }
      }
      for (YearMonth period : periods) {
        Set<String> feesCharged = new TreeSet<>(book.contract().feeCodes());
        for (Receivable open : ledger.openReceivables(unit.id())) {
          if (open.period().equals(period)) {
            feesCharged.add(open.fee());
          }
        }
        Optional<LocalDate> due =
            periodDueDate(book.contract(), ledger, unit.id(), period, feesCharged);
        Money net = netCharges(book, unit.id(), period);
        Money amount = maximum(book.contract().lateFee().get(), net);
        int earlier = ledger.chargeCount(unit.id(), period, Fee.LATE_FEE);
        if (!amount.isPositive()
            || !problems(book.contract(), date, amount, due, net, true, earlier).isEmpty()) {
          continue;
        }
        out.add(
            Entry.builder()
                .id(ids.next())
                .date(date)
                .kind(EntryKind.LATE_FEE)
                .addLine(Line.receivable(Side.DEBIT, amount, unit.id(), period, Fee.LATE_FEE))
                .addLine(Line.credit(Account.INCOME_LATE_FEE, amount))
                .build());
      }
    }
    return out;
  }
}
