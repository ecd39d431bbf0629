package org.propertytrust.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.joda.money.Money;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.ExpenditureState;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ImmutableExpenditure;
import org.propertytrust.core.approval.ObstacleKind;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fee.Billing;
import org.propertytrust.core.fee.EntryIds;
import org.propertytrust.core.fee.LateFees;
import org.propertytrust.core.fee.Payments;
import org.propertytrust.core.fee.Prepayments;
import org.propertytrust.core.fee.PublicRevenue;
import org.propertytrust.core.fee.RemunerationPolicy;
import org.propertytrust.core.fee.Waivers;
import org.propertytrust.core.fixtures.Arbitraries;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A simulated community carried on for one more month by random operations of the library, each
 * applied through a {@link Journal} as an application would: billing and prepayment application,
 * payments of any size (some reversed at once, some months later), waivers, public revenue,
 * spending with the approvals it needs, late fees and the remuneration settlement. What these
 * operations write is, by design, what the rules accept: a book they produce must be clean.
 */
public final class FurtherOperations {
  private FurtherOperations() {}

  /** A simulated book ({@link Arbitraries#simulatedBook()}) with a month of further operations. */
  public static Gen<TrustBook> operatedBook() {
    return rs -> apply(Arbitraries.simulatedBook().generate(rs), rs);
  }

  /** The month of a book's latest entry. */
  public static YearMonth lastMonth(TrustBook book) {
    return YearMonth.from(
        book.entries().stream().map(Entry::date).max(Comparator.naturalOrder()).orElseThrow());
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return (int) rs.next(Constraint.between(min, max));
  }

  private enum Operation {
    PAYMENT,
    PAYMENT_REVERSED_AT_ONCE,
    REVERSAL_OF_AN_EARLIER_PAYMENT,
    WAIVER,
    PUBLIC_REVENUE,
    SPENDING
  }

  /** Applies one month of random operations to the month after the book's last. */
  public static TrustBook apply(TrustBook book, RandomnessSource rs) {
    Run run = new Run(Journal.of(book), rs, lastMonth(book).plusMonths(1));
    run.month();
    return run.journal.book();
  }

  private static final class Run {
    final Journal journal;
    final RandomnessSource rs;
    final YearMonth month;
    int sequence;

    Run(Journal journal, RandomnessSource rs, YearMonth month) {
      this.journal = journal;
      this.rs = rs;
      this.month = month;
    }

    String id(String prefix) {
      return prefix + "-" + (++sequence);
    }

    Money cny(long minor) {
      return Money.ofMinor(Amounts.CNY, minor);
    }

    void month() {
      LocalDate first = month.atDay(1);
      journal.postAll(Billing.run(journal, month, first, id("OP-CH")));
      journal.postAll(Prepayments.apply(journal, first, id("OP-PA")));
      int count = between(rs, 2, 12);
      List<int[]> plan = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        plan.add(new int[] {between(rs, 2, 27), between(rs, 0, Operation.values().length - 1)});
      }
      plan.sort(Comparator.comparingInt(p -> p[0]));
      for (int[] step : plan) {
        LocalDate date = month.atDay(step[0]);
        switch (Operation.values()[step[1]]) {
          case PAYMENT -> pay(date, false);
          case PAYMENT_REVERSED_AT_ONCE -> pay(date, true);
          case REVERSAL_OF_AN_EARLIER_PAYMENT -> reverseEarlierPayment(date);
          case WAIVER -> waive(date);
          case PUBLIC_REVENUE -> publicRevenue(date);
          case SPENDING -> spend(date);
        }
      }
      LocalDate last = month.atDay(28);
      journal.postAll(LateFees.assess(journal, last, EntryIds.numbered(id("OP-LF") + "-")));
      boolean accrue =
          RemunerationPolicy.due(journal, month, last).isGreaterThan(journal.balances().cash());
      journal.postAll(RemunerationPolicy.settle(journal, last, id("OP-RM"), accrue));
    }

    Unit anyUnit() {
      return journal.units().get(between(rs, 0, journal.units().size() - 1));
    }

    Money open(String unit) {
      Money total = Money.zero(Amounts.CNY);
      for (Receivable r : journal.balances().openReceivables(unit)) {
        total = total.plus(r.amount());
      }
      return total;
    }

    void pay(LocalDate date, boolean reverseAtOnce) {
      String unit = anyUnit().id();
      long open = open(unit).getAmountMinorLong();
      Money amount = cny(between(rs, 1, (int) Math.min(Integer.MAX_VALUE, open + 50_000)));
      Entry payment = Payments.pay(journal, unit, amount, date, id("OP-PM"));
      journal.post(payment);
      if (reverseAtOnce) {
        journal.post(payment.reversal(id("OP-RV"), date));
      }
    }

