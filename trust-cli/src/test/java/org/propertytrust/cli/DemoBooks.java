package org.propertytrust.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.joda.money.Money;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.fee.Billing;
import org.propertytrust.core.fee.Payments;
import org.propertytrust.core.fee.Prepayments;
import org.propertytrust.core.fee.PublicRevenue;
import org.propertytrust.core.fee.RemunerationPolicy;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.handover.Handovers;
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
 * The demo books of {@code trust demo}: four communities from Zhonglou's case studies, run month by
 * month through the library's own operations. The JSON files embedded in the jar are written from
 * these builders (see DemoBooksTest), so every figure the demo shows comes out of the library.
 */
final class DemoBooks {
  private static final String[] NAMES = {
    "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周艳", "吴军", "徐丽", "孙强",
    "朱红", "马超", "胡斌", "郭霞", "何平", "高峰", "林琳", "罗杰", "郑燕", "梁晨", "谢涛", "宋佳"
  };

  private DemoBooks() {}

  static Money cny(String amount) {
    return Amounts.parse(amount, Amounts.CNY);
  }

  /** A running demo community: its journal and a counter for ids. */
  private static final class Run {
    final Journal journal;
    int seq;
    int tickets;
    int expenditures;

    Run(TrustBook start) {
      this.journal = Journal.of(start);
    }

    String id(String prefix) {
      return String.format("%s%04d", prefix, ++seq);
    }

    Money open(String unit) {
      return journal.balances().openReceivables(unit).stream()
          .map(Receivable::amount)
          .reduce(Money.zero(Amounts.CNY), Money::plus);
    }

    void bill(YearMonth month) {
      journal.postAll(Billing.run(journal, month, month.atDay(1), id("C")));
      journal.postAll(Prepayments.apply(journal, month.atDay(1), id("A")));
    }

    void pay(String unit, Money amount, LocalDate date) {
      if (amount.isPositive()) {
        journal.post(Payments.pay(journal, unit, amount, date, id("P")));
      }
    }

    void parking(YearMonth month, String amount) {
      journal.post(
          PublicRevenue.receive(journal, "parking", cny(amount), month.atDay(15), id("G")));
    }

    void spend(
        YearMonth month,
        String payee,
        String amount,
        String category,
        String description,
        boolean supervisor) {
      Expenditure x =
          Expenditure.builder()
              .id(String.format("X%03d", ++expenditures))
              .requestedBy(journal.contract().trustee())
              .requestedOn(month.atDay(3))
              .payee(payee)
              .amount(cny(amount))
              .category(category)
              .budgetLine(category)
              .description(description)
              .build();
      SpendingPolicy policy = SpendingPolicy.of(journal);
      if (supervisor || policy.requiredApprovals(x).contains(Role.SUPERVISOR)) {
        x = policy.decide(x, Approval.of("sup", Role.SUPERVISOR, Decision.APPROVE, month.atDay(5)));
      }
      if (policy.requiredApprovals(x).contains(Role.COMMITTEE)) {
        x =
            policy.decide(
                x, Approval.of("committee", Role.COMMITTEE, Decision.APPROVE, month.atDay(6)));
      }
      journal.record(x);
      journal.post(SpendingPolicy.of(journal).pay(x, month.atDay(20), id("E")));
    }

    void remunerate(YearMonth month) {
      journal.postAll(RemunerationPolicy.settle(journal, month.atEndOfMonth(), id("R"), false));
    }

    void close(YearMonth month, int disclosedOnDay) {
      journal.record(
          BankStatement.builder()
              .account(Account.CASH)
              .period(month)
              .closingBalance(journal.balances().cash())
              .build());
      journal.record(
          BankStatement.builder()
              .account(Account.RESERVE_CASH)
              .period(month)
              .closingBalance(journal.balances().reserveCash())
              .build());
      journal.record(Disclosure.of(month, month.plusMonths(1).atDay(disclosedOnDay)));
    }

