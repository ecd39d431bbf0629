package org.propertytrust.rules.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.fee.ChargeOrder;
import org.propertytrust.core.fee.LateFeeProblem;
import org.propertytrust.core.fee.LateFees;
import org.propertytrust.core.fee.OutOfOrder;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.party.Unit;
import org.propertytrust.rules.Check;
import org.propertytrust.rules.EntryContext;
import org.propertytrust.rules.Refs;
import org.propertytrust.rules.Reporter;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RunContext;
import org.propertytrust.rules.Severity;

/** The {@code fee.*} rules: charges, allocation order and late fees. */
final class FeeRules {
  private FeeRules() {}

  static List<Rule> all() {
    return List.of(
        new CatalogRule(
            "fee.rate-mismatch",
            Severity.ERROR,
            "收费标准不符合合同",
            "A CHARGE differs from the contract rate for that unit, fee and period.",
            RateMismatch::new),
        new CatalogRule(
            "fee.duplicate-charge",
            Severity.ERROR,
            "重复计费",
            "A unit is charged twice for the same fee and period (not counting reversed charges).",
            run -> new DuplicateCharge()),
        new CatalogRule(
            "fee.allocation-order",
            Severity.WARNING,
            "缴费冲抵顺序不符",
            "Under OLDEST_FIRST or SAME_PERIOD_FIRST, a PAYMENT or PREPAYMENT_APPLIED settles a"
                + " charge while one that comes before it in policy order stays open.",
            AllocationOrder::new),
        new CatalogRule(
            "fee.late-fee",
            Severity.ERROR,
            "滞纳金不符合约定",
            "A late fee the contract does not allow: no late fee in the contract, before the due"
                + " date plus grace days, nothing open, a second one, or more than the percent or"
                + " cap.",
            LateFee::new));
  }

  /** fee.rate-mismatch. */
  private static final class RateMismatch implements Check {
    private final Contract contract;
    private final CurrencyUnit currency;

    private final YearMonth start;
    private final Optional<YearMonth> end;

    /** Per fee code, per unit id: the contract's charge in minor units, computed once. */
    private final Map<String, Map<String, Long>> expected = new HashMap<>();

    RateMismatch(RunContext run) {
      this.contract = run.header().contract();
      this.currency = run.header().currency();
      this.start = YearMonth.from(contract.start());
      this.end = contract.end().map(YearMonth::from);
    }

    private long expectedMinor(Unit unit, Fee fee) {
      return expected
          .computeIfAbsent(fee.code(), f -> new HashMap<>())
          .computeIfAbsent(unit.id(), u -> chargeMinor(unit, fee));
    }

    private long chargeMinor(Unit unit, Fee fee) {
      try {
        return fee.chargeFor(unit, currency).getAmountMinorLong();
      } catch (ArithmeticException e) {
        return Long.MIN_VALUE; // beyond the ledger's range: no line amount equals it
      }
    }

