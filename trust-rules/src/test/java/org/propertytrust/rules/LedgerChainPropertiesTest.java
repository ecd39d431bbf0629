package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
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
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.fee.Billing;
import org.propertytrust.core.fee.Payments;
import org.propertytrust.core.fee.Prepayments;
import org.propertytrust.core.fee.Waivers;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.handover.Handovers;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerState;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.statement.Disclosure;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A stateful test of the ledger (DESIGN.md, Tests): random chains of the library's operations —
 * bill, pay, prepay (pay more than is owed), apply prepayments, waive, reverse a payment or a
 * waiver, spend with the approvals the contract asks for, recognise and recover what an outgoing
 * trustee holds — applied one at a time to a {@link Journal}, with every invariant checked after
 * every step against oracles that do not use the library's balances:
 *
 * <ul>
 *   <li>every entry balances, and Σ debits = Σ credits over the book;
 *   <li>no cent is created or lost: cash + reserve cash equals the opening reserve plus the money
 *       the test paid in minus the money it paid out, tallied by the test itself from the amounts
 *       it asked for;
 *   <li>the journal's incremental balances equal {@link LedgerState#of} over the same entries and a
 *       naive recomputation from the lines: every account, every unit's prepaid balance and every
 *       unit, period and fee's receivable;
 *   <li>the book validates with no violation at all.
 * </ul>
 *
 * <p>A chain is a list of numbers, one per step, each seeding that step's choices, so QuickTheories
 * shrinks a failing chain to a short one and prints it; the assertion message also names the steps
 * taken.
 */
class LedgerChainPropertiesTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final Money RESERVE = cny(3_000_000);

  /** A chain of 1 to 60 steps. */
  private static Gen<List<Long>> chains() {
    return SourceDSL.lists()
        .of(SourceDSL.longs().between(0, Long.MAX_VALUE / 2))
        .ofSizeBetween(1, 60);
  }

  @Test
  void everyInvariantHoldsAfterEveryStep() {
    qt(120).forAll(chains()).checkAssert(steps -> new Chain().run(steps));
  }

  private static Money cny(long minor) {
    return Money.ofMinor(Amounts.CNY, minor);
  }

  /** The book every chain starts from: five units, an outgoing trustee, an opening reserve. */
  private static TrustBook initialBook() {
    Contract contract =
        Contract.builder()
            .trustee("acme")
            .supervisor("sup")
            .start(START)
            .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.80", 15))
            .addFee(Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 10))
            .remuneration(Remuneration.percentOfCollected(Percent.of(10), "property", "cleaning"))
            .approval(ApprovalThresholds.of(cny(200_000), cny(1_000_000), cny(5_000_000), 3))
            .allocation(AllocationPolicy.OLDEST_FIRST)
            .disclosureDays(10)
            .build();
    return TrustBook.builder()
        .community(Community.of("chain", "Chain Gardens"))
        .addParty(Party.of("owners", Role.ASSEMBLY, "Owners' assembly"))
        .addParty(Party.of("committee", Role.COMMITTEE, "Owners' committee"))
        .addParty(Party.of("acme", Role.TRUSTEE, "Acme Property Services"))
        .addParty(Party.of("oldco", Role.TRUSTEE, "Old Property Co."))
        .addParty(Party.of("sup", Role.SUPERVISOR, "Community supervisor"))
        .addParty(Party.of("cleanco", Role.VENDOR, "Clean Co."))
        .addUnit(Unit.of("U1", "88.50"))
        .addUnit(Unit.of("U2", "120.00"))
        .addUnit(Unit.of("U3", "65.25"))
        .addUnit(Unit.of("U4", "143.10"))
        .addUnit(Unit.of("U5", "99.99"))
        .contract(contract)
        .addHandover(Handover.of(START, "oldco", "acme"))
        .addBudget(BudgetLine.of(2024, "repairs", cny(2_000_000)))
        .addBudget(BudgetLine.of(2024, "cleaning", cny(500_000)))
        .addBudget(BudgetLine.of(2025, "repairs", cny(2_000_000)))
        .addBudget(BudgetLine.of(2025, "cleaning", cny(500_000)))
        .addEntry(
            Entry.builder()
                .id("OPEN")
                .date(START)
                .kind(EntryKind.OPENING)
                .addLine(Line.debit(Account.RESERVE_CASH, RESERVE))
                .addLine(Line.credit(Account.FUND_RESERVE, RESERVE))
                .build())
        .build();
  }

  /** One chain: the journal, the day it has reached, and the oracle's own tally of money. */
  private static final class Chain {
    final Journal journal = Journal.of(initialBook());
    final Handover handover = journal.handovers().get(0);
    final List<String> log = new ArrayList<>();
    LocalDate day = START;
    long paidIn;
    long paidOut;
    int sequence;
    boolean recognised;
    SplittableRandom random;

    void run(List<Long> steps) {
      check();
      for (long step : steps) {
        random = new SplittableRandom(step);
        step();
        check();
      }
    }

    String id(String prefix) {
      return prefix + (++sequence);
    }

    int between(int min, int max) {
      return min + random.nextInt(max - min + 1);
    }

    /** Moves on 0 to 6 days, disclosing each month that ends, then does one operation. */
    void step() {
      LocalDate next = day.plusDays(between(0, 6));
      for (YearMonth m = YearMonth.from(day);
          m.isBefore(YearMonth.from(next));
          m = m.plusMonths(1)) {
        journal.record(Disclosure.of(m, m.atEndOfMonth().plusDays(1)));
      }
      day = next;
      if (!recognised) {
        handOver();
        return;
      }
      Money due = journal.balances().balance(Account.due("oldco"));
      if (due.isPositive() && !day.isBefore(handover.date().plusDays(20))) {
        recover(due); // the outgoing trustee must have paid everything back within 30 days
        return;
      }
      switch (between(0, 8)) {
        case 0 -> bill();
        case 1, 2 -> pay(false);
        case 3 -> pay(true);
        case 4 -> applyPrepayments();
        case 5 -> waive();
        case 6 -> reverse();
        case 7 -> spend();
        default -> {
          if (due.isPositive()) {
            recover(cny(between(1, (int) due.getAmountMinorLong())));
          } else {
            bill();
          }
        }
      }
    }

    void post(String what, Entry entry) {
      log.add(day + " " + what + " " + entry.id());
      journal.post(entry);
    }

    /** The outgoing trustee still holds prepaid fees of some units: due from it from day one. */
    void handOver() {
      Map<String, Money> held = new LinkedHashMap<>();
      for (Unit unit : journal.units()) {
        if (random.nextBoolean()) {
          held.put(unit.id(), cny(between(1, 100_000)));
        }
      }
      Money other = cny(between(0, 50_000));
      if (held.isEmpty() && other.isZero()) {
        other = cny(1);
      }
      post(
          "handover",
          Handovers.recognise(journal, handover, held, Map.of(), other, START, id("HO")));
      recognised = true;
    }

    void recover(Money amount) {
      post("recover " + amount, Handovers.recover(journal, handover, amount, day, id("RC")));
      paidIn += amount.getAmountMinorLong();
    }

    void bill() {
      YearMonth month = YearMonth.from(day);
      for (Entry charge : Billing.run(journal, month, day, id("CH"))) {
        post("bill " + month, charge);
      }
    }

    void applyPrepayments() {
      for (Entry applied : Prepayments.apply(journal, day, id("PA"))) {
        post("apply prepayments", applied);
      }
    }

    Unit anyUnit() {
      return journal.units().get(between(0, journal.units().size() - 1));
    }

    long open(String unit) {
      long total = 0;
      for (Receivable r : journal.balances().openReceivables(unit)) {
        total += r.amount().getAmountMinorLong();
      }
      return total;
    }

    /** A payment of up to what the unit owes, or (prepaying) more than it owes. */
    void pay(boolean prepay) {
      String unit = anyUnit().id();
      long open = open(unit);
      long amount = prepay ? open + between(1, 300_000) : between(1, (int) Math.max(1, open));
      post(
          (prepay ? "prepay " : "pay ") + unit + " " + amount,
          Payments.pay(journal, unit, cny(amount), day, id("PM")));
      paidIn += amount;
    }

    void waive() {
      String unit = anyUnit().id();
      List<Receivable> open = journal.balances().openReceivables(unit);
      if (open.isEmpty()) {
        return;
      }
      Receivable r = open.get(between(0, open.size() - 1));
      Money amount = cny(between(1, (int) r.amount().getAmountMinorLong()));
      post(
          "waive " + unit + " " + amount,
          Waivers.waive(
              journal,
              unit,
              r.period(),
              r.fee(),
              amount,
              day,
              id("WV"),
              "hardship, per committee"));
    }

    /**
     * Reverses a standing payment or waiver not reversed yet, when what it brought is still there
     * (a payment's cash still held, its prepaid not yet applied).
     */
    void reverse() {
      List<Entry> entries = journal.entries();
      LedgerView ledger = journal.balances();
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        if ((e.kind() == EntryKind.PAYMENT || e.kind() == EntryKind.WAIVER)
            && ledger.isStanding(i)
            && ledger.reversalsOf(e.id()).isEmpty()) {
          candidates.add(i);
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      Entry original = entries.get(candidates.get(between(0, candidates.size() - 1)));
      for (Line line : original.lines()) {
        if (line.account().equals(Account.CASH)
            && line.amount().isGreaterThan(ledger.balance(Account.CASH))) {
          return;
        }
        if (line.account().equals(Account.PREPAID)
            && line.amount().isGreaterThan(ledger.prepaid(line.unit().orElseThrow()))) {
          return;
        }
      }
      post("reverse " + original.id(), original.reversal(id("RV"), day));
      if (original.kind() == EntryKind.PAYMENT) {
        paidOut += original.debitMinor();
      }
    }

    /** Spending requested, approved as the contract requires and paid, when the fund holds it. */
    void spend() {
      String line = random.nextBoolean() ? "repairs" : "cleaning";
      long minor =
          switch (between(0, 3)) {
            case 0 -> between(1, 199_999);
            case 1 -> between(200_000, 999_999);
            case 2 -> between(1_000_000, 4_999_999);
            default -> between(5_000_000, 6_000_000);
          };
      String xid = id("X");
      Expenditure x =
          Expenditure.builder()
              .id(xid)
              .requestedBy("acme")
              .requestedOn(day)
              .payee("cleanco")
              .amount(cny(minor))
              .category(line)
              .budgetLine(line)
              .description(line + " work " + xid)
              .fund(between(0, 4) == 0 ? Fund.RESERVE : Fund.OPERATING)
              .build();
      SpendingPolicy policy = SpendingPolicy.of(journal);
      Set<Role> required = policy.requiredApprovals(x);
      x = policy.decide(x, Approval.of("sup", Role.SUPERVISOR, Decision.APPROVE, day));
      if (required.contains(Role.COMMITTEE)
          || policy.obstacles(x, day).stream()
              .anyMatch(o -> o.kind() == ObstacleKind.OVER_BUDGET)) {
        x = policy.decide(x, Approval.of("committee", Role.COMMITTEE, Decision.APPROVE, day));
      }
      if (required.contains(Role.ASSEMBLY)) {
        Vote vote = passingVote(id("V"));
        journal.record(vote);
        x = ImmutableExpenditure.copyOf(x).withVote(vote.id());
      }
      journal.record(x);
      policy = SpendingPolicy.of(journal);
      Money held = journal.balances().balance(x.fund().bankAccount());
      if (policy.state(x, day) == ExpenditureState.PAYABLE && !x.amount().isGreaterThan(held)) {
        post("spend " + x.amount() + " from " + x.fund(), policy.pay(x, day, id("EX")));
        paidOut += minor;
      }
    }

    Vote passingVote(String voteId) {
      BigDecimal area = BigDecimal.ZERO;
      for (Unit unit : journal.units()) {
        area = area.add(unit.areaM2());
      }
      int owners = journal.units().size();
      return Vote.builder()
          .id(voteId)
          .subject("spending")
          .tier(VoteTier.ORDINARY)
          .heldOn(day)
          .totalAreaM2(area)
          .totalOwners(owners)
          .participatingAreaM2(area)
          .participatingOwners(owners)
          .yesAreaM2(area)
          .yesOwners(owners)
          .build();
    }

    /** Every invariant, against oracles of the test's own. */
    void check() {
      String where = "after " + log;
      List<Entry> entries = journal.entries();
      long debits = 0;
      long credits = 0;
      Map<Account, Long> naive = new HashMap<>();
      Map<String, Long> prepaid = new HashMap<>();
      Map<String, Long> receivable = new HashMap<>();
      for (Entry entry : entries) {
        long entryDebits = 0;
        long entryCredits = 0;
        for (Line line : entry.lines()) {
          long amount = line.amountMinor();
          long signed = line.isDebit() ? amount : -amount;
          if (line.isDebit()) {
            entryDebits += amount;
          } else {
            entryCredits += amount;
          }
          naive.merge(line.account(), signed, Long::sum);
          if (line.account().equals(Account.PREPAID)) {
            prepaid.merge(line.unit().orElseThrow(), -signed, Long::sum);
          }
          if (line.account().equals(Account.RECEIVABLE)) {
            String key =
                line.unit().orElseThrow()
                    + " "
                    + line.period().orElseThrow()
                    + " "
                    + line.fee().orElseThrow();
            receivable.merge(key, signed, Long::sum);
          }
        }
        assertThat(entryDebits)
            .as("%s: entry %s balances", where, entry.id())
            .isEqualTo(entryCredits);
        debits += entryDebits;
        credits += entryCredits;
      }
      assertThat(debits).as("%s: Σ debits = Σ credits", where).isEqualTo(credits);

      LedgerView live = journal.balances();
      long cash = live.cash().getAmountMinorLong() + live.reserveCash().getAmountMinorLong();
      assertThat(cash)
          .as("%s: cash + reserve = opening reserve + paid in − paid out", where)
          .isEqualTo(RESERVE.getAmountMinorLong() + paidIn - paidOut);
      assertThat(cash)
          .as("%s: the bank accounts agree with the lines", where)
          .isEqualTo(
              naive.getOrDefault(Account.CASH, 0L) + naive.getOrDefault(Account.RESERVE_CASH, 0L));

      LedgerState recomputed = LedgerState.of(entries, Amounts.CNY);
      assertThat(live.accounts())
          .as(where)
          .isEqualTo(recomputed.accounts())
          .isEqualTo(naive.keySet());
      for (Account account : naive.keySet()) {
        long signed = naive.get(account);
        Money expected = cny(account.isDebitNormal() ? signed : -signed);
        assertThat(live.balance(account)).as("%s: %s", where, account).isEqualTo(expected);
        assertThat(recomputed.balance(account)).as("%s: %s", where, account).isEqualTo(expected);
      }
      for (Unit unit : journal.units()) {
        Money expected = cny(prepaid.getOrDefault(unit.id(), 0L));
        assertThat(live.prepaid(unit.id()))
            .as("%s: prepaid %s", where, unit.id())
            .isEqualTo(expected)
            .isEqualTo(recomputed.prepaid(unit.id()));
        assertThat(expected.isNegative())
            .as("%s: prepaid %s below zero", where, unit.id())
            .isFalse();
      }
      for (Map.Entry<String, Long> r : receivable.entrySet()) {
        String[] key = r.getKey().split(" ");
        YearMonth period = YearMonth.parse(key[1]);
        assertThat(live.receivable(key[0], period, key[2]))
            .as("%s: %s", where, r.getKey())
            .isEqualTo(cny(r.getValue()))
            .isEqualTo(recomputed.receivable(key[0], period, key[2]));
        assertThat(r.getValue()).as("%s: %s over-collected", where, r.getKey()).isNotNegative();
      }
      assertThat(live.entryCount()).isEqualTo(entries.size());

      assertThat(RuleSet.standard().validate(journal.book()).violations())
          .as("%s: the book validates clean", where)
          .isEmpty();
    }
  }
}