    void ticket(String unit, LocalDate day, int hour, boolean complex, int onSiteMinutes) {
      OffsetDateTime reported = day.atTime(hour, 10).atOffset(ZoneOffset.ofHours(8));
      OffsetDateTime resolved = reported.plusMinutes(complex ? 60 * 30 : 100);
      var t =
          Ticket.builder()
              .id(String.format("T%03d", ++tickets))
              .unit(unit)
              .kind(complex ? TicketKind.COMPLEX : TicketKind.SMALL)
              .reportedAt(reported)
              .registeredAt(reported.plusMinutes(2))
              .onSiteAt(reported.plusMinutes(onSiteMinutes))
              .resolvedAt(resolved)
              .followUpAt(resolved.plusHours(50));
      if (complex) {
        t.planAt(reported.plusHours(20));
      }
      journal.record(t.build());
    }
  }

  /** Who a demo community's parties are: each community has its own. */
  private record Names(
      String community, String committee, String trustee, String supervisor, String bank) {}

  private static List<Party> parties(Names names) {
    return List.of(
        Party.of("owners", Role.ASSEMBLY, names.community() + "业主大会"),
        Party.of("committee", Role.COMMITTEE, names.committee()),
        Party.of("trustee", Role.TRUSTEE, names.trustee()),
        Party.of("sup", Role.SUPERVISOR, names.supervisor()),
        Party.of("cleanco", Role.VENDOR, "常州洁美保洁服务有限公司"),
        Party.of("greenco", Role.VENDOR, "常州绿源园林绿化工程有限公司"),
        Party.of("liftco", Role.VENDOR, "常州迅达电梯维保有限公司"),
        Party.of("bank", Role.BANK, names.bank()));
  }

  /**
   * A community's sections before its first month: the usual parties, its units, a contract with
   * the given fees and remuneration from the given day, and no budget yet.
   */
  private static org.propertytrust.core.book.ImmutableTrustBook.Builder community(
      String id,
      Names names,
      List<Unit> units,
      org.propertytrust.core.contract.ImmutableContract.Builder contract) {
    return TrustBook.builder()
        .community(Community.of(id, names.community()))
        .addAllParties(parties(names))
        .addAllUnits(units)
        .contract(contract.trustee("trustee").supervisor("sup").approval(thresholds()).build());
  }

  private static ApprovalThresholds thresholds() {
    return ApprovalThresholds.of(cny("2000.00"), cny("10000.00"), cny("50000.00"), 3);
  }

  private static List<Unit> units(
      int buildings, int perBuilding, IntPredicate large, String small, String big) {
    List<Unit> out = new ArrayList<>();
    int n = 0;
    for (int b = 1; b <= buildings; b++) {
      for (int u = 1; u <= perBuilding; u++) {
        String id = b + "-" + ((u + 1) / 2) + "0" + (u % 2 == 1 ? 1 : 2);
        out.add(
            Unit.builder()
                .id(id)
                .areaM2(new BigDecimal(large.test(n) ? big : small))
                .owner(NAMES[n % NAMES.length])
                .build());
        n++;
      }
    }
    return out;
  }