    /** Reverses a standing payment of any earlier date, when the money it brought is still held. */
    void reverseEarlierPayment(LocalDate date) {
      List<Entry> entries = journal.entries();
      LedgerView ledger = journal.balances();
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).kind() == EntryKind.PAYMENT
            && ledger.isStanding(i)
            && ledger.reversalsOf(entries.get(i).id()).isEmpty()) {
          candidates.add(i);
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      Entry payment = entries.get(candidates.get(between(rs, 0, candidates.size() - 1)));
      for (Line line : payment.lines()) {
        if (line.account().equals(Account.CASH)
            && line.amount().isGreaterThan(ledger.balance(Account.CASH))) {
          return;
        }
        if (line.account().equals(Account.PREPAID)
            && line.amount().isGreaterThan(ledger.prepaid(line.unit().orElseThrow()))) {
          return;
        }
      }
      journal.post(payment.reversal(id("OP-RV"), date));
    }

    void waive(LocalDate date) {
      String unit = anyUnit().id();
      List<Receivable> open = journal.balances().openReceivables(unit);
      if (open.isEmpty()) {
        return;
      }
      Receivable r = open.get(between(rs, 0, open.size() - 1));
      Money amount = cny(between(rs, 1, (int) r.amount().getAmountMinorLong()));
      journal.post(
          Waivers.waive(
              journal,
              unit,
              r.period(),
              r.fee(),
              amount,
              date,
              id("OP-WV"),
              "waived by the committee for hardship"));
    }

    void publicRevenue(LocalDate date) {
      String source = between(rs, 0, 1) == 0 ? "parking" : "advertising";
      journal.post(
          PublicRevenue.receive(journal, source, cny(between(rs, 1, 500_000)), date, id("OP-PI")));
    }

    /** Spending requested, approved as it needs and paid on one day, when the fund holds enough. */
    void spend(LocalDate date) {
      String[] lines = {"repairs", "cleaning", "greening"};
      String line = lines[between(rs, 0, 2)];
      long minor =
          switch (between(rs, 0, 3)) {
            case 0 -> between(rs, 1, 199_999);
            case 1 -> between(rs, 200_000, 999_999);
            case 2 -> between(rs, 1_000_000, 4_999_999);
            default -> between(rs, 5_000_000, 7_000_000);
          };
      String xid = id("XO");
      Expenditure x =
          Expenditure.builder()
              .id(xid)
              .requestedBy("acme")
              .requestedOn(date)
              .payee("cleanco")
              .amount(cny(minor))
              .category(line)
              .budgetLine(line)
              .description(line + " work " + xid)
              .fund(between(rs, 0, 9) == 0 ? Fund.RESERVE : Fund.OPERATING)
              .build();
      SpendingPolicy policy = SpendingPolicy.of(journal);
      var required = policy.requiredApprovals(x);
      x = policy.decide(x, Approval.of("sup", Role.SUPERVISOR, Decision.APPROVE, date));
      if (required.contains(Role.COMMITTEE)
          || policy.obstacles(x, date).stream()
              .anyMatch(o -> o.kind() == ObstacleKind.OVER_BUDGET)) {
        x = policy.decide(x, Approval.of("committee", Role.COMMITTEE, Decision.APPROVE, date));
      }
      if (required.contains(Role.ASSEMBLY)) {
        Vote vote = passingVote(id("VO"), date);
        journal.record(vote);
        x = ImmutableExpenditure.copyOf(x).withVote(vote.id());
      }
      journal.record(x);
      policy = SpendingPolicy.of(journal);
      Money held = journal.balances().balance(x.fund().bankAccount());
      if (policy.state(x, date) == ExpenditureState.PAYABLE && !x.amount().isGreaterThan(held)) {
        journal.post(policy.pay(x, date, id("OP-EX")));
      }
    }

    Vote passingVote(String id, LocalDate heldOn) {
      BigDecimal area = BigDecimal.ZERO;
      for (Unit unit : journal.units()) {
        area = area.add(unit.areaM2());
      }
      int owners = journal.units().size();
      return Vote.builder()
          .id(id)
          .subject("spending")
          .tier(VoteTier.ORDINARY)
          .heldOn(heldOn)
          .totalAreaM2(area)
          .totalOwners(owners)
          .participatingAreaM2(area)
          .participatingOwners(owners)
          .yesAreaM2(area)
          .yesOwners(owners)
          .build();
    }
  }
}
