package org.propertytrust.core;

import static org.propertytrust.core.ledger.Side.CREDIT;
import static org.propertytrust.core.ledger.Side.DEBIT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
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
import org.propertytrust.core.statement.UnclearedItem;

/**
 * The two reference books of the format (shared/examples), built with the core API, entry for
 * entry, so that core tests can check them before any JSON reader exists.
 */
public final class ExampleBooks {
  private ExampleBooks() {}

  /** Returns an amount in CNY, of either sign. */
  public static Money cny(String amount) {
    return Amounts.parseSigned(amount, Amounts.CNY);
  }

  /** Returns a date. */
  public static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** Returns a month. */
  public static YearMonth ym(String month) {
    return YearMonth.parse(month);
  }

  private static Line recv(
      org.propertytrust.core.ledger.Side side,
      String unit,
      String period,
      String fee,
      String amount) {
    return Line.receivable(side, cny(amount), unit, ym(period), fee);
  }

  private static Line dr(String account, String amount) {
    return Line.debit(Account.of(account), cny(amount));
  }

  private static Line cr(String account, String amount) {
    return Line.credit(Account.of(account), cny(amount));
  }

  private static Line unitLine(
      String account, org.propertytrust.core.ledger.Side side, String unit, String amount) {
    return Line.forUnit(Account.of(account), side, cny(amount), unit);
  }

  private static Entry entry(String id, String date, EntryKind kind, Line... lines) {
    return Entry.of(id, d(date), kind, List.of(lines));
  }

  /** The entries of three-units.json, in order. */
  public static List<Entry> threeUnitsEntries() {
    List<Entry> out = new ArrayList<>();
    out.add(
        entry(
            "E1",
            "2024-01-01",
            EntryKind.CHARGE,
            recv(DEBIT, "A", "2024-01", "property", "150.00"),
            recv(DEBIT, "B", "2024-01", "property", "120.00"),
            recv(DEBIT, "C", "2024-01", "property", "180.75"),
            cr("income:property", "450.75")));
    out.add(
        entry(
            "E2",
            "2024-01-10",
            EntryKind.PAYMENT,
            dr("cash", "150.00"),
            recv(CREDIT, "A", "2024-01", "property", "150.00")));
    out.add(
        entry(
            "E3",
            "2024-01-20",
            EntryKind.PAYMENT,
            dr("cash", "240.00"),
            recv(CREDIT, "B", "2024-01", "property", "120.00"),
            unitLine("prepaid", CREDIT, "B", "120.00")));
    out.add(
        Entry.builder()
            .id("E4")
            .date(d("2024-01-25"))
            .kind(EntryKind.EXPENDITURE)
            .expenditure("X1")
            .addLine(dr("expense:cleaning", "100.00"))
            .addLine(cr("cash", "100.00"))
            .build());
    out.add(
        entry(
            "E5",
            "2024-01-31",
            EntryKind.REMUNERATION,
            dr("expense:remuneration", "27.00"),
            cr("cash", "27.00")));
    out.add(
        entry(
            "E6",
            "2024-02-01",
            EntryKind.CHARGE,
            recv(DEBIT, "A", "2024-02", "property", "150.00"),
            recv(DEBIT, "B", "2024-02", "property", "120.00"),
            recv(DEBIT, "C", "2024-02", "property", "180.75"),
            cr("income:property", "450.75")));
    out.add(
        entry(
            "E7",
            "2024-02-01",
            EntryKind.PREPAYMENT_APPLIED,
            unitLine("prepaid", DEBIT, "B", "120.00"),
            recv(CREDIT, "B", "2024-02", "property", "120.00")));
    out.add(
        entry(
            "E8",
            "2024-02-25",
            EntryKind.PAYMENT,
            dr("cash", "361.50"),
            recv(CREDIT, "C", "2024-01", "property", "180.75"),
            recv(CREDIT, "C", "2024-02", "property", "180.75")));
    out.add(
        entry(
            "E9",
            "2024-02-29",
            EntryKind.REMUNERATION,
            dr("expense:remuneration", "48.15"),
            cr("cash", "48.15")));
    return out;
  }