  /**
   * 广景山庄: open accounts lift the property-fee collection rate from 80% to 92% over six months;
   * emergency response (on site) twice as fast as in January.
   */
  static TrustBook guangjing() {
    List<Unit> units = units(5, 10, i -> i % 2 == 1, "90.00", "120.00");
    TrustBook start =
        community(
                "guangjing-villa",
                new Names("广景山庄", "广景山庄业主委员会", "常州广景物业服务有限公司", "顾志明", "江苏江南农村商业银行钟楼支行"),
                units,
                Contract.builder()
                    .start(LocalDate.of(2024, 1, 1))
                    .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.60", 15))
                    .remuneration(Remuneration.percentOfCollected(Percent.of(10), "property")))
            .addBudget(BudgetLine.of(2024, "cleaning", cny("24000.00")))
            .addBudget(BudgetLine.of(2024, "greening", cny("12000.00")))
            .addBudget(BudgetLine.of(2024, "lifts", cny("30000.00")))
            .build();
    Run run = new Run(start);
    // pairs of one 90 m² and one 120 m² unit that do not pay: each pair is 4% of the month's bill
    int[] unpaidPairs = {5, 4, 4, 3, 3, 2};
    for (int m = 0; m < 6; m++) {
      YearMonth month = YearMonth.of(2024, 1 + m);
      run.bill(month);
      for (int i : byPayDay(units.size(), 10)) {
        String unit = units.get(i).id();
        boolean unpaid = i / 2 < unpaidPairs[m];
        if (!unpaid) {
          // pays everything open: this month's fee and whatever was left from earlier months
          run.pay(unit, run.open(unit), month.atDay(5 + i % 10));
        }
      }
      run.parking(month, "3600.00");
      run.spend(
          month,
          "cleanco",
          "1800.00",
          "cleaning",
          "公共区域日常保洁（" + month.getMonthValue() + "月）",
          false);
      if (m % 2 == 1) {
        run.spend(month, "greenco", "960.00", "greening", "绿化修剪及补种", false);
      }
      if (m == 3) {
        run.spend(month, "liftco", "8600.00", "lifts", "3号楼电梯门机系统更换", true);
      }
      run.ticket(units.get(m * 7 % 50).id(), month.atDay(8), 21, false, 36 - 3 * m);
      run.ticket(units.get((m * 7 + 3) % 50).id(), month.atDay(16), 9, m % 3 == 0, 30 - 2 * m);
      run.remunerate(month);
      run.close(month, 6);
    }
    return run.journal.book();
  }

