package org.propertytrust.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fee.Billing;
import org.propertytrust.core.fee.OperationsTestAccess;
import org.propertytrust.core.fee.Waivers;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.handover.Handovers;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;

class StatementsTest {
  @Test
  void threeUnitsFebruary() {
    MonthlyStatement s = Statements.monthly(ExampleBooks.threeUnits(), ym("2024-02"));
    assertThat(s.community()).isEqualTo("three-units");
    assertThat(s.trustee()).isEqualTo("Acme Property Services");
    assertThat(s.asOf()).isEqualTo(d("2024-02-29"));
    assertThat(s.cash().opening()).isEqualTo(cny("263.00"));
    assertThat(s.cash().in()).containsExactly(Map.entry(EntryKind.PAYMENT, cny("361.50")));
    assertThat(s.cash().out()).containsExactly(Map.entry(EntryKind.REMUNERATION, cny("48.15")));
    assertThat(s.cash().closing()).isEqualTo(cny("576.35"));
    assertThat(s.cash().opening().plus(s.cash().totalIn()).minus(s.cash().totalOut()))
        .isEqualTo(s.cash().closing());
    assertThat(s.reserve().closing()).isEqualTo(cny("0.00"));
    assertThat(s.billedByFee()).containsExactly(Map.entry("property", cny("450.75")));
    // E7 applied 120.00 and E8 paid 361.50 (180.75 of it for January)
    assertThat(s.collectedByFee()).containsExactly(Map.entry("property", cny("481.50")));
    assertThat(s.spending()).isEmpty();
    assertThat(s.metrics().currentRate()).isPresent();
    assertThat(s.metrics().remunerationPosted()).isEqualTo(cny("48.15"));
    assertThat(s.arrears())
        .containsExactly(
            UnitArrears.builder()
                .unit("A")
                .open(cny("150.00"))
                .oldestPeriod(ym("2024-02"))
                .months(1)
                .build());
    assertThat(s.disclosureDeadline()).isEqualTo(d("2024-03-10"));
    assertThat(s.disclosedOn()).contains(d("2024-03-06"));
  }

  @Test
  void mapleCourtMarchShowsEverySpendingWithItsApprovals() {
    MonthlyStatement s = Statements.monthly(ExampleBooks.mapleCourt(), ym("2024-03"));
    assertThat(s.cash().opening()).isEqualTo(cny("0.00"));
    assertThat(s.cash().in())
        .containsExactly(
            Map.entry(EntryKind.PAYMENT, cny("731.00")),
            Map.entry(EntryKind.PUBLIC_INCOME, cny("1500.00")),
            Map.entry(EntryKind.HANDOVER, cny("1200.00")));
    assertThat(s.cash().closing()).isEqualTo(cny("331.00"));
    assertThat(s.reserve().in()).containsExactly(Map.entry(EntryKind.OPENING, cny("20000.00")));
    assertThat(s.reserve().closing()).isEqualTo(cny("5000.00"));
    assertThat(s.publicIncomeBySource()).containsExactly(Map.entry("parking", cny("1500.00")));
    assertThat(s.spendingByCategory())
        .containsExactly(
            Map.entry("cleaning", cny("800.00")), Map.entry("repairs", cny("17000.00")));
    assertThat(s.spending()).extracting(SpendingItem::entry).containsExactly("M09", "M10", "M11");
    SpendingItem overhaul = s.spending().get(1);
    assertThat(overhaul.paidFrom()).isEqualTo("reserve-cash");
    assertThat(overhaul.payee()).contains("Lift Maintenance Co.");
    assertThat(overhaul.vote()).contains("V1");
    assertThat(overhaul.decisions())
        .extracting(a -> a.role() + " " + a.by() + " " + a.decision() + " " + a.on())
        .containsExactly(
            "SUPERVISOR sup APPROVE 2024-03-10", "COMMITTEE committee APPROVE 2024-03-11");
    assertThat(s.handoverRecovered()).isEqualTo(cny("1200.00"));
    assertThat(s.billedByFee())
        .containsExactly(Map.entry("property", cny("811.00")), Map.entry("cleaning", cny("80.00")));
    assertThat(s.arrears()).isEmpty();
  }