    private static String what(Unit unit, Line line) {
      return "unit "
          + unit.id()
          + " "
          + line.fee().orElseThrow()
          + " "
          + line.period().orElseThrow();
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      if (c.entry().kind() != EntryKind.CHARGE) {
        return;
      }
      List<String> problems = new ArrayList<>();
      Refs refs = Refs.entry(c.entry().id());
      List<Line> lines = c.entry().lines();
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (!line.isDebit()
            || !line.account().is(ChartAccount.RECEIVABLE)
            || line.unitOrNull() == null
            || line.periodOrNull() == null
            || line.feeOrNull() == null) {
          continue;
        }
        Optional<Unit> unit = c.header().unit(line.unitOrNull());
        if (unit.isEmpty()) {
          continue;
        }
        YearMonth period = line.periodOrNull();
        Optional<Fee> fee = contract.fee(line.feeOrNull());
        String problem = null;
        if (fee.isEmpty()) {
          problem =
              what(unit.get(), line)
                  + " is charged "
                  + line.amount()
                  + " for a fee the contract does not have";
        } else if (period.isBefore(start) || end.map(period::isAfter).orElse(false)) {
          problem = what(unit.get(), line) + " is charged outside the contract's term";
        } else if (expectedMinor(unit.get(), fee.get()) != line.amountMinor()) {
          Money expected = fee.get().chargeFor(unit.get(), currency);
          problem =
              what(unit.get(), line)
                  + " is charged "
                  + line.amount()
                  + "; the contract rate gives "
                  + expected
                  + " ("
                  + fee.get().rate().toPlainString()
                  + (fee.get().basis() == org.propertytrust.core.contract.FeeBasis.PER_M2_MONTH
                      ? " × " + unit.get().areaM2().toPlainString() + " m²)"
                      : " per unit)");
        }
        if (problem != null) {
          if (problems.isEmpty()) {
            refs.unit(unit.get().id()).period(period).fee(line.fee().get());
          }
          problems.add(problem);
        }
      }
      if (!problems.isEmpty()) {
        r.report("charge " + c.entry().id() + ": " + String.join("; ", problems), refs);
      }
    }
  }

  /**
   * fee.duplicate-charge. After a CHARGE entry is added, a cell it charges that now counts two or
   * more standing charges was charged before, or twice by this entry; only then is the entry looked
   * at line by line.
   */
  private static final class DuplicateCharge implements Check {
    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      if (c.entry().kind() != EntryKind.CHARGE) {
        return;
      }
      List<Line> lines = c.entry().lines();
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (charges(line)
            && c.ledger().chargeCount(line.unitOrNull(), line.periodOrNull(), line.feeOrNull())
                > 1) {
          report(c, r);
          return;
        }
      }
    }

    private static boolean charges(Line line) {
      return line.isDebit()
          && line.account().is(ChartAccount.RECEIVABLE)
          && line.unitOrNull() != null
          && line.periodOrNull() != null
          && line.feeOrNull() != null;
    }

    /** Reports the first line whose unit, period and fee were charged before it. */
    private static void report(EntryContext c, Reporter r) {
      Map<String, Integer> inEntry = new HashMap<>();
      for (Line line : c.entry().lines()) {
        if (charges(line)) {
          inEntry.merge(key(line), 1, Integer::sum);
        }
      }
      Map<String, Integer> seen = new HashMap<>();
      for (Line line : c.entry().lines()) {
        if (!charges(line)) {
          continue;
        }
        String unit = line.unit().get();
        YearMonth period = line.period().get();
        String fee = line.fee().get();
        String key = key(line);
        // the charges standing before this entry, and this entry's own lines before this one
        int before =
            c.ledger().chargeCount(unit, period, fee)
                - inEntry.get(key)
                + seen.merge(key, 1, Integer::sum)
                - 1;
        if (before >= 1) {
          r.report(
              "charge "
                  + c.entry().id()
                  + " charges unit "
                  + unit
                  + " "
                  + fee
                  + " for "
                  + period
                  + " again ("
                  + line.amount()
                  + "); it was already charged "
                  + (before == 1 ? "once" : before + " times")
                  + " and not reversed",
              Refs.entry(c.entry().id()).unit(unit).period(period).fee(fee));
          return;
        }
      }
    }

    private static String key(Line line) {
      return line.unit().get() + " " + line.period().get() + " " + line.fee().get();
    }
  }

  /** fee.allocation-order. */
  private static final class AllocationOrder implements Check {
    private final Contract contract;

    AllocationOrder(RunContext run) {
      this.contract = run.header().contract();
    }

    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      EntryKind kind = c.entry().kind();
      if (kind != EntryKind.PAYMENT && kind != EntryKind.PREPAYMENT_APPLIED) {
        return;
      }
      Optional<OutOfOrder> found = ChargeOrder.firstOutOfOrder(contract, c.entry(), c.ledger());
      found.ifPresent(
          o ->
              r.report(
                  (kind == EntryKind.PAYMENT ? "payment " : "prepayment application ")
                      + c.entry().id()
                      + " settles unit "
                      + o.unit()
                      + "'s "
                      + o.settledFee()
                      + " "
                      + o.settledPeriod()
                      + " while its "
                      + o.openFee()
                      + " "
                      + o.openPeriod()
                      + " stays open ("
                      + o.stillOpen()
                      + "), against the "
                      + contract.allocation()
                      + " policy",
                  Refs.entry(c.entry().id())
                      .unit(o.unit())
                      .period(o.settledPeriod())
                      .fee(o.settledFee())));
    }
  }

  /** fee.late-fee, reading each unit's net charges per period from the ledger. */
  private static final class LateFee implements Check {
    private final Contract contract;

    LateFee(RunContext run) {
      this.contract = run.header().contract();
    }

    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      Entry entry = c.entry();
      if (entry.kind() != EntryKind.LATE_FEE) {
        return;
      }
      List<String> problems = new ArrayList<>();
      Refs refs = Refs.entry(entry.id());
      boolean referenced = false;
      Map<String, Integer> inEntry = new LinkedHashMap<>();
      for (Line line : entry.lines()) {
        if (!line.account().equals(Account.RECEIVABLE)
            || !line.isDebit()
            || line.unit().isEmpty()
            || line.period().isEmpty()) {
          continue;
        }
        String unit = line.unit().get();
        YearMonth period = line.period().get();
        if (!referenced) {
          refs.unit(unit).period(period).fee(Fee.LATE_FEE);
          referenced = true;
        }
        String what = "the late fee on unit " + unit + " for " + period;
        if (!line.fee().filter(Fee.LATE_FEE::equals).isPresent()) {
          problems.add(
              what + " is charged to fee " + line.fee().orElse("(none)") + ", not late-fee");
          continue;
        }
        Set<String> fees = new TreeSet<>(contract.feeCodes());
        boolean open = false;
        for (Receivable receivable : c.ledger().openReceivables(unit)) {
          if (receivable.period().equals(period) && !receivable.fee().equals(Fee.LATE_FEE)) {
            fees.add(receivable.fee());
            open = true;
          }
        }
        Optional<LocalDate> due = LateFees.periodDueDate(contract, c.ledger(), unit, period, fees);
        Money charges = c.ledger().periodCharges(unit, period);
        int earlier =
            c.ledger().chargeCount(unit, period, Fee.LATE_FEE)
                + inEntry.merge(unit + " " + period, 1, Integer::sum)
                - 1;
        Set<LateFeeProblem> found =
            LateFees.problems(contract, entry.date(), line.amount(), due, charges, open, earlier);
        for (LateFeeProblem problem : found) {
          problems.add(what + " (" + line.amount() + ") " + explain(problem, due, charges));
        }
      }
      if (!problems.isEmpty()) {
        r.report("late fee " + entry.id() + ": " + String.join("; ", problems), refs);
      }
    }

    private String explain(LateFeeProblem problem, Optional<LocalDate> due, Money charges) {
      switch (problem) {
        case NO_LATE_FEE_IN_CONTRACT:
          return "is not allowed: the contract has no late fee";
        case BEFORE_GRACE_PERIOD_ENDS:
          return due.map(
                  d ->
                      "comes before "
                          + d.plusDays(contract.lateFee().get().graceDays())
                          + " (due "
                          + d
                          + " + "
                          + contract.lateFee().get().graceDays()
                          + " grace days)")
              .orElse("concerns a period the unit was not charged for");
        case NOTHING_OPEN:
          return "is charged while nothing of that period is open";
        case SECOND_LATE_FEE:
          return "is a second late fee on the same unit and period";
        case TOO_LARGE:
          return "exceeds "
              + LateFees.maximum(contract.lateFee().get(), charges)
              + " ("
              + contract.lateFee().get().percent()
              + "% of the period's charges "
              + charges
              + contract.lateFee().get().cap().map(cap -> ", capped at " + cap).orElse("")
              + ")";
      }
      throw new AssertionError(problem);
    }
  }
}