  /** 红星新村: an old estate introduces a cleaning fee; collection rises from 0 to 75%. */
  static TrustBook hongxing() {
    List<Unit> units = units(4, 10, i -> i % 3 == 0, "56.00", "72.50");
    TrustBook start =
        community(
                "hongxing-village",
                new Names("红星新村", "红星新村业主委员会", "钟楼红星物业管理服务站", "沈秀英", "中国工商银行常州钟楼支行"),
                units,
                Contract.builder()
                    .start(LocalDate.of(2024, 1, 1))
                    .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "0.45", 20))
                    .addFee(Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "12.00", 20))
                    .remuneration(Remuneration.fixedMonthly(cny("500.00")))
                    .allocation(org.propertytrust.core.contract.AllocationPolicy.SAME_PERIOD_FIRST))
            .addBudget(BudgetLine.of(2024, "cleaning", cny("6000.00")))
            .addBudget(BudgetLine.of(2024, "accessibility", cny("8000.00")))
            .build();
    Run run = new Run(start);
    Entry opening =
        Entry.of(
            run.id("O"),
            LocalDate.of(2024, 1, 1),
            EntryKind.OPENING,
            List.of(
                Line.debit(Account.CASH, cny("3000.00")),
                Line.credit(Account.FUND_OPERATING, cny("3000.00"))));
    run.journal.post(opening);
    // households paying the new cleaning fee: none in January, 30 of 40 in June
    int[] cleaningPayers = {0, 10, 16, 22, 26, 30};
    for (int m = 0; m < 6; m++) {
      YearMonth month = YearMonth.of(2024, 1 + m);
      run.bill(month);
      for (int i : byPayDay(units.size(), 8)) {
        String unit = units.get(i).id();
        Money property = run.journal.balances().receivable(unit, month, "property");
        Money cleaning = run.journal.balances().receivable(unit, month, "cleaning");
        // everyone pays the property fee; the first payers also pay the cleaning fee
        run.pay(
            unit,
            i < cleaningPayers[m] ? property.plus(cleaning) : property,
            month.atDay(10 + i % 8));
      }
      run.spend(month, "cleanco", "480.00", "cleaning", "楼道清扫及垃圾清运", false);
      if (m == 2) {
        run.spend(month, "greenco", "2600.00", "accessibility", "单元门口加装扶手与坡道（适老化改造）", true);
      }
      run.ticket(units.get(m * 5 % 40).id(), month.atDay(12), 10, m == 1, 25);
      run.remunerate(month);
      run.close(month, 8);
    }
    return run.journal.book();
  }

  /**
   * 怡和花园: the new trustee takes over on 1 March 2024; the former company still held ¥140,000 of
   * owners' prepaid fees and hands them back within the 30 days.
   */
  static TrustBook yihe() {
    List<Unit> units = units(4, 14, i -> i % 4 == 0, "88.00", "126.00");
    TrustBook start =
        TrustBook.builder()
            .community(Community.of("yihe-garden", "怡和花园"))
            .addAllParties(
                parties(
                    new Names("怡和花园", "怡和花园业主委员会", "常州怡和物业服务有限公司", "常州衡正会计师事务所", "中国建设银行常州新北支行")))
            .addParty(Party.of("oldco", Role.TRUSTEE, "常州恒达物业管理有限公司"))
            .addAllUnits(units)
            .contract(
                Contract.builder()
                    .trustee("trustee")
                    .supervisor("sup")
                    .start(LocalDate.of(2024, 3, 1))
                    .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.80", 15))
                    .remuneration(Remuneration.percentOfCollected(Percent.of(9), "property"))
                    .approval(thresholds())
                    .build())
            .addHandover(Handover.of(LocalDate.of(2024, 3, 1), "oldco", "trustee"))
            .addBudget(BudgetLine.of(2024, "cleaning", cny("20000.00")))
            .build();
    Run run = new Run(start);
    Handover handover = start.handovers().get(0);
    Map<String, Money> prepaid = new LinkedHashMap<>();
    for (Unit unit : units) {
      prepaid.put(unit.id(), cny("2500.00"));
    }
    run.journal.post(
        Handovers.recognise(
            run.journal.book(),
            handover,
            prepaid,
            Map.of(),
            cny("0.00"),
            LocalDate.of(2024, 3, 1),
            run.id("H")));
    for (int m = 0; m < 3; m++) {
      YearMonth month = YearMonth.of(2024, 3 + m);
      run.bill(month);
      if (m == 0) {
        run.journal.post(
            Handovers.recover(
                run.journal, handover, cny("100000.00"), month.atDay(15), run.id("H")));
      }
      run.spend(month, "cleanco", "2400.00", "cleaning", "小区日常保洁", true);
      if (m == 0) {
        run.journal.post(
            Handovers.recover(
                run.journal, handover, cny("40000.00"), month.atDay(28), run.id("H")));
      }
      run.remunerate(month);
      run.close(month, 7);
    }
    return run.journal.book();
  }

  /** 清潭花苑18幢: a single building sharing the estate's services; every household pays. */
  static TrustBook qingtan() {
    List<Unit> units = units(1, 24, i -> i >= 12, "96.00", "108.00");
    TrustBook start =
        community(
                "qingtan-18",
                new Names("清潭花苑18幢", "清潭花苑18幢物业管理委员会", "清潭花苑物业服务中心", "蒋国平", "交通银行常州清潭支行"),
                units,
                Contract.builder()
                    .start(LocalDate.of(2024, 1, 1))
                    .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.20", 10))
                    .remuneration(Remuneration.fixedMonthly(cny("400.00"))))
            .addBudget(BudgetLine.of(2024, "cleaning", cny("6000.00")))
            .build();
    Run run = new Run(start);
    for (int m = 0; m < 6; m++) {
      YearMonth month = YearMonth.of(2024, 1 + m);
      run.bill(month);
      for (int i : byPayDay(units.size(), 6)) {
        String unit = units.get(i).id();
        run.pay(unit, run.open(unit), month.atDay(3 + i % 6));
      }
      run.parking(month, "600.00");
      run.spend(month, "cleanco", "650.00", "cleaning", "楼道保洁（与花苑共享服务）", false);
      run.remunerate(month);
      run.close(month, 5);
    }
    return run.journal.book();
  }

  /**
   * Unit positions ordered by their payment day ({@code i % days}), so entries stay in date order.
   */
  private static List<Integer> byPayDay(int units, int days) {
    List<Integer> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      for (int i = d; i < units; i += days) {
        out.add(i);
      }
    }
    return out;
  }

  /** Every demo book, in the order the demo shows them. */
  static List<TrustBook> all() {
    return List.of(guangjing(), hongxing(), yihe(), qingtan());
  }
}