  @Test
  void aStatementCutOffInsideTheMonth() {
    MonthlyStatement s =
        Statements.monthly(ExampleBooks.mapleCourt(), ym("2024-03"), d("2024-03-10"));
    assertThat(s.asOf()).isEqualTo(d("2024-03-10"));
    assertThat(s.cash().closing()).isEqualTo(cny("731.00"));
    assertThat(s.spending()).isEmpty();
  }

  @Test
  void aChargeDatedBeforeItsMonthIsBilledInItsMonthAsInTheMetrics() {
    Journal journal = Journal.of(OperationsTestAccess.community());
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
    // March billed in advance, on 25 February
    journal.postAll(Billing.run(journal.book(), ym("2024-03"), d("2024-02-25"), "B3"));
    TrustBook book = journal.book();
    // A 150.00 + B 120.00 + C 180.75 property, 3 x 20.00 cleaning
    MonthlyStatement march = Statements.monthly(book, ym("2024-03"));
    assertThat(march.billedByFee())
        .containsExactly(Map.entry("property", cny("450.75")), Map.entry("cleaning", cny("60.00")));
    assertThat(march.metrics().billed()).isEqualTo(cny("510.75"));
    MonthlyStatement february = Statements.monthly(book, ym("2024-02"));
    assertThat(february.billedByFee())
        .containsExactly(Map.entry("property", cny("450.75")), Map.entry("cleaning", cny("60.00")));
  }

  @Test
  void aChargeDatedAfterItsMonthIsNotBilledInItsMonthAsInTheMetrics() {
    Journal journal = Journal.of(OperationsTestAccess.community());
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    // a waiver of January dated in February does not change January's billing either
    journal.post(
        Waivers.waive(
            journal.book(),
            "C",
            ym("2024-01"),
            "cleaning",
            cny("20.00"),
            d("2024-02-03"),
            "W1",
            "hardship"));
    MonthlyStatement january = Statements.monthly(journal.book(), ym("2024-01"), d("2024-03-31"));
    assertThat(january.asOf()).isEqualTo(d("2024-01-31"));
    assertThat(january.billedByFee())
        .containsExactly(Map.entry("property", cny("450.75")), Map.entry("cleaning", cny("60.00")));
    assertThat(january.metrics().billed()).isEqualTo(cny("510.75"));
  }

  @Test
  void aReversedRecoveryIsNotCountedAsRecovered() {
    TrustBook maple = ExampleBooks.mapleCourt();
    Handover handover = maple.handovers().get(0);
    TrustBook start = ImmutableTrustBook.copyOf(maple).withEntries(List.<Entry>of());
    Journal journal = Journal.of(start);
    journal.post(
        Handovers.recognise(
            start,
            handover,
            Map.of("U1", cny("600.00"), "U2", cny("600.00")),
            Map.of(),
            cny("0.00"),
            d("2024-03-01"),
            "H1"));
    Entry recovery =
        Handovers.recover(journal.book(), handover, cny("1000.00"), d("2024-03-12"), "H2");
    journal.post(recovery);
    journal.post(recovery.reversal("R2", d("2024-03-14")));
    journal.post(
        Handovers.recover(journal.book(), handover, cny("1200.00"), d("2024-03-20"), "H3"));
    MonthlyStatement march = Statements.monthly(journal.book(), ym("2024-03"));
    // 1000.00 recovered and returned, then 1200.00 recovered
    assertThat(march.handoverRecovered()).isEqualTo(cny("1200.00"));
    // a recovery reversed in the next month comes off that month's figure
    Entry h3 = journal.entry("H3").orElseThrow();
    journal.post(h3.reversal("R3", d("2024-04-02")));
    assertThat(Statements.monthly(journal.book(), ym("2024-03")).handoverRecovered())
        .isEqualTo(cny("1200.00"));
    assertThat(Statements.monthly(journal.book(), ym("2024-04")).handoverRecovered())
        .isEqualTo(cny("-1200.00"));
  }
}
