package org.propertytrust.core.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.ExpenditureState;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ObstacleKind;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.fee.Billing;
import org.propertytrust.core.fee.EntryIds;
import org.propertytrust.core.fee.LateFees;
import org.propertytrust.core.fee.Payments;
import org.propertytrust.core.fee.Prepayments;
import org.propertytrust.core.fee.PublicRevenue;
import org.propertytrust.core.fee.RemunerationPolicy;
import org.propertytrust.core.fee.Waivers;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.service.TicketKind;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;

/**
 * Simulates a trust community month by month with the library's own operations and returns its
 * book.
 *
 * <p>Each month: the billing run and prepayment application on the 1st; owners pay on days of their
 * own according to their behaviour (prompt, late, partial, prepaying, defaulting); parking revenue
 * on the 15th; spending requested on the 2nd, decided on the 3rd to 6th (with supervisor objections
 * now and then, resolved by the committee), a vote for large or reserve-fund spending, and payment
 * on the 20th once payable; late fees on the 28th when the contract has them; the remuneration on
 * the month's last day (accrued when cash is short); the bank statements at the month's end and the
 * disclosure of the month within the contract's deadline. Tickets meet the 54321 service levels.
 *
 * <p>Everything is posted in date order through a {@link Journal}, so the book is clean under every
 * rule, and the same profile gives the same book on any machine. The cost is linear in the number
 * of entries.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommunitySimulator {
  private static final String[] SURNAMES = {
    "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "丽"
  };
  private static final String[] CATEGORIES = {"repairs", "cleaning", "greening"};
  private static final String[] VENDORS = {"liftco", "cleanco", "greenco"};

  private CommunitySimulator() {}

  /**
   * Simulates a community.
   *
   * @param profile what to simulate; not null
   * @return the book
   */
  public static TrustBook simulate(SimulationProfile profile) {
    return new Run(profile).run();
  }

  /** The behaviour of an owner. */
  private enum Payer {
    PROMPT,
    LATE,
    PARTIAL,
    PREPAYER,
    DEFAULTER
  }

  /** Something that happens on a day of the month, in the order it was scheduled. */
  private record Event(int day, int order, Runnable action) {}

  /** One simulation. */
  private static final class Run {
    final SimulationProfile profile;
    final SplittableRandom random;
    final CurrencyUnit cny = Amounts.CNY;
    final Journal journal;
    final List<Unit> units = new ArrayList<>();
    final List<Payer> payers = new ArrayList<>();
    final List<Integer> payDays = new ArrayList<>();
    int sequence;
    int expenditureCount;
    int voteCount;
    int ticketCount;

    Run(SimulationProfile profile) {
      this.profile = profile;
      this.random = new SplittableRandom(profile.seed());
      for (int i = 1; i <= profile.units(); i++) {
        BigDecimal area = BigDecimal.valueOf(5000 + random.nextInt(10001), 2);
        String owner =
            SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        units.add(Unit.builder().id(String.format("U%05d", i)).areaM2(area).owner(owner).build());
        int roll = random.nextInt(100);
        Payer payer;
        if (roll < profile.promptPercent()) {
          payer = Payer.PROMPT;
        } else if (roll < profile.promptPercent() + profile.latePercent()) {
          payer = Payer.LATE;
        } else if (roll
            < profile.promptPercent() + profile.latePercent() + profile.partialPercent()) {
          payer = Payer.PARTIAL;
        } else if (roll
            < profile.promptPercent()
                + profile.latePercent()
                + profile.partialPercent()
                + profile.prepayPercent()) {
          payer = Payer.PREPAYER;
        } else {
          payer = Payer.DEFAULTER;
        }
        payers.add(payer);
        payDays.add(2 + random.nextInt(13));
      }
      this.journal = Journal.of(initialBook());
    }

    private Money cny(long minor) {
      return Money.ofMinor(cny, minor);
    }

    private TrustBook initialBook() {
      LocalDate start = profile.start().atDay(1);
      Remuneration remuneration =
          profile.percentRemuneration()
              ? Remuneration.percentOfCollected(Percent.of(10), "property", "cleaning")
              : Remuneration.fixedMonthly(cny(Math.max(10_000L, profile.units() * 500L)));
      var terms =
          org.propertytrust.core.contract.Contract.builder()
              .trustee("acme")
              .supervisor("sup")
              .start(start)
              .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.80", 15))
              .addFee(Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 10))
              .remuneration(remuneration)
              .approval(ApprovalThresholds.of(cny(200_000), cny(1_000_000), cny(5_000_000), 3))
              .allocation(profile.allocation())
              .disclosureDays(10);
      if (profile.lateFees()) {
        terms.lateFee(LateFeeTerms.of(Percent.of(5), 15, cny(5_000)));
      }
      var book =
          TrustBook.builder()
              .community(
                  Community.of("sim-" + profile.seed(), "Simulated Gardens " + profile.seed()))
              .addParty(Party.of("owners", Role.ASSEMBLY, "Owners' assembly"))
              .addParty(Party.of("committee", Role.COMMITTEE, "Owners' committee"))
              .addParty(Party.of("acme", Role.TRUSTEE, "Acme Property Services"))
              .addParty(Party.of("sup", Role.SUPERVISOR, "Community supervisor"))
              .addParty(Party.of("liftco", Role.VENDOR, "Lift Maintenance Co."))
              .addParty(Party.of("cleanco", Role.VENDOR, "Clean Co."))
              .addParty(Party.of("greenco", Role.VENDOR, "Green Co."))
              .addParty(Party.of("bank", Role.BANK, "Trust Bank"))
              .addAllUnits(units)
              .contract(terms.build());
      long perUnitYear = 20 * 12 * 100L;
      int years = (profile.months() + profile.start().getMonthValue() + 10) / 12;
      for (int y = 0; y < years; y++) {
        int year = profile.start().getYear() + y;
        book.addBudget(BudgetLine.of(year, "repairs", cny(perUnitYear * profile.units())));
        book.addBudget(BudgetLine.of(year, "cleaning", cny(perUnitYear * profile.units() / 2)));
        book.addBudget(BudgetLine.of(year, "greening", cny(perUnitYear * profile.units() / 4)));
      }
      Money reserve = cny(30_000L * profile.units());
      book.addEntry(
          Entry.builder()
              .id("OPEN-RESERVE")
              .date(start)
              .kind(EntryKind.OPENING)
              .memo("maintenance fund carried over")
              .addLine(Line.debit(Account.RESERVE_CASH, reserve))
              .addLine(Line.credit(Account.FUND_RESERVE, reserve))
              .build());
      return book.build();
    }

    private String id(String prefix) {
      return prefix + "-" + (++sequence);
    }

    TrustBook run() {
      for (int m = 0; m < profile.months(); m++) {
        month(profile.start().plusMonths(m));
      }
      return journal.book();
    }

    private void month(YearMonth month) {
      List<Event> events = new ArrayList<>();
      LocalDate first = month.atDay(1);
      events.add(
          new Event(
              1,
              events.size(),
              () -> {
                journal.postAll(Billing.run(journal, month, first, id("CH")));
                journal.postAll(Prepayments.apply(journal, first, id("PA")));
              }));
      for (int i = 0; i < units.size(); i++) {
        int unit = i;
        events.add(new Event(payDays.get(i), events.size(), () -> pay(unit, month)));
      }
      if (random.nextInt(100) < 3 && !units.isEmpty()) {
        int unit = random.nextInt(units.size());
        events.add(new Event(9, events.size(), () -> waive(unit, month)));
      }
      events.add(
          new Event(
              15,
              events.size(),
              () ->
                  journal.post(
                      PublicRevenue.receive(
                          journal,
                          "parking",
                          cny((500 + random.nextInt(1500)) * 100L + units.size() * 200L),
                          month.atDay(15),
                          id("PI")))));
      int spending =
          profile.spendingPerMonth() == 0 ? 0 : random.nextInt(profile.spendingPerMonth() + 1);
      for (int s = 0; s < spending; s++) {
        events.add(new Event(20, events.size(), () -> spend(month)));
      }
      if (profile.lateFees()) {
        events.add(
            new Event(
                28,
                events.size(),
                () ->
                    journal.postAll(
                        LateFees.assess(
                            journal, month.atDay(28), EntryIds.numbered(id("LF") + "-")))));
      }
      LocalDate last = month.atEndOfMonth();
      events.add(
          new Event(
              last.getDayOfMonth(),
              events.size(),
              () -> {
                boolean short_ =
                    RemunerationPolicy.due(journal, month, last)
                        .isGreaterThan(journal.balances().cash());
                journal.postAll(RemunerationPolicy.settle(journal, last, id("RM"), short_));
              }));
      events.sort(Comparator.comparingInt(Event::day).thenComparingInt(Event::order));
      for (Event event : events) {
        event.action().run();
      }
      for (int t = 0; t < profile.ticketsPerMonth(); t++) {
        ticket(month);
      }
      if (profile.records()) {
        journal.record(statement(Account.CASH, month, journal.balances().cash()));
        journal.record(statement(Account.RESERVE_CASH, month, journal.balances().reserveCash()));
        journal.record(Disclosure.of(month, last.plusDays(1 + random.nextInt(9))));
      }
    }

    private BankStatement statement(Account account, YearMonth month, Money balance) {
      return BankStatement.builder().account(account).period(month).closingBalance(balance).build();
    }

    private Money open(String unit) {
      Money total = Money.zero(cny);
      for (Receivable r : journal.balances().openReceivables(unit)) {
        total = total.plus(r.amount());
      }
      return total;
    }

    private void pay(int index, YearMonth month) {
      String unit = units.get(index).id();
      Money open = open(unit);
      LocalDate date = month.atDay(payDays.get(index));
      Money amount;
      switch (payers.get(index)) {
        case PROMPT:
          amount = open;
          break;
        case LATE:
          amount = random.nextInt(3) == 0 ? open : Money.zero(cny);
          break;
        case PARTIAL:
          amount = open.multipliedBy(new BigDecimal("0.5"), java.math.RoundingMode.DOWN);
          break;
        case PREPAYER:
          Money prepaid = journal.balances().prepaid(unit);
          Money monthly = monthlyCharge(index);
          amount =
              prepaid.isLessThan(monthly) ? open.plus(monthly.multipliedBy(6)) : Money.zero(cny);
          break;
        default:
          amount = random.nextInt(20) == 0 ? open : Money.zero(cny);
      }
      if (amount.isPositive()) {
        journal.post(Payments.pay(journal, unit, amount, date, id("PM")));
      }
    }

    private Money monthlyCharge(int index) {
      Money total = Money.zero(cny);
      for (Fee fee : journal.contract().fees()) {
        total = total.plus(fee.chargeFor(units.get(index), cny));
      }
      return total;
    }

    private void waive(int index, YearMonth month) {
      String unit = units.get(index).id();
      Money open = journal.balances().receivable(unit, month, "cleaning");
      if (open.isPositive()) {
        journal.post(
            Waivers.waive(
                journal,
                unit,
                month,
                "cleaning",
                open,
                month.atDay(9),
                id("WV"),
                "cleaning waived for an elderly resident living alone"));
      }
    }

    private void spend(YearMonth month) {
      int roll = random.nextInt(100);
      long minor;
      if (roll < 60) {
        minor = 10_000 + random.nextInt(180_000);
      } else if (roll < 90) {
        minor = 200_000 + random.nextInt(700_000);
      } else if (roll < 98) {
        minor = 1_000_000 + random.nextInt(2_000_000);
      } else {
        minor = 5_000_000 + random.nextInt(2_000_000);
      }
      boolean reserve = random.nextInt(100) < 5;
      int category = random.nextInt(CATEGORIES.length);
      String id = "X" + (++expenditureCount);
      Expenditure x =
          Expenditure.builder()
              .id(id)
              .requestedBy("acme")
              .requestedOn(month.atDay(2))
              .payee(VENDORS[category])
              .amount(cny(minor))
              .category(CATEGORIES[category])
              .budgetLine(CATEGORIES[category])
              .description(CATEGORIES[category] + " work " + id)
              .fund(reserve ? Fund.RESERVE : Fund.OPERATING)
              .build();
      SpendingPolicy policy = SpendingPolicy.of(journal);
      if (random.nextInt(100) < 5) {
        x = policy.decide(x, Approval.of("sup", Role.SUPERVISOR, Decision.OBJECT, month.atDay(3)));
        x =
            policy.decide(
                x,
                Approval.of(
                    "committee", Role.COMMITTEE, Decision.RESOLVE_OBJECTION, month.atDay(5)));
      }
      var required = policy.requiredApprovals(x);
      if (required.contains(Role.SUPERVISOR) || random.nextBoolean()) {
        x = policy.decide(x, Approval.of("sup", Role.SUPERVISOR, Decision.APPROVE, month.atDay(5)));
      }
      if (required.contains(Role.COMMITTEE)) {
        x =
            policy.decide(
                x, Approval.of("committee", Role.COMMITTEE, Decision.APPROVE, month.atDay(6)));
      }
      if (required.contains(Role.ASSEMBLY)) {
        Vote vote = vote(x, month.atDay(6));
        journal.record(vote);
        x = org.propertytrust.core.approval.ImmutableExpenditure.copyOf(x).withVote(vote.id());
      }
      journal.record(x);
      LocalDate payDay = month.atDay(20);
      policy = SpendingPolicy.of(journal);
      if (policy.obstacles(x, payDay).stream().anyMatch(o -> o.kind() == ObstacleKind.OVER_BUDGET)
          && !required.contains(Role.COMMITTEE)) {
        x =
            policy.decide(
                x, Approval.of("committee", Role.COMMITTEE, Decision.APPROVE, month.atDay(6)));
        journal.record(x);
        policy = SpendingPolicy.of(journal);
      }
      Money held = journal.balances().balance(x.fund().bankAccount());
      if (policy.state(x, payDay) == ExpenditureState.PAYABLE && !x.amount().isGreaterThan(held)) {
        journal.post(policy.pay(x, payDay, id("EX")));
      }
    }

    private Vote vote(Expenditure x, LocalDate heldOn) {
      BigDecimal totalArea = BigDecimal.ZERO;
      for (Unit unit : units) {
        totalArea = totalArea.add(unit.areaM2());
      }
      int owners = units.size();
      int taking = owners - owners / 5;
      BigDecimal participating =
          totalArea.multiply(new BigDecimal("0.80")).setScale(2, java.math.RoundingMode.UP);
      return Vote.builder()
          .id("V" + (++voteCount))
          .subject("Spend " + x.amount() + " on " + x.description())
          .tier(VoteTier.ORDINARY)
          .heldOn(heldOn)
          .totalAreaM2(totalArea)
          .totalOwners(owners)
          .participatingAreaM2(participating.min(totalArea))
          .participatingOwners(Math.max(taking, (2 * owners + 2) / 3))
          .yesAreaM2(
              participating
                  .min(totalArea)
                  .multiply(new BigDecimal("0.75"))
                  .setScale(2, java.math.RoundingMode.UP))
          .yesOwners(Math.max(taking, (2 * owners + 2) / 3))
          .build();
    }

    private void ticket(YearMonth month) {
      int day = 1 + random.nextInt(month.lengthOfMonth() - 8);
      OffsetDateTime reported =
          month
              .atDay(day)
              .atTime(8 + random.nextInt(12), random.nextInt(60))
              .atOffset(ZoneOffset.ofHours(8));
      boolean complex = random.nextInt(4) == 0;
      OffsetDateTime resolved = reported.plusMinutes(complex ? 60 * 50 : 60 + random.nextInt(100));
      var ticket =
          Ticket.builder()
              .id("T" + (++ticketCount))
              .unit(units.get(random.nextInt(units.size())).id())
              .kind(complex ? TicketKind.COMPLEX : TicketKind.SMALL)
              .reportedAt(reported)
              .registeredAt(reported.plusMinutes(1 + random.nextInt(4)))
              .onSiteAt(reported.plusMinutes(10 + random.nextInt(30)))
              .resolvedAt(resolved)
              .followUpAt(resolved.plusHours(24 + random.nextInt(100)));
      if (complex) {
        ticket.planAt(reported.plusHours(4 + random.nextInt(40)));
      }
      journal.record(ticket.build());
    }
  }
}
