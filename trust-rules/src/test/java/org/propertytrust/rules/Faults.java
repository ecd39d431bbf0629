package org.propertytrust.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ImmutableExpenditure;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.ImmutableRemuneration;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.fee.LateFees;
import org.propertytrust.core.fee.RemunerationPolicy;
import org.propertytrust.core.fixtures.Arbitraries;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.ImmutableTicket;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Plants one fault in a clean simulated book ({@link Arbitraries#simulatedBook()}): one kind of
 * fault per rule of the catalog, each built so that its rule, and no other rule (warnings
 * included), finds it.
 *
 * <p>A simulated book has a bank statement and a disclosure for every month it covers, so entries
 * are planted in the month after its last ("month N"), on one of its first five days: no statement
 * covers month N, and the last month's disclosure is not yet due. Faults that need no entry edit a
 * month before the last, whose deadlines have passed by the book's latest entry (always on or after
 * the 15th, when parking revenue arrives). Spending faults pay into {@code payable:vendor}, so they
 * need no cash, and carry a committee approval or a budget line of their own unless the budget is
 * what they break.
 */
public final class Faults {
  private Faults() {}

  /** A book with one planted fault, and the rule that must find it. */
  public record Planted(Kind kind, String what, TrustBook book) {
    /** Returns the id of the rule that must find the fault. */
    public String rule() {
      return kind.rule;
    }

    @Override
    public String toString() {
      return kind.rule + ": " + what + " in " + book.community().id();
    }
  }

  /** The kinds of fault, one per rule of the catalog; each plants what its comment says. */
  public enum Kind {
    /** An entry whose credits miss its debits by a random amount, or a one-line entry. */
    UNBALANCED("ledger.unbalanced", 2),
    /** A harmless transfer that reuses the id of a random earlier entry. */
    DUPLICATE_ID("ledger.duplicate-id", 1),
    /** A transfer to an account outside the chart, or to {@code due:} of no party. */
    UNKNOWN_ACCOUNT("ledger.unknown-account", 1),
    /** A prepaid line without unit, a deposit line of an unknown unit, a receivable without fee. */
    MISSING_DIMENSION("ledger.missing-dimension", 3),
    /** A harmless transfer inserted after a random entry, dated the day before it. */
    OUT_OF_ORDER("ledger.out-of-order", 1),
    /** A transfer between the bank accounts one cent or more beyond what one of them holds. */
    NEGATIVE_CASH("ledger.negative-cash", 2),
    /** A unit's deposit or prepaid taken below zero, or a receivable waived beyond what is open. */
    NEGATIVE_SUBLEDGER("ledger.negative-subledger", 3),
    /** A reversal of no entry, of no existing entry, not mirroring, or reversing twice. */
    BAD_REVERSAL("ledger.bad-reversal", 4),
    /**
     * A charge one cent or more off the rate, for a fee not in the contract, or before its start.
     */
    RATE_MISMATCH("fee.rate-mismatch", 3),
    /**
     * A random unit charged again, at the right rate, for a fee and month already charged; or
     * charged twice for month N by two lines of one entry; or charged for month N, the charge
     * reversed and charged again (which is right), then charged a third time.
     */
    DUPLICATE_CHARGE("fee.duplicate-charge", 3),
    /** Month N charged to a unit, then its cleaning paid while its property fee stays open. */
    ALLOCATION_ORDER("fee.allocation-order", 1),
    /**
     * A late fee: on month N days after charging it (before due date and grace); in a book whose
     * contract has no late fee; on a month with nothing open; a second one; one cent or more over
     * the percent; over a cap added to the contract below the percent.
     */
    LATE_FEE("fee.late-fee", 6),
    /**
     * Trust money to the trustee: moved to due:acme or payable:trustee, a receipt not banked or
     * partly kept, remuneration paid by a transfer, spending paid to the trustee.
     */
    COMMINGLING("trust.commingling", 7),
    /** A remuneration accrual one cent or more beyond the formula for month N or the last month. */
    REMUNERATION_EXCEEDS("trust.remuneration-exceeds-contract", 2),
    /** public:parking added to a percentage remuneration without the assembly's approval. */
    REMUNERATION_ON_PUBLIC_REVENUE("trust.remuneration-on-public-revenue", 1),
    /** Spending paid by an entry naming no record, an unknown record, another amount or fund. */
    UNLINKED_EXPENDITURE("approval.unlinked-expenditure", 4),
    /**
     * Spending at or above supervisorFrom paid without (or after a withdrawn) supervisor approval.
     */
    SUPERVISOR_MISSING("approval.supervisor-missing", 2),
    /** Spending at or above committeeFrom paid with the supervisor's approval only. */
    COMMITTEE_MISSING("approval.committee-missing", 1),
    /** Spending at or above assemblyFrom, or reserve-fund spending, paid with no vote. */
    ASSEMBLY_MISSING("approval.assembly-missing", 2),
    /** Spending requested by the committee and approved by the committee itself. */
    SELF_APPROVAL("approval.self-approval", 1),
    /** Spending paid over an unresolved supervisor objection, or within the objection days. */
    OBJECTION_OPEN("approval.objection-open", 2),
    /** Spending one cent or more past a budget line of its own, or on a line the budget lacks. */
    OVER_BUDGET("approval.over-budget", 2),
    /**
     * Reserve-fund spending relying on a vote: half the area taking part; under 2/3 of the owners
     * taking part; an ORDINARY vote with exactly half the area for it; a SPECIAL vote with under
     * 3/4 of the owners for it.
     */
    VOTE_INVALID("vote.invalid", 4),
    /** A bank statement of a closed month off by a random amount. */
    BANK_MISMATCH("recon.bank-mismatch", 1),
    /**
     * The disclosure of a month before the last removed, or published only after the as-of date.
     */
    DISCLOSURE_MISSING("disclosure.missing", 2),
    /** The disclosure of a month before the last published days after its deadline. */
    DISCLOSURE_LATE("disclosure.late", 1),
    /** A handover from a former trustee that still owes, or that posts after handing over. */
    HANDOVER_INCOMPLETE("handover.incomplete", 2),
    /** A ticket of an earlier month registered late, or never reaching on site. */
    SLA_BREACH("service.sla-breach", 2);

    final String rule;
    final int variants;

    Kind(String rule, int variants) {
      this.rule = rule;
      this.variants = variants;
    }

    /** Returns how many variants of this kind of fault there are. */
    public int variants() {
      return variants;
    }

    /** Returns the id of the rule this kind of fault breaks. */
    public String rule() {
      return rule;
    }
  }

  /** A simulated book with one fault of a random kind and variant. */
  public static Gen<Planted> planted() {
    return rs -> planted(Kind.values()[between(rs, 0, Kind.values().length - 1)]).generate(rs);
  }

  /** A simulated book with one fault of the given kind, of a random variant. */
  public static Gen<Planted> planted(Kind kind) {
    return rs -> planted(kind, between(rs, 0, kind.variants - 1)).generate(rs);
  }

  /** A simulated book with one fault of the given kind and variant (from 0). */
  public static Gen<Planted> planted(Kind kind, int variant) {
    return rs -> {
      TrustBook book = Arbitraries.simulatedBook().generate(rs);
      while (!fits(kind, variant, book)) {
        book = Arbitraries.simulatedBook().generate(rs);
      }
      return new Plant(book, rs, variant).plant(kind);
    };
  }

  /**
   * Tells whether a book has what a fault needs: a remuneration basis, for two of them; late-fee
   * terms in the contract or none, and a unit and month to charge a late fee on, for late fees.
   */
  private static boolean fits(Kind kind, int variant, TrustBook book) {
    if (kind == Kind.LATE_FEE) {
      boolean terms = book.contract().lateFee().isPresent();
      switch (variant) {
        case 0:
          return terms; // without terms, any late fee is wrong for that reason alone
        case 1:
          return !terms;
        case 2:
          return terms && !lateFeeSlots(book, false).isEmpty();
        case 5:
          return !terms && !lateFeeSlots(book, true).isEmpty();
        default:
          return terms && !lateFeeSlots(book, true).isEmpty();
      }
    }
    RemunerationBasis basis = book.contract().remuneration().basis();
    if (kind == Kind.REMUNERATION_ON_PUBLIC_REVENUE) {
      return basis == RemunerationBasis.PERCENT_OF_COLLECTED; // a fixed fee lists no revenue
    }
    if (kind == Kind.COMMINGLING && variant == 6) {
      return basis == RemunerationBasis.FIXED_MONTHLY;
    }
    return true;
  }

  /** The terms a late fee is judged by: the contract's, or 5% after 15 days without a cap. */
  private static LateFeeTerms lateFeeTerms(TrustBook book) {
    return book.contract()
        .lateFee()
        .orElseGet(() -> LateFeeTerms.builder().percent(Percent.of(5)).graceDays(15).build());
  }

  /** A unit and month a late fee may be charged on, and the largest late fee its terms allow. */
  private record LateFeeSlot(Unit unit, YearMonth period, Money maximum) {}

  /**
   * Returns the units and months, up to the book's last month, that have no late fee yet and
   * charges that allow one of at least two cents, with something other than late fees still open
   * (or nothing, as asked) at the end of the book. Every such month is past its due date and grace
   * days by the first days of month N.
   */
  private static List<LateFeeSlot> lateFeeSlots(TrustBook book, boolean open) {
    LedgerView ledger = book.ledger();
    LateFeeTerms terms = lateFeeTerms(book);
    YearMonth last =
        YearMonth.from(
            book.entries().stream().map(Entry::date).max(Comparator.naturalOrder()).get());
    List<LateFeeSlot> out = new ArrayList<>();
    for (Unit unit : book.units()) {
      List<Receivable> openNow = ledger.openReceivables(unit.id());
      for (YearMonth period = YearMonth.from(book.contract().start());
          !period.isAfter(last);
          period = period.plusMonths(1)) {
        YearMonth p = period;
        boolean isOpen =
            openNow.stream().anyMatch(r -> r.period().equals(p) && !r.fee().equals(Fee.LATE_FEE));
        if (isOpen != open || ledger.chargeCount(unit.id(), period, Fee.LATE_FEE) > 0) {
          continue;
        }
        Money maximum = LateFees.maximum(terms, LateFees.netCharges(book, unit.id(), period));
        if (maximum.getAmountMinorLong() >= 2) {
          out.add(new LateFeeSlot(unit, period, maximum));
        }
      }
    }
    return out;
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return (int) rs.next(Constraint.between(min, max));
  }

  /** Plants one fault in one book. */
  private static final class Plant {
    final TrustBook book;
    final RandomnessSource rs;
    final LedgerView ledger;
    final LocalDate latest;
    final YearMonth last;
    final YearMonth next;
    final LocalDate day;
    final ApprovalThresholds thresholds;
    final int variant;

    Plant(TrustBook book, RandomnessSource rs, int variant) {
      this.book = book;
      this.rs = rs;
      this.variant = variant;
      this.ledger = book.ledger();
      this.latest = book.entries().stream().map(Entry::date).max(Comparator.naturalOrder()).get();
      this.last = YearMonth.from(latest);
      this.next = last.plusMonths(1);
      this.day = next.atDay(between(rs, 2, 5));
      this.thresholds = book.contract().approval();
    }

    int pick(int n) {
      return between(rs, 0, n - 1);
    }

    <T> T pick(List<T> from) {
      return from.get(pick(from.size()));
    }

    Money cny(long minor) {
      return Money.ofMinor(Amounts.CNY, minor);
    }

    Money someAmount() {
      return cny(between(rs, 1, 1_000_000));
    }

    Unit anyUnit() {
      return pick(book.units());
    }

    YearMonth anyEarlierMonth() {
      YearMonth first = YearMonth.from(book.contract().start());
      int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last);
      return first.plusMonths(between(rs, 0, months - 1));
    }

    Planted done(Kind kind, String what, TrustBook faulty) {
      return new Planted(kind, what, faulty);
    }

    Planted appended(Kind kind, String what, Entry... entries) {
      return done(kind, what, Fixtures.append(book, entries));
    }

    Entry entry(String id, LocalDate date, EntryKind kind, Line... lines) {
      return Entry.of(id, date, kind, List.of(lines));
    }

    Entry transfer(String id, LocalDate date, Money amount) {
      return entry(
          id,
          date,
          EntryKind.TRANSFER,
          Line.debit(Account.FUND_OPERATING, amount),
          Line.credit(Account.FUND_RESERVE, amount));
    }

    /** An expenditure requested five days before {@link #day} by the trustee. */
    ImmutableExpenditure.Builder spending(String line, Money amount) {
      return Expenditure.builder()
          .id("XF")
          .requestedBy("acme")
          .requestedOn(day.minusDays(5))
          .payee("cleanco")
          .amount(amount)
          .category(line)
          .budgetLine(line)
          .description("planted spending");
    }

    Approval approves(String by, Role role, LocalDate on) {
      return Approval.of(by, role, Decision.APPROVE, on);
    }

    Approval supervisor() {
      return approves("sup", Role.SUPERVISOR, day.minusDays(4));
    }

    Approval committee() {
      return approves("committee", Role.COMMITTEE, day.minusDays(4));
    }

    /** The EXPENDITURE entry paying an expenditure's amount into payable:vendor on {@link #day}. */
    Entry payment(Expenditure x) {
      return Entry.builder()
          .id("PF")
          .date(day)
          .kind(EntryKind.EXPENDITURE)
          .expenditure(x.id())
          .addLine(Line.debit(Account.expense(x.category()), x.amount()))
          .addLine(Line.credit(Account.PAYABLE_VENDOR, x.amount()))
          .build();
    }

    /** The book with the expenditure recorded, a budget line of its own, and its payment. */
    TrustBook spent(Expenditure x, Entry payment, Vote... votes) {
      TrustBook out = Fixtures.withVotes(Fixtures.withExpenditures(book, x), votes);
      List<BudgetLine> budget = new ArrayList<>(out.budget());
      if (x.budgetLine().equals("planted")) {
        budget.add(BudgetLine.of(day.getYear(), "planted", x.amount()));
      }
      return Fixtures.append(ImmutableTrustBook.copyOf(out).withBudget(budget), payment);
    }

    Money amountFrom(Money from, Money below) {
      long lo = from.getAmountMinorLong();
      long hi = Math.max(lo, below.getAmountMinorLong() - 1);
      return cny(lo + rs.next(Constraint.between(0, hi - lo)));
    }

    /** A vote that fails art. 278 in the way the variant says, held three days before the day. */
    Vote failedVote(String id) {
      BigDecimal area = BigDecimal.ZERO;
      for (Unit unit : book.units()) {
        area = area.add(unit.areaM2());
      }
      int owners = book.units().size();
      VoteTier tier = VoteTier.ORDINARY;
      BigDecimal takingArea = area;
      BigDecimal yesArea = area;
      int takingOwners = owners;
      int yesOwners = owners;
      switch (variant) {
        case 0:
          // only half the area takes part (under the 2/3 quorum)
          takingArea = area.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
          yesArea = takingArea;
          break;
        case 1:
          // the most owners under 2/3 take part, all for it, with the whole area
          takingOwners = (2 * owners - 1) / 3;
          yesOwners = takingOwners;
          break;
        case 2:
          // exactly half the area is for it: an ORDINARY vote needs more than half
          yesArea = area.divide(BigDecimal.valueOf(2));
          break;
        default:
          // a SPECIAL vote with the most owners under 3/4 for it
          tier = VoteTier.SPECIAL;
          yesOwners = (3 * owners - 1) / 4;
      }
      return Vote.builder()
          .id(id)
          .subject("planted spending")
          .tier(tier)
          .heldOn(day.minusDays(3))
          .totalAreaM2(area)
          .totalOwners(owners)
          .participatingAreaM2(takingArea)
          .participatingOwners(takingOwners)
          .yesAreaM2(yesArea)
          .yesOwners(yesOwners)
          .build();
    }

    Planted plant(Kind kind) {
      switch (kind) {
        case UNBALANCED:
          return unbalanced();
        case DUPLICATE_ID:
          {
            String id = pick(book.entries()).id();
            return appended(kind, "a transfer reusing id " + id, transfer(id, day, someAmount()));
          }
        case UNKNOWN_ACCOUNT:
          {
            String code = pick(List.of("suspense", "due:nobody", "cash:petty", "income:public"));
            Money amount = someAmount();
            return appended(
                kind,
                "a transfer to " + code,
                entry(
                    "FX",
                    day,
                    EntryKind.TRANSFER,
                    Line.debit(Account.of(code), amount),
                    Line.credit(Account.FUND_OPERATING, amount)));
          }
        case MISSING_DIMENSION:
          return missingDimension();
        case OUT_OF_ORDER:
          return outOfOrder();
        case NEGATIVE_CASH:
          {
            boolean cash = variant == 0;
            Account from = cash ? Account.CASH : Account.RESERVE_CASH;
            Money amount = ledger.balance(from).plus(cny(between(rs, 1, 10_000)));
            return appended(
                kind,
                "a transfer overdrawing " + from,
                entry(
                    "FX",
                    day,
                    EntryKind.TRANSFER,
                    Line.debit(cash ? Account.RESERVE_CASH : Account.CASH, amount),
                    Line.credit(from, amount)));
          }
        case NEGATIVE_SUBLEDGER:
          return negativeSubledger();
        case BAD_REVERSAL:
          return badReversal();
        case RATE_MISMATCH:
          return rateMismatch();
        case DUPLICATE_CHARGE:
          return duplicateCharge();
        case ALLOCATION_ORDER:
          {
            Unit unit = anyUnit();
            Money cleaning =
                book.contract().fee("cleaning").orElseThrow().chargeFor(unit, Amounts.CNY);
            return appended(
                kind,
                "unit " + unit.id() + " pays " + next + " cleaning before property",
                charge("FX", day, unit, next),
                entry(
                    "FY",
                    day,
                    EntryKind.PAYMENT,
                    Line.debit(Account.CASH, cleaning),
                    Line.receivable(Side.CREDIT, cleaning, unit.id(), next, "cleaning")));
          }
        case LATE_FEE:
          return lateFee();
        case COMMINGLING:
          return commingling();
        case REMUNERATION_EXCEEDS:
          return remunerationExceeds();
        case REMUNERATION_ON_PUBLIC_REVENUE:
          {
            ImmutableRemuneration terms =
                ImmutableRemuneration.copyOf(book.contract().remuneration());
            List<String> fees = new ArrayList<>(terms.fees());
            fees.add("public:parking");
            return done(
                kind,
                "public:parking in the remuneration base without approval",
                ImmutableTrustBook.copyOf(book)
                    .withContract(
                        ImmutableContract.copyOf(book.contract())
                            .withRemuneration(terms.withFees(fees))));
          }
        case UNLINKED_EXPENDITURE:
          return unlinked();
        case SUPERVISOR_MISSING:
          {
            Money amount = amountFrom(thresholds.supervisorFrom(), thresholds.committeeFrom());
            ImmutableExpenditure.Builder x = spending("repairs", amount).addApproval(committee());
            String what = "spending of " + amount + " without the supervisor";
            if (variant == 1) {
              x.addApproval(supervisor())
                  .addApproval(
                      Approval.of("sup", Role.SUPERVISOR, Decision.REJECT, day.minusDays(2)));
              what = "spending of " + amount + " whose supervisor approval was withdrawn";
            }
            Expenditure built = x.build();
            return done(kind, what, spent(built, payment(built)));
          }
        case COMMITTEE_MISSING:
          {
            Money amount = amountFrom(thresholds.committeeFrom(), thresholds.assemblyFrom());
            Expenditure x = spending("planted", amount).addApproval(supervisor()).build();
            return done(
                kind, "spending of " + amount + " without the committee", spent(x, payment(x)));
          }
        case ASSEMBLY_MISSING:
          {
            Expenditure x;
            if (variant == 0) {
              Money amount = thresholds.assemblyFrom().plus(cny(between(rs, 0, 1_000_000)));
              x =
                  spending("repairs", amount)
                      .addApproval(supervisor())
                      .addApproval(committee())
                      .build();
            } else {
              x = spending("planted", cny(between(rs, 1, 10_000))).fund(Fund.RESERVE).build();
            }
            return done(
                kind,
                x.fund() + " spending of " + x.amount() + " with no vote",
                spent(x, payment(x)));
          }
        case SELF_APPROVAL:
          {
            Expenditure x =
                ImmutableExpenditure.copyOf(
                        spending("planted", cny(between(rs, 1, 10_000)))
                            .addApproval(committee())
                            .build())
                    .withRequestedBy("committee");
            return done(
                kind, "spending the committee requested and approved", spent(x, payment(x)));
          }
        case OBJECTION_OPEN:
          {
            Money amount = cny(between(rs, 1, 10_000));
            Expenditure x;
            if (variant == 0) {
              x =
                  spending("repairs", amount)
                      .addApproval(committee())
                      .addApproval(
                          Approval.of("sup", Role.SUPERVISOR, Decision.OBJECT, day.minusDays(3)))
                      .build();
            } else {
              int days = between(rs, 0, thresholds.objectionDays() - 1);
              x =
                  ImmutableExpenditure.copyOf(
                          spending("repairs", amount)
                              .addApproval(
                                  approves("committee", Role.COMMITTEE, day.minusDays(days)))
                              .build())
                      .withRequestedOn(day.minusDays(days));
            }
            return done(
                kind, "spending paid while it may still be objected to", spent(x, payment(x)));
          }
        case OVER_BUDGET:
          {
            Expenditure x;
            TrustBook base;
            if (variant == 0) {
              Money line = cny(between(rs, 0, 100_000));
              x = spending("tight", line.plus(cny(between(rs, 1, 1_000)))).build();
              List<BudgetLine> budget = new ArrayList<>(book.budget());
              budget.add(BudgetLine.of(day.getYear(), "tight", line));
              base = ImmutableTrustBook.copyOf(book).withBudget(budget);
            } else {
              x = spending("unbudgeted", cny(between(rs, 1, 100_000))).build();
              base = book;
            }
            return done(
                kind,
                "spending of " + x.amount() + " past budget line " + x.budgetLine(),
                Fixtures.append(Fixtures.withExpenditures(base, x), payment(x)));
          }
        case VOTE_INVALID:
          {
            Expenditure x =
                spending("planted", cny(between(rs, 1, 10_000)))
                    .fund(Fund.RESERVE)
                    .vote("VF")
                    .build();
            Vote failed = failedVote("VF");
            return done(
                kind,
                "reserve spending relying on a failed "
                    + failed.tier()
                    + " vote ("
                    + failed.participatingAreaM2()
                    + " of "
                    + failed.totalAreaM2()
                    + " m² and "
                    + failed.participatingOwners()
                    + " of "
                    + failed.totalOwners()
                    + " owners taking part, "
                    + failed.yesAreaM2()
                    + " m² and "
                    + failed.yesOwners()
                    + " owners for it)",
                spent(x, payment(x), failed));
          }
        case BANK_MISMATCH:
          {
            List<BankStatement> statements = new ArrayList<>(book.bankStatements());
            int i = pick(statements.size());
            while (statements.get(i).period().isAfter(last.minusMonths(1))) {
              i = pick(statements.size());
            }
            BankStatement s = statements.get(i);
            Money off = cny(between(rs, 1, 100_000));
            statements.set(
                i,
                BankStatement.builder()
                    .account(s.account())
                    .period(s.period())
                    .closingBalance(
                        pick(2) == 0 ? s.closingBalance().plus(off) : s.closingBalance().minus(off))
                    .addAllUncleared(s.uncleared())
                    .build());
            return done(
                kind,
                s.account() + " " + s.period() + " statement off by " + off,
                ImmutableTrustBook.copyOf(book).withBankStatements(statements));
          }
        case DISCLOSURE_MISSING:
          {
            YearMonth month = anyEarlierMonth();
            LocalDate after = latest.plusDays(between(rs, 1, 30));
            List<Disclosure> kept = new ArrayList<>();
            for (Disclosure d : book.disclosures()) {
              if (!d.period().equals(month)) {
                kept.add(d);
              } else if (variant == 1) {
                kept.add(Disclosure.of(month, after));
              }
            }
            return done(
                kind,
                variant == 0
                    ? "no disclosure of " + month
                    : month + " disclosed only on " + after + ", after the book's latest entry",
                ImmutableTrustBook.copyOf(book).withDisclosures(kept));
          }
        case DISCLOSURE_LATE:
          {
            YearMonth month = anyEarlierMonth();
            List<Disclosure> all = new ArrayList<>();
            LocalDate published =
                month.atEndOfMonth().plusDays(book.contract().disclosureDays() + between(rs, 1, 4));
            for (Disclosure d : book.disclosures()) {
              all.add(d.period().equals(month) ? Disclosure.of(month, published) : d);
            }
            return done(
                kind,
                month + " disclosed on " + published,
                ImmutableTrustBook.copyOf(book).withDisclosures(all));
          }
        case HANDOVER_INCOMPLETE:
          return handover();
        case SLA_BREACH:
          return slaBreach();
      }
      throw new AssertionError(kind);
    }

    /** A CHARGE of every fee of the contract to one unit for a month, at the contract rate. */
    Entry charge(String id, LocalDate date, Unit unit, YearMonth period) {
      ImmutableEntry.Builder out = Entry.builder().id(id).date(date).kind(EntryKind.CHARGE);
      for (Fee fee : book.contract().fees()) {
        Money amount = fee.chargeFor(unit, Amounts.CNY);
        out.addLine(Line.receivable(Side.DEBIT, amount, unit.id(), period, fee.code()));
        out.addLine(Line.credit(Account.income(fee.code()), amount));
      }
      return out.build();
    }

    /** A late-fee entry on a unit and month, dated {@link #day}. */
    Entry lateFeeEntry(String id, Unit unit, YearMonth period, Money amount) {
      return entry(
          id,
          day,
          EntryKind.LATE_FEE,
          Line.receivable(Side.DEBIT, amount, unit.id(), period, Fee.LATE_FEE),
          Line.credit(Account.INCOME_LATE_FEE, amount));
    }

    Planted duplicateCharge() {
      Unit unit = anyUnit();
      Fee fee = pick(book.contract().fees());
      Money amount = fee.chargeFor(unit, Amounts.CNY);
      switch (variant) {
        case 0:
          {
            YearMonth period = anyEarlierMonth();
            return appended(
                Kind.DUPLICATE_CHARGE,
                "unit " + unit.id() + " charged " + fee.code() + " for " + period + " again",
                entry(
                    "FX",
                    day,
                    EntryKind.CHARGE,
                    Line.receivable(Side.DEBIT, amount, unit.id(), period, fee.code()),
                    Line.credit(Account.income(fee.code()), amount)));
          }
        case 1:
          return appended(
              Kind.DUPLICATE_CHARGE,
              "unit " + unit.id() + " charged " + fee.code() + " for " + next + " by two lines",
              entry(
                  "FX",
                  day,
                  EntryKind.CHARGE,
                  Line.receivable(Side.DEBIT, amount, unit.id(), next, fee.code()),
                  Line.receivable(Side.DEBIT, amount, unit.id(), next, fee.code()),
                  Line.credit(Account.income(fee.code()), amount.multipliedBy(2))));
        default:
          {
            Entry charge =
                entry(
                    "FX",
                    day,
                    EntryKind.CHARGE,
                    Line.receivable(Side.DEBIT, amount, unit.id(), next, fee.code()),
                    Line.credit(Account.income(fee.code()), amount));
            return appended(
                Kind.DUPLICATE_CHARGE,
                "unit "
                    + unit.id()
                    + " charged "
                    + fee.code()
                    + " for "
                    + next
                    + ", reversed, charged again, then a third time",
                charge,
                charge.reversal("FR", day),
                ImmutableEntry.copyOf(charge).withId("FY"),
                ImmutableEntry.copyOf(charge).withId("FZ"));
          }
      }
    }

    Planted lateFee() {
      switch (variant) {
        case 0:
          {
            Unit unit = anyUnit();
            Money amount = cny(between(rs, 1, 500));
            return appended(
                Kind.LATE_FEE,
                "a late fee on unit " + unit.id() + " " + next + " before it is due",
                charge("FX", next.atDay(1), unit, next),
                lateFeeEntry("FY", unit, next, amount));
          }
        case 1:
          {
            Unit unit = anyUnit();
            YearMonth period = pick(2) == 0 ? last : anyEarlierMonth();
            return appended(
                Kind.LATE_FEE,
                "a late fee on unit " + unit.id() + " " + period + " without late-fee terms",
                lateFeeEntry("FY", unit, period, cny(between(rs, 1, 500))));
          }
        case 2:
          {
            LateFeeSlot slot = pick(lateFeeSlots(book, false));
            Money amount = amountFrom(cny(1), slot.maximum().plus(cny(1)));
            return appended(
                Kind.LATE_FEE,
                "a late fee of "
                    + amount
                    + " on unit "
                    + slot.unit().id()
                    + " "
                    + slot.period()
                    + ", with nothing open",
                lateFeeEntry("FY", slot.unit(), slot.period(), amount));
          }
        case 3:
          {
            LateFeeSlot slot = pick(lateFeeSlots(book, true));
            Money second = amountFrom(cny(1), slot.maximum().plus(cny(1)));
            return appended(
                Kind.LATE_FEE,
                "a second late fee of "
                    + second
                    + " on unit "
                    + slot.unit().id()
                    + " "
                    + slot.period(),
                lateFeeEntry("FY", slot.unit(), slot.period(), slot.maximum()),
                lateFeeEntry("FZ", slot.unit(), slot.period(), second));
          }
        case 4:
          {
            LateFeeSlot slot = pick(lateFeeSlots(book, true));
            Money cap =
                book.contract()
                    .lateFee()
                    .orElseThrow()
                    .cap()
                    .orElse(slot.maximum().plus(cny(1000)));
            Money amount = amountFrom(slot.maximum().plus(cny(1)), cap.plus(cny(1)));
            return appended(
                Kind.LATE_FEE,
                "a late fee of "
                    + amount
                    + " on unit "
                    + slot.unit().id()
                    + " "
                    + slot.period()
                    + ", over the "
                    + slot.maximum()
                    + " its percent allows",
                lateFeeEntry("FY", slot.unit(), slot.period(), amount));
          }
        default:
          {
            // the contract gains terms whose cap lies below what the percent allows this month
            LateFeeSlot slot = pick(lateFeeSlots(book, true));
            Money cap = amountFrom(cny(1), slot.maximum());
            Money amount = amountFrom(cap.plus(cny(1)), slot.maximum().plus(cny(1)));
            LateFeeTerms terms = LateFeeTerms.of(lateFeeTerms(book).percent(), 15, cap);
            TrustBook capped =
                ImmutableTrustBook.copyOf(book)
                    .withContract(ImmutableContract.copyOf(book.contract()).withLateFee(terms));
            return done(
                Kind.LATE_FEE,
                "a late fee of "
                    + amount
                    + " on unit "
                    + slot.unit().id()
                    + " "
                    + slot.period()
                    + ", over the cap "
                    + cap,
                Fixtures.append(capped, lateFeeEntry("FY", slot.unit(), slot.period(), amount)));
          }
      }
    }

    Planted unbalanced() {
      Money amount = someAmount().plus(cny(1));
      if (variant == 1) {
        return appended(
            Kind.UNBALANCED,
            "a one-line entry",
            entry("FX", day, EntryKind.TRANSFER, Line.debit(Account.FUND_OPERATING, amount)));
      }
      Money off = cny(between(rs, 1, (int) Math.min(100_000, amount.getAmountMinorLong() - 1)));
      return appended(
          Kind.UNBALANCED,
          "a transfer " + off + " short",
          entry(
              "FX",
              day,
              EntryKind.TRANSFER,
              Line.debit(Account.FUND_OPERATING, amount),
              Line.credit(Account.FUND_RESERVE, amount.minus(off))));
    }

    Planted missingDimension() {
      Money amount = someAmount();
      Line line;
      String what;
      switch (variant) {
        case 0:
          line = Line.builder().account(Account.PREPAID).side(Side.CREDIT).amount(amount).build();
          what = "a prepaid line without unit";
          break;
        case 1:
          line = Line.forUnit(Account.DEPOSIT, Side.CREDIT, amount, "NO-SUCH-UNIT");
          what = "a deposit of an unknown unit";
          break;
        default:
          line =
              Line.builder()
                  .account(Account.RECEIVABLE)
                  .side(Side.CREDIT)
                  .amount(amount)
                  .unit(anyUnit().id())
                  .period(next)
                  .build();
          what = "a receivable line without fee";
      }
      return appended(
          Kind.MISSING_DIMENSION,
          what,
          entry("FX", day, EntryKind.TRANSFER, Line.debit(Account.FUND_OPERATING, amount), line));
    }

    Planted outOfOrder() {
      List<Entry> entries = new ArrayList<>(book.entries());
      int i = pick(entries.size());
      while (entries.get(i).date().getDayOfMonth() == 1) {
        i = pick(entries.size());
      }
      Entry after = entries.get(i);
      entries.add(i + 1, transfer("FX", after.date().minusDays(1), someAmount()));
      return done(
          Kind.OUT_OF_ORDER,
          "a transfer dated the day before " + after.id() + ", listed after it",
          ImmutableTrustBook.copyOf(book).withEntries(entries));
    }

    Planted negativeSubledger() {
      Unit unit = anyUnit();
      switch (variant) {
        case 0:
          {
            Money amount = someAmount();
            return appended(
                Kind.NEGATIVE_SUBLEDGER,
                "unit " + unit.id() + "'s deposit refunded though none is held",
                entry(
                    "FX",
                    day,
                    EntryKind.TRANSFER,
                    Line.forUnit(Account.DEPOSIT, Side.DEBIT, amount, unit.id()),
                    Line.credit(Account.FUND_OPERATING, amount)));
          }
        case 1:
          {
            Money amount = ledger.prepaid(unit.id()).plus(cny(between(rs, 1, 10_000)));
            return appended(
                Kind.NEGATIVE_SUBLEDGER,
                "unit " + unit.id() + "'s prepaid used beyond what it holds",
                entry(
                    "FX",
                    day,
                    EntryKind.TRANSFER,
                    Line.forUnit(Account.PREPAID, Side.DEBIT, amount, unit.id()),
                    Line.credit(Account.FUND_OPERATING, amount)));
          }
        default:
          {
            YearMonth period = anyEarlierMonth();
            Money amount =
                ledger.receivable(unit.id(), period, "property").plus(cny(between(rs, 1, 10_000)));
            return appended(
                Kind.NEGATIVE_SUBLEDGER,
                "unit " + unit.id() + "'s property " + period + " waived beyond what is open",
                entry(
                    "FX",
                    day,
                    EntryKind.WAIVER,
                    Line.debit(Account.income("property"), amount),
                    Line.receivable(Side.CREDIT, amount, unit.id(), period, "property")));
          }
      }
    }

    Planted badReversal() {
      Money amount = someAmount().plus(cny(1));
      Entry original = transfer("FX", day, amount);
      switch (variant) {
        case 0:
          return appended(
              Kind.BAD_REVERSAL,
              "a reversal of no such entry",
              ImmutableEntry.copyOf(original.reversal("FR", day)).withReverses("NO-SUCH-ENTRY"));
        case 1:
          return appended(
              Kind.BAD_REVERSAL,
              "a reversal naming no entry",
              ImmutableEntry.copyOf(original.reversal("FR", day)).withReverses(Optional.empty()));
        case 2:
          {
            Money less =
                amount.minus(
                    cny(between(rs, 1, (int) Math.min(10_000, amount.getAmountMinorLong() - 1))));
            return appended(
                Kind.BAD_REVERSAL,
                "a reversal of " + less + " for " + amount,
                original,
                Entry.builder()
                    .id("FR")
                    .date(day)
                    .kind(EntryKind.REVERSAL)
                    .reverses("FX")
                    .addLine(Line.credit(Account.FUND_OPERATING, less))
                    .addLine(Line.debit(Account.FUND_RESERVE, less))
                    .build());
          }
        default:
          return appended(
              Kind.BAD_REVERSAL,
              "a transfer reversed twice",
              original,
              original.reversal("FR", day),
              original.reversal("FS", day));
      }
    }

    Planted rateMismatch() {
      Unit unit = anyUnit();
      Fee fee = pick(book.contract().fees());
      Money right = fee.chargeFor(unit, Amounts.CNY);
      String code = fee.code();
      YearMonth period = next;
      Money amount;
      String what;
      switch (variant) {
        case 0:
          amount = right.plus(cny(between(rs, 1, 1_000)));
          what =
              "unit "
                  + unit.id()
                  + " charged "
                  + amount
                  + " for "
                  + code
                  + " (rate gives "
                  + right
                  + ")";
          break;
        case 1:
          code = "water";
          amount = right;
          what = "unit " + unit.id() + " charged a fee the contract does not have";
          break;
        default:
          period = YearMonth.from(book.contract().start()).minusMonths(between(rs, 1, 12));
          amount = right;
          what = "unit " + unit.id() + " charged for " + period + ", before the contract";
      }
      return appended(
          Kind.RATE_MISMATCH,
          what,
          entry(
              "FX",
              day,
              EntryKind.CHARGE,
              Line.receivable(Side.DEBIT, amount, unit.id(), period, code),
              Line.credit(Account.income(code), amount)));
    }

    Planted commingling() {
      Money amount = someAmount();
      switch (variant) {
        case 5:
          {
            Unit unit = anyUnit();
            Money kept = cny(between(rs, 1, 10_000));
            return appended(
                Kind.COMMINGLING,
                "a payment of unit " + unit.id() + " of which the trustee kept " + kept,
                entry(
                    "FX",
                    day,
                    EntryKind.PAYMENT,
                    Line.debit(Account.CASH, amount),
                    Line.debit(Account.due("acme"), kept),
                    Line.forUnit(Account.PREPAID, Side.CREDIT, amount.plus(kept), unit.id())));
          }
        case 6:
          {
            // within a fixed remuneration's monthly amount, so that only the route is wrong
            Money cash = ledger.cash();
            if (book.contract().remuneration().basis() != RemunerationBasis.FIXED_MONTHLY
                || !cash.isPositive()) {
              return publicIncomeToTrustee();
            }
            Money fixed = book.contract().remuneration().amount().orElseThrow();
            Money paid = fixed.isGreaterThan(cash) ? cash : fixed;
            return appended(
                Kind.COMMINGLING,
                "remuneration of " + paid + " paid by a TRANSFER",
                entry(
                    "FX",
                    day,
                    EntryKind.TRANSFER,
                    Line.debit(Account.EXPENSE_REMUNERATION, paid),
                    Line.credit(Account.CASH, paid)));
          }
        case 0:
          {
            boolean cash = ledger.cash().isPositive();
            Account from = cash ? Account.CASH : Account.RESERVE_CASH;
            Money held = ledger.balance(from);
            if (!held.isPositive()) {
              return publicIncomeToTrustee();
            }
            Money moved = amount.isGreaterThan(held) ? held : amount;
            return appended(
                Kind.COMMINGLING,
                moved + " of " + from + " moved to due:acme",
                entry(
                    "FX",
                    day,
                    EntryKind.TRANSFER,
                    Line.debit(Account.due("acme"), moved),
                    Line.credit(from, moved)));
          }
        case 1:
          return publicIncomeToTrustee();
        case 2:
          {
            Unit unit = anyUnit();
            return appended(
                Kind.COMMINGLING,
                "a payment of unit " + unit.id() + " kept by the trustee",
                entry(
                    "FX",
                    day,
                    EntryKind.PAYMENT,
                    Line.debit(Account.due("acme"), amount),
                    Line.forUnit(Account.PREPAID, Side.CREDIT, amount, unit.id())));
          }
        case 3:
          {
            Money held = ledger.reserveCash();
            if (!held.isPositive()) {
              return publicIncomeToTrustee();
            }
            return appended(
                Kind.COMMINGLING,
                "reserve money paid out through payable:trustee",
                entry(
                    "FX",
                    day,
                    EntryKind.TRANSFER,
                    Line.debit(Account.PAYABLE_TRUSTEE, held),
                    Line.credit(Account.RESERVE_CASH, held)));
          }
        default:
          {
            ImmutableExpenditure x =
                spending("repairs", cny(between(rs, 1, 100_000))).addApproval(committee()).build();
            Expenditure toTrustee = x.withPayee("acme");
            return done(
                Kind.COMMINGLING,
                "spending paid to the trustee without the supervisor",
                spent(toTrustee, payment(toTrustee)));
          }
      }
    }

    Planted publicIncomeToTrustee() {
      Money amount = someAmount();
      return appended(
          Kind.COMMINGLING,
          "parking revenue kept by the trustee",
          entry(
              "FX",
              day,
              EntryKind.PUBLIC_INCOME,
              Line.debit(Account.due("acme"), amount),
              Line.credit(Account.publicIncome("parking"), amount)));
    }

    Planted remunerationExceeds() {
      boolean lastMonth = variant == 0;
      YearMonth month = lastMonth ? last : next;
      LocalDate date = lastMonth ? latest : day;
      Money due = RemunerationPolicy.due(book, month, date);
      Money posted = RemunerationPolicy.posted(book, month, date);
      Money amount = due.minus(posted).plus(cny(between(rs, 1, 10_000)));
      return appended(
          Kind.REMUNERATION_EXCEEDS,
          "remuneration of "
              + amount
              + " accrued for "
              + month
              + " (due "
              + due
              + ", posted "
              + posted
              + ")",
          entry(
              "FX",
              date,
              EntryKind.REMUNERATION,
              Line.debit(Account.EXPENSE_REMUNERATION, amount),
              Line.credit(Account.PAYABLE_TRUSTEE, amount)));
    }

    Planted unlinked() {
      Money amount = cny(between(rs, 1, 100_000));
      switch (variant) {
        case 0:
          return appended(
              Kind.UNLINKED_EXPENDITURE,
              "an expenditure entry naming no record",
              entry(
                  "FX",
                  day,
                  EntryKind.EXPENDITURE,
                  Line.debit(Account.expense("repairs"), amount),
                  Line.credit(Account.PAYABLE_VENDOR, amount)));
        case 1:
          return appended(
              Kind.UNLINKED_EXPENDITURE,
              "an expenditure entry naming an unknown record",
              Entry.builder()
                  .id("FX")
                  .date(day)
                  .kind(EntryKind.EXPENDITURE)
                  .expenditure("NO-SUCH-SPENDING")
                  .addLine(Line.debit(Account.expense("repairs"), amount))
                  .addLine(Line.credit(Account.PAYABLE_VENDOR, amount))
                  .build());
        case 2:
          {
            Expenditure x = spending("repairs", amount).addApproval(committee()).build();
            Money paid = amount.plus(cny(between(rs, 1, 1_000)));
            return done(
                Kind.UNLINKED_EXPENDITURE,
                "spending of " + amount + " paid as " + paid,
                spent(
                    x,
                    ImmutableEntry.copyOf(payment(x))
                        .withLines(
                            Line.debit(Account.expense("repairs"), paid),
                            Line.credit(Account.PAYABLE_VENDOR, paid))));
          }
        default:
          {
            Money reserve = ledger.reserveCash();
            if (!reserve.isPositive()) {
              return new Plant(book, rs, 0).unlinked(); // nothing in the reserve to pay from
            }
            Money held = amount.isGreaterThan(reserve) ? reserve : amount;
            Expenditure x =
                spending("repairs", held)
                    .addApproval(supervisor())
                    .addApproval(committee())
                    .build();
            return done(
                Kind.UNLINKED_EXPENDITURE,
                "operating spending paid from reserve-cash",
                spent(
                    x,
                    ImmutableEntry.copyOf(payment(x))
                        .withLines(
                            Line.debit(Account.expense("repairs"), held),
                            Line.credit(Account.RESERVE_CASH, held))));
          }
      }
    }

    Planted handover() {
      List<Party> parties = new ArrayList<>(book.parties());
      parties.add(Party.of("oldco", Role.TRUSTEE, "Old Property Co."));
      LocalDate start = book.contract().start();
      TrustBook handedOver =
          ImmutableTrustBook.copyOf(book)
              .withParties(parties)
              .withHandovers(Handover.of(start, "oldco", "acme"));
      if (variant == 0) {
        return done(
            Kind.HANDOVER_INCOMPLETE,
            "oldco posting after handing over",
            Fixtures.append(
                handedOver,
                ImmutableEntry.copyOf(transfer("FX", day, someAmount())).withTrustee("oldco")));
      }
      Money held = someAmount();
      return done(
          Kind.HANDOVER_INCOMPLETE,
          "oldco never paying back the " + held + " it held",
          Fixtures.insert(
              handedOver,
              1,
              entry(
                  "FX",
                  start,
                  EntryKind.HANDOVER,
                  Line.debit(Account.due("oldco"), held),
                  Line.credit(Account.FUND_OPERATING, held))));
    }

    Planted slaBreach() {
      List<Ticket> tickets = new ArrayList<>(book.tickets());
      int i = pick(tickets.size());
      while (!YearMonth.from(tickets.get(i).reportedAt()).isBefore(last)) {
        i = pick(tickets.size());
      }
      ImmutableTicket t = ImmutableTicket.copyOf(tickets.get(i));
      String what;
      if (variant == 0) {
        tickets.set(
            i, t.withRegisteredAt(t.reportedAt().plusMinutes(5).plusSeconds(between(rs, 1, 3600))));
        what = "ticket " + t.id() + " registered late";
      } else {
        tickets.set(i, t.withOnSiteAt(Optional.empty()));
        what = "ticket " + t.id() + " never on site";
      }
      return done(Kind.SLA_BREACH, what, ImmutableTrustBook.copyOf(book).withTickets(tickets));
    }
  }
}
