package org.propertytrust.scenario.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.scenario.projection.RunStreams;
import org.propertytrust.scenario.spec.ArrearsTransition;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.RemunerationScheme;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * Writes a book whose payments follow a scenario's model, unit by unit and month by month: the
 * ground truth that calibration is tested against, and realistic demo data.
 *
 * <p>Every unit of every cohort is a unit of the book ({@code <cohort>-<n>}, the cohort's area),
 * billed by the scenario's fees under a contract with the scenario's remuneration and allocation
 * order. Each month: a CHARGE on the 1st; a PREPAYMENT_APPLIED on the 1st for units paid in
 * advance; for every other unit a move drawn from its cohort's roll rates, paid by one PAYMENT (day
 * 2 to 28) settling whole months in allocation order, or, for {@code K → K}, a WAIVER of the oldest
 * month at the month's end (the write-off); a unit that ends the month current with no month in
 * advance prepays with the scenario's propensity (a credit to {@code prepaid} in its PAYMENT).
 * Public revenue is received on the 15th, each spending line paid on the 20th as an approved
 * expenditure, the remuneration at the month's end. Arrears, prepayments and cash at the start are
 * an OPENING entry at the end of the month before.
 *
 * <p>The draws come from {@link RunStreams#forRun(long, long) RunStreams.forRun(seed, 0)}: the same
 * spec and seed give the same book.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticBooks {
  /** The most lines a CHARGE or PREPAYMENT_APPLIED entry gets before a new one is started. */
  private static final int LINES_PER_ENTRY = 20_000;

  private SyntheticBooks() {}

  /**
   * Writes the book.
   *
   * @param spec the scenario; every cohort billed by area, a fee schedule, a trust remuneration
   *     (not lump sum); not null
   * @param seed the seed of the draws
   * @return the book
   * @throws TrustException if a cohort has a given bill instead of an area, the spec has no fees,
   *     or its remuneration is the lump-sum model (a trust book cannot record it)
   */
  public static TrustBook generate(ScenarioSpec spec, long seed) {
    return new Writer(spec, seed).write();
  }

  /** A unit being simulated: its open months, oldest first, and months paid ahead. */
  private static final class SimUnit {
    final String id;
    final int cohort;
    final Map<String, Money> charges;
    final Money bill;
    final Deque<YearMonth> open = new ArrayDeque<>();
    int prepaidMonths;

    SimUnit(String id, int cohort, Map<String, Money> charges, Money bill) {
      this.id = id;
      this.cohort = cohort;
      this.charges = charges;
      this.bill = bill;
    }
  }

  /** A unit's payment in a month, built up before it is posted. */
  private static final class Payment {
    final int day;
    final int order;
    final SimUnit unit;
    final List<Line> credits = new ArrayList<>();
    Money total;

    Payment(int day, int order, SimUnit unit, CurrencyUnit currency) {
      this.day = day;
      this.order = order;
      this.unit = unit;
      this.total = Money.zero(currency);
    }
  }

  private static final class Writer {
    private final ScenarioSpec spec;
    private final CurrencyUnit currency;
    private final UniformRandomProvider rng;
    private final List<SimUnit> units = new ArrayList<>();
    private final double[][][] cumulative;
    private final int maxState;
    private Journal journal;

    Writer(ScenarioSpec spec, long seed) {
      this.spec = spec;
      this.currency = spec.currency();
      this.rng = RunStreams.forRun(seed, 0);
      this.maxState = spec.maxState();
      TrustException.check(
          !spec.fees().isEmpty(), "a synthetic book needs the scenario's fee schedule");
      TrustException.check(
          spec.remuneration().scheme() != RemunerationScheme.LUMP_SUM,
          "a trust book cannot record the lump-sum model; choose a trust remuneration");
      this.cumulative = new double[spec.cohorts().size()][][];
      for (int c = 0; c < spec.cohorts().size(); c++) {
        Cohort cohort = spec.cohorts().get(c);
        TrustException.check(
            cohort.areaM2().isPresent(),
            "cohort %s must be billed by area for a synthetic book",
            cohort.id());
        RollRates rates = spec.rollRates(cohort);
        cumulative[c] = new double[maxState + 1][maxState + 1];
        for (int k = 0; k <= maxState; k++) {
          double sum = 0;
          for (int j = 0; j <= maxState; j++) {
            sum += rates.probability(k, j);
            cumulative[c][k][j] = sum;
          }
        }
      }
    }

    TrustBook write() {
      ImmutableTrustBook.Builder book =
          TrustBook.builder()
              .community(
                  Community.builder().id(spec.name()).name(spec.name()).currency(currency).build())
              .addParty(Party.of("owners", Role.ASSEMBLY, "Owners' assembly"))
              .addParty(Party.of("committee", Role.COMMITTEE, "Owners' committee"))
              .addParty(Party.of("trustee", Role.TRUSTEE, "Property services company"))
              .addParty(Party.of("supervisor", Role.SUPERVISOR, "Independent supervisor"))
              .addParty(Party.of("vendor", Role.VENDOR, "Service vendor"))
              .contract(contract());
      for (int c = 0; c < spec.cohorts().size(); c++) {
        Cohort cohort = spec.cohorts().get(c);
        for (int n = 1; n <= cohort.units(); n++) {
          Unit unit = Unit.of(cohort.id() + "-" + n, cohort.areaM2().get());
          book.addUnit(unit);
          Map<String, Money> charges = new LinkedHashMap<>();
          Money bill = Money.zero(currency);
          for (Fee fee : spec.fees()) {
            Money charge = fee.chargeFor(unit, currency);
            charges.put(fee.code(), charge);
            bill = bill.plus(charge);
          }
          units.add(new SimUnit(unit.id(), c, charges, bill));
        }
      }
      for (int year = spec.start().getYear(); year <= spec.month(spec.months()).getYear(); year++) {
        for (MonthlyAmount line : spec.spending()) {
          book.addBudget(BudgetLine.of(year, line.name(), line.monthly().multipliedBy(12)));
        }
      }
      List<Expenditure> expenditures = new ArrayList<>();
      for (int t = 1; t <= spec.months(); t++) {
        for (MonthlyAmount line : spec.spending()) {
          if (line.monthly().isPositive()) {
            expenditures.add(expenditure(spec.month(t), line));
          }
        }
      }
      book.addAllExpenditures(expenditures);
      journal = Journal.of(book.build());
      opening();
      for (int t = 1; t <= spec.months(); t++) {
        month(spec.month(t));
      }
      return journal.book();
    }

    private Contract contract() {
      Remuneration remuneration;
      if (spec.remuneration().scheme() == RemunerationScheme.FIXED_MONTHLY) {
        remuneration = Remuneration.fixedMonthly(spec.remuneration().amount().get());
      } else {
        var builder =
            Remuneration.builder()
                .basis(org.propertytrust.core.contract.RemunerationBasis.PERCENT_OF_COLLECTED)
                .percent(spec.remuneration().percent().get());
        for (Fee fee : spec.fees()) {
          builder.addFee(fee.code());
        }
        if (spec.remuneration().includePublicRevenue()) {
          for (MonthlyAmount source : spec.publicRevenue()) {
            builder.addFee(Remuneration.PUBLIC_PREFIX + source.name());
          }
          builder.publicRevenueApprovedByAssembly(true);
        }
        remuneration = builder.build();
      }
      return Contract.builder()
          .trustee("trustee")
          .supervisor("supervisor")
          .start(spec.start().atDay(1))
          .addAllFees(spec.fees())
          .remuneration(remuneration)
          .approval(
              ApprovalThresholds.of(
                  Money.of(currency, 2000),
                  Money.of(currency, 10000),
                  Money.of(currency, new BigDecimal("100000000000")),
                  3))
          .allocation(spec.allocation())
          .build();
    }

    private Expenditure expenditure(YearMonth month, MonthlyAmount line) {
      LocalDate requested = month.atDay(1);
      return Expenditure.builder()
          .id("X" + month + "-" + line.name())
          .requestedBy("trustee")
          .requestedOn(requested)
          .payee("vendor")
          .amount(line.monthly())
          .category(line.name())
          .budgetLine(line.name())
          .description(line.name() + " " + month)
          .addApproval(
              Approval.of("supervisor", Role.SUPERVISOR, Decision.APPROVE, requested.plusDays(1)))
          .addApproval(
              Approval.of("committee", Role.COMMITTEE, Decision.APPROVE, requested.plusDays(1)))
          .build();
    }

    private void opening() {
      List<Line> lines = new ArrayList<>();
      Money receivable = Money.zero(currency);
      Money prepaidCash = Money.zero(currency);
      int u = 0;
      for (int c = 0; c < spec.cohorts().size(); c++) {
        Cohort cohort = spec.cohorts().get(c);
        List<Integer> states = new ArrayList<>();
        for (int s = -spec.prepaidStates(); s <= maxState; s++) {
          for (int i = 0; i < cohort.initialUnits(s); i++) {
            states.add(s);
          }
        }
        for (int state : states) {
          SimUnit unit = units.get(u++);
          if (state < 0) {
            unit.prepaidMonths = -state;
            Money amount = unit.bill.multipliedBy(-state);
            if (amount.isPositive()) {
              lines.add(Line.forUnit(Account.PREPAID, Side.CREDIT, amount, unit.id));
              prepaidCash = prepaidCash.plus(amount);
            }
          } else {
            for (int m = state; m >= 1; m--) {
              YearMonth period = spec.start().minusMonths(m);
              unit.open.addLast(period);
              for (Map.Entry<String, Money> charge : unit.charges.entrySet()) {
                if (charge.getValue().isPositive()) {
                  lines.add(
                      Line.receivable(
                          Side.DEBIT, charge.getValue(), unit.id, period, charge.getKey()));
                  receivable = receivable.plus(charge.getValue());
                }
              }
            }
          }
        }
      }
      Money cash = spec.openingCash().plus(prepaidCash);
      Money fund = receivable.plus(spec.openingCash());
      if (cash.isPositive()) {
        lines.add(Line.debit(Account.CASH, cash));
      } else if (cash.isNegative()) {
        lines.add(Line.credit(Account.CASH, cash.negated()));
      }
      if (fund.isPositive()) {
        lines.add(Line.credit(Account.FUND_OPERATING, fund));
      } else if (fund.isNegative()) {
        lines.add(Line.debit(Account.FUND_OPERATING, fund.negated()));
      }
      if (lines.size() >= 2) {
        journal.post(
            Entry.builder()
                .id("OPENING")
                .date(spec.start().minusMonths(1).atEndOfMonth())
                .kind(EntryKind.OPENING)
                .memo("balances carried into the scenario")
                .addAllLines(lines)
                .build());
      }
    }

    private void month(YearMonth month) {
      // 1. Charges.
      List<Line> charges = new ArrayList<>();
      Map<String, Money> income = new LinkedHashMap<>();
      int part = 1;
      for (SimUnit unit : units) {
        for (Map.Entry<String, Money> charge : unit.charges.entrySet()) {
          if (charge.getValue().isPositive()) {
            charges.add(
                Line.receivable(Side.DEBIT, charge.getValue(), unit.id, month, charge.getKey()));
            income.merge(charge.getKey(), charge.getValue(), Money::plus);
          }
        }
        if (charges.size() >= LINES_PER_ENTRY) {
          postCharges(month, part++, charges, income);
        }
      }
      postCharges(month, part, charges, income);

      // 2. Prepayments applied, moves, payments, write-offs.
      Money collected = Money.zero(currency);
      List<Line> applied = new ArrayList<>();
      List<Line> waived = new ArrayList<>();
      List<Payment> payments = new ArrayList<>();
      int appliedPart = 1;
      for (int i = 0; i < units.size(); i++) {
        SimUnit unit = units.get(i);
        Payment payment = new Payment(2 + i % 27, i, unit, currency);
        if (unit.prepaidMonths > 0) {
          unit.prepaidMonths--;
          if (unit.bill.isPositive()) {
            applied.add(Line.forUnit(Account.PREPAID, Side.DEBIT, unit.bill, unit.id));
            for (Map.Entry<String, Money> charge : unit.charges.entrySet()) {
              if (charge.getValue().isPositive()) {
                applied.add(
                    Line.receivable(
                        Side.CREDIT, charge.getValue(), unit.id, month, charge.getKey()));
              }
            }
            collected = collected.plus(unit.bill);
          }
          if (applied.size() >= LINES_PER_ENTRY) {
            postApplied(month, appliedPart++, applied);
          }
        } else {
          int from = unit.open.size();
          unit.open.addLast(month);
          int to = draw(unit.cohort, from);
          if (from == maxState && to == maxState) {
            YearMonth oldest = unit.open.removeFirst();
            for (Map.Entry<String, Money> charge : unit.charges.entrySet()) {
              if (charge.getValue().isPositive()) {
                waived.add(
                    Line.receivable(
                        Side.CREDIT, charge.getValue(), unit.id, oldest, charge.getKey()));
                waived.add(Line.debit(Account.income(charge.getKey()), charge.getValue()));
              }
            }
          } else {
            int paid = from + 1 - to;
            for (int n = 0; n < paid; n++) {
              YearMonth period =
                  spec.allocation() == AllocationPolicy.SAME_PERIOD_FIRST && n == 0
                      ? unit.open.removeLast()
                      : unit.open.removeFirst();
              for (Map.Entry<String, Money> charge : unit.charges.entrySet()) {
                if (charge.getValue().isPositive()) {
                  payment.credits.add(
                      Line.receivable(
                          Side.CREDIT, charge.getValue(), unit.id, period, charge.getKey()));
                }
              }
              payment.total = payment.total.plus(unit.bill);
            }
            collected = collected.plus(unit.bill.multipliedBy(paid));
          }
        }
        if (unit.open.isEmpty() && unit.prepaidMonths == 0) {
          double q = spec.prepayment().map(p -> p.probability()).orElse(0.0);
          if (q > 0 && rng.nextDouble() < q) {
            int ahead = spec.prepayment().get().months();
            unit.prepaidMonths = ahead;
            Money amount = unit.bill.multipliedBy(ahead);
            if (amount.isPositive()) {
              payment.credits.add(Line.forUnit(Account.PREPAID, Side.CREDIT, amount, unit.id));
              payment.total = payment.total.plus(amount);
            }
          }
        }
        if (payment.total.isPositive()) {
          payments.add(payment);
        }
      }
      postApplied(month, appliedPart, applied);
      payments.sort(Comparator.comparingInt((Payment p) -> p.day).thenComparingInt(p -> p.order));
      for (Payment payment : payments) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.debit(Account.CASH, payment.total));
        lines.addAll(payment.credits);
        journal.post(
            Entry.of(
                "P" + month + "-" + payment.unit.id,
                month.atDay(payment.day),
                EntryKind.PAYMENT,
                lines));
      }

      // 3. Public revenue, spending, write-offs, remuneration.
      Money publicRevenue = Money.zero(currency);
      for (MonthlyAmount source : spec.publicRevenue()) {
        if (source.monthly().isPositive()) {
          journal.post(
              Entry.of(
                  "I" + month + "-" + source.name(),
                  month.atDay(15),
                  EntryKind.PUBLIC_INCOME,
                  List.of(
                      Line.debit(Account.CASH, source.monthly()),
                      Line.credit(Account.publicIncome(source.name()), source.monthly()))));
          publicRevenue = publicRevenue.plus(source.monthly());
        }
      }
      for (MonthlyAmount line : spec.spending()) {
        if (line.monthly().isPositive()) {
          journal.post(
              Entry.builder()
                  .id("X" + month + "-" + line.name())
                  .date(month.atDay(20))
                  .kind(EntryKind.EXPENDITURE)
                  .expenditure("X" + month + "-" + line.name())
                  .addLine(Line.debit(Account.expense(line.name()), line.monthly()))
                  .addLine(Line.credit(Account.CASH, line.monthly()))
                  .build());
        }
      }
      if (!waived.isEmpty()) {
        journal.post(
            Entry.builder()
                .id("W" + month)
                .date(month.atEndOfMonth())
                .kind(EntryKind.WAIVER)
                .memo("months beyond the " + maxState + "-month horizon written off")
                .addAllLines(waived)
                .build());
      }
      Money remuneration;
      if (spec.remuneration().scheme() == RemunerationScheme.FIXED_MONTHLY) {
        remuneration = spec.remuneration().amount().get();
      } else {
        Money base =
            spec.remuneration().includePublicRevenue() ? collected.plus(publicRevenue) : collected;
        remuneration = spec.remuneration().percent().get().of(base, RoundingMode.HALF_UP);
      }
      if (remuneration.isPositive()) {
        journal.post(
            Entry.of(
                "R" + month,
                month.atEndOfMonth(),
                EntryKind.REMUNERATION,
                List.of(
                    Line.debit(Account.EXPENSE_REMUNERATION, remuneration),
                    Line.credit(Account.CASH, remuneration))));
      }
    }

    private int draw(int cohort, int from) {
      double u = rng.nextDouble();
      double[] row = cumulative[cohort][from];
      for (int j = 0; j < row.length; j++) {
        if (u < row[j] && ArrearsTransition.isPossible(from, j, maxState)) {
          return j;
        }
      }
      // u beyond the row's rounded total: the last possible move
      return Math.min(from + 1, maxState);
    }

    private void postCharges(
        YearMonth month, int part, List<Line> charges, Map<String, Money> income) {
      if (charges.isEmpty()) {
        return;
      }
      List<Line> lines = new ArrayList<>(charges);
      for (Map.Entry<String, Money> e : income.entrySet()) {
        lines.add(Line.credit(Account.income(e.getKey()), e.getValue()));
      }
      journal.post(Entry.of("C" + month + "-" + part, month.atDay(1), EntryKind.CHARGE, lines));
      charges.clear();
      income.clear();
    }

    private void postApplied(YearMonth month, int part, List<Line> applied) {
      if (applied.isEmpty()) {
        return;
      }
      journal.post(
          Entry.of(
              "A" + month + "-" + part,
              month.atDay(1),
              EntryKind.PREPAYMENT_APPLIED,
              new ArrayList<>(applied)));
      applied.clear();
    }
  }
}