  /** Returns three-units.json without its entries. */
  public static TrustBook threeUnitsWithoutEntries() {
    return TrustBook.builder()
        .community(Community.of("three-units", "Three Units Garden"))
        .addParty(Party.of("owners", Role.ASSEMBLY, "Owners' assembly"))
        .addParty(Party.of("committee", Role.COMMITTEE, "Owners' committee"))
        .addParty(Party.of("acme", Role.TRUSTEE, "Acme Property Services"))
        .addParty(Party.of("sup", Role.SUPERVISOR, "Community supervisor"))
        .addParty(Party.of("cleanco", Role.VENDOR, "Clean Co."))
        .addUnit(Unit.of("A", "100.00"))
        .addUnit(Unit.of("B", "80.00"))
        .addUnit(Unit.of("C", "120.50"))
        .contract(
            Contract.builder()
                .trustee("acme")
                .supervisor("sup")
                .start(d("2024-01-01"))
                .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15))
                .remuneration(Remuneration.percentOfCollected(Percent.of(10), "property"))
                .approval(
                    ApprovalThresholds.of(cny("2000.00"), cny("10000.00"), cny("50000.00"), 3))
                .allocation(AllocationPolicy.OLDEST_FIRST)
                .disclosureDays(10)
                .build())
        .addBudget(BudgetLine.of(2024, "cleaning", cny("1200.00")))
        .addExpenditure(
            Expenditure.builder()
                .id("X1")
                .requestedBy("acme")
                .requestedOn(d("2024-01-20"))
                .payee("cleanco")
                .amount(cny("100.00"))
                .category("cleaning")
                .budgetLine("cleaning")
                .description("Stairwell deep clean")
                .build())
        .addBankStatement(
            BankStatement.builder()
                .account(Account.CASH)
                .period(ym("2024-01"))
                .closingBalance(cny("263.00"))
                .build())
        .addBankStatement(
            BankStatement.builder()
                .account(Account.CASH)
                .period(ym("2024-02"))
                .closingBalance(cny("576.35"))
                .build())
        .addDisclosure(Disclosure.of(ym("2024-01"), d("2024-02-05")))
        .addDisclosure(Disclosure.of(ym("2024-02"), d("2024-03-06")))
        .addTicket(
            Ticket.builder()
                .id("T1")
                .unit("C")
                .kind(TicketKind.SMALL)
                .reportedAt(OffsetDateTime.parse("2024-02-03T09:00:00+08:00"))
                .registeredAt(OffsetDateTime.parse("2024-02-03T09:03:00+08:00"))
                .onSiteAt(OffsetDateTime.parse("2024-02-03T09:30:00+08:00"))
                .resolvedAt(OffsetDateTime.parse("2024-02-03T11:00:00+08:00"))
                .followUpAt(OffsetDateTime.parse("2024-02-06T10:00:00+08:00"))
                .build())
        .build();
  }

  /** Returns shared/examples/three-units.json, built in Java. */
  public static TrustBook threeUnits() {
    return org.propertytrust.core.book.ImmutableTrustBook.copyOf(threeUnitsWithoutEntries())
        .withEntries(threeUnitsEntries());
  }

  /** Returns shared/examples/maple-court.json, built in Java. */
  public static TrustBook mapleCourt() {
    List<Entry> e = new ArrayList<>();
    e.add(
        Entry.builder()
            .id("M01")
            .date(d("2024-03-01"))
            .kind(EntryKind.OPENING)
            .memo("maintenance fund carried over")
            .addLine(dr("reserve-cash", "20000.00"))
            .addLine(cr("fund:reserve", "20000.00"))
            .build());
    e.add(
        Entry.builder()
            .id("M02")
            .date(d("2024-03-01"))
            .kind(EntryKind.OPENING)
            .memo("prepaid fees still held by the outgoing company")
            .addLine(dr("due:oldco", "1200.00"))
            .addLine(unitLine("prepaid", CREDIT, "U1", "600.00"))
            .addLine(unitLine("prepaid", CREDIT, "U2", "600.00"))
            .build());
    for (String month : List.of("03", "04")) {
      String p = "2024-" + month;
      e.add(
          entry(
              month.equals("03") ? "M03" : "M13",
              p + "-01",
              EntryKind.CHARGE,
              recv(DEBIT, "U1", p, "property", "180.00"),
              recv(DEBIT, "U1", p, "cleaning", "20.00"),
              recv(DEBIT, "U2", p, "property", "220.00"),
              recv(DEBIT, "U2", p, "cleaning", "20.00"),
              recv(DEBIT, "U3", p, "property", "151.00"),
              recv(DEBIT, "U3", p, "cleaning", "20.00"),
              recv(DEBIT, "U4", p, "property", "260.00"),
              recv(DEBIT, "U4", p, "cleaning", "20.00"),
              cr("income:property", "811.00"),
              cr("income:cleaning", "80.00")));
      if (month.equals("03")) {
        e.add(
            entry(
                "M04",
                "2024-03-01",
                EntryKind.PREPAYMENT_APPLIED,
                unitLine("prepaid", DEBIT, "U1", "200.00"),
                unitLine("prepaid", DEBIT, "U2", "240.00"),
                recv(CREDIT, "U1", p, "property", "180.00"),
                recv(CREDIT, "U1", p, "cleaning", "20.00"),
                recv(CREDIT, "U2", p, "property", "220.00"),
                recv(CREDIT, "U2", p, "cleaning", "20.00")));
        e.add(
            entry(
                "M05",
                "2024-03-08",
                EntryKind.PAYMENT,
                dr("cash", "171.00"),
                recv(CREDIT, "U3", p, "property", "151.00"),
                recv(CREDIT, "U3", p, "cleaning", "20.00")));
        e.add(
            entry(
                "M06",
                "2024-03-09",
                EntryKind.PAYMENT,
                dr("cash", "560.00"),
                recv(CREDIT, "U4", p, "property", "260.00"),
                recv(CREDIT, "U4", p, "cleaning", "20.00"),
                unitLine("prepaid", CREDIT, "U4", "280.00")));
        e.add(
            Entry.builder()
                .id("M07")
                .date(d("2024-03-12"))
                .kind(EntryKind.HANDOVER)
                .memo("prepaid fees recovered from the outgoing company")
                .addLine(dr("cash", "1200.00"))
                .addLine(cr("due:oldco", "1200.00"))
                .build());
        e.add(
            entry(
                "M08",
                "2024-03-15",
                EntryKind.PUBLIC_INCOME,
                dr("cash", "1500.00"),
                cr("income:public:parking", "1500.00")));
        e.add(expenditureEntry("M09", "2024-03-20", "X1", "expense:repairs", "cash", "2000.00"));
        e.add(
            expenditureEntry(
                "M10", "2024-03-22", "X2", "expense:repairs", "reserve-cash", "15000.00"));
        e.add(expenditureEntry("M11", "2024-03-28", "X3", "expense:cleaning", "cash", "800.00"));
        e.add(
            entry(
                "M12",
                "2024-03-31",
                EntryKind.REMUNERATION,
                dr("expense:remuneration", "300.00"),
                cr("cash", "300.00")));
      } else {
        e.add(
            entry(
                "M14",
                "2024-04-01",
                EntryKind.PREPAYMENT_APPLIED,
                unitLine("prepaid", DEBIT, "U1", "200.00"),
                unitLine("prepaid", DEBIT, "U2", "240.00"),
                unitLine("prepaid", DEBIT, "U4", "280.00"),
                recv(CREDIT, "U1", p, "property", "180.00"),
                recv(CREDIT, "U1", p, "cleaning", "20.00"),
                recv(CREDIT, "U2", p, "property", "220.00"),
                recv(CREDIT, "U2", p, "cleaning", "20.00"),
                recv(CREDIT, "U4", p, "property", "260.00"),
                recv(CREDIT, "U4", p, "cleaning", "20.00")));
        e.add(
            entry(
                "M15",
                "2024-04-15",
                EntryKind.PUBLIC_INCOME,
                dr("cash", "1500.00"),
                cr("income:public:parking", "1500.00")));
        e.add(
            entry(
                "M16",
                "2024-04-30",
                EntryKind.REMUNERATION,
                dr("expense:remuneration", "300.00"),
                cr("cash", "300.00")));
      }
    }
    return TrustBook.builder()
        .community(Community.of("maple-court", "Maple Court"))
        .addParty(Party.of("owners", Role.ASSEMBLY, "Owners' assembly"))
        .addParty(Party.of("committee", Role.COMMITTEE, "Owners' committee"))
        .addParty(Party.of("acme", Role.TRUSTEE, "Acme Property Services"))
        .addParty(Party.of("oldco", Role.TRUSTEE, "Old Property Co."))
        .addParty(Party.of("sup", Role.SUPERVISOR, "Community supervisor"))
        .addParty(Party.of("liftco", Role.VENDOR, "Lift Maintenance Co."))
        .addParty(Party.of("cleanco", Role.VENDOR, "Clean Co."))
        .addUnit(
            Unit.builder()
                .id("U1")
                .areaM2(new java.math.BigDecimal("90.00"))
                .owner("Zhang")
                .build())
        .addUnit(
            Unit.builder().id("U2").areaM2(new java.math.BigDecimal("110.00")).owner("Li").build())
        .addUnit(
            Unit.builder().id("U3").areaM2(new java.math.BigDecimal("75.50")).owner("Wang").build())
        .addUnit(
            Unit.builder()
                .id("U4")
                .areaM2(new java.math.BigDecimal("130.00"))
                .owner("Zhao")
                .build())
        .contract(
            Contract.builder()
                .trustee("acme")
                .supervisor("sup")
                .start(d("2024-03-01"))
                .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "2.00", 10))
                .addFee(Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 10))
                .remuneration(Remuneration.fixedMonthly(cny("300.00")))
                .approval(
                    ApprovalThresholds.of(cny("2000.00"), cny("10000.00"), cny("50000.00"), 3))
                .allocation(AllocationPolicy.OLDEST_FIRST)
                .disclosureDays(10)
                .build())
        .addHandover(Handover.of(d("2024-03-01"), "oldco", "acme"))
        .addBudget(BudgetLine.of(2024, "repairs", cny("30000.00")))
        .addBudget(BudgetLine.of(2024, "cleaning", cny("5000.00")))
        .addAllEntries(e)
        .addExpenditure(
            expenditure(
                    "X1",
                    "2024-03-10",
                    "liftco",
                    "2000.00",
                    "repairs",
                    "Lift door sensor replacement")
                .addApproval(Approval.of("sup", Role.SUPERVISOR, Decision.APPROVE, d("2024-03-11")))
                .build())
        .addExpenditure(
            expenditure(
                    "X2",
                    "2024-03-09",
                    "liftco",
                    "15000.00",
                    "repairs",
                    "Lift traction machine overhaul (maintenance fund)")
                .fund(Fund.RESERVE)
                .vote("V1")
                .addApproval(Approval.of("sup", Role.SUPERVISOR, Decision.APPROVE, d("2024-03-10")))
                .addApproval(
                    Approval.of("committee", Role.COMMITTEE, Decision.APPROVE, d("2024-03-11")))
                .build())
        .addExpenditure(
            expenditure("X3", "2024-03-18", "cleanco", "800.00", "cleaning", "Stairwell deep clean")
                .addApproval(Approval.of("sup", Role.SUPERVISOR, Decision.OBJECT, d("2024-03-19")))
                .addApproval(
                    Approval.of(
                        "committee", Role.COMMITTEE, Decision.RESOLVE_OBJECTION, d("2024-03-25")))
                .build())
        .addVote(
            Vote.builder()
                .id("V1")
                .subject("Use the maintenance fund for the lift overhaul (X2)")
                .tier(VoteTier.ORDINARY)
                .heldOn(d("2024-03-10"))
                .totalAreaM2(new java.math.BigDecimal("405.50"))
                .totalOwners(4)
                .participatingAreaM2(new java.math.BigDecimal("330.00"))
                .participatingOwners(3)
                .yesAreaM2(new java.math.BigDecimal("240.00"))
                .yesOwners(2)
                .build())
        .addBankStatement(
            BankStatement.builder()
                .account(Account.CASH)
                .period(ym("2024-03"))
                .closingBalance(cny("1131.00"))
                .addUncleared(UnclearedItem.of("M11", cny("800.00").negated()))
                .build())
        .addBankStatement(statement(Account.RESERVE_CASH, "2024-03", "5000.00"))
        .addBankStatement(statement(Account.CASH, "2024-04", "1531.00"))
        .addBankStatement(statement(Account.RESERVE_CASH, "2024-04", "5000.00"))
        .addDisclosure(Disclosure.of(ym("2024-03"), d("2024-04-08")))
        .addDisclosure(Disclosure.of(ym("2024-04"), d("2024-05-06")))
        .addTicket(
            Ticket.builder()
                .id("T1")
                .unit("U2")
                .kind(TicketKind.COMPLEX)
                .reportedAt(OffsetDateTime.parse("2024-03-05T20:10:00+08:00"))
                .registeredAt(OffsetDateTime.parse("2024-03-05T20:12:00+08:00"))
                .onSiteAt(OffsetDateTime.parse("2024-03-05T20:40:00+08:00"))
                .planAt(OffsetDateTime.parse("2024-03-06T10:00:00+08:00"))
                .resolvedAt(OffsetDateTime.parse("2024-03-09T16:00:00+08:00"))
                .followUpAt(OffsetDateTime.parse("2024-03-12T09:00:00+08:00"))
                .build())
        .build();
  }

  private static BankStatement statement(Account account, String period, String closing) {
    return BankStatement.builder()
        .account(account)
        .period(ym(period))
        .closingBalance(cny(closing))
        .build();
  }

  private static org.propertytrust.core.approval.ImmutableExpenditure.Builder expenditure(
      String id, String on, String payee, String amount, String category, String description) {
    return Expenditure.builder()
        .id(id)
        .requestedBy("acme")
        .requestedOn(d(on))
        .payee(payee)
        .amount(cny(amount))
        .category(category)
        .budgetLine(category)
        .description(description);
  }

  private static Entry expenditureEntry(
      String id, String date, String expenditure, String expense, String bank, String amount) {
    return Entry.builder()
        .id(id)
        .date(d(date))
        .kind(EntryKind.EXPENDITURE)
        .expenditure(expenditure)
        .addLine(dr(expense, amount))
        .addLine(cr(bank, amount))
        .build();
  }
}
