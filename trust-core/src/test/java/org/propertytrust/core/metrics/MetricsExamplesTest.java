package org.propertytrust.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fee.Billing;
import org.propertytrust.core.fee.EntryIds;
import org.propertytrust.core.fee.LateFees;
import org.propertytrust.core.fee.Payments;
import org.propertytrust.core.fee.Prepayments;
import org.propertytrust.core.fee.Waivers;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.money.Rate;

/**
 * Hand-checked metrics on small books. Community: A 100.00 m², B 80.00 m², C 120.50 m²; property
 * 1.50/m² due the 15th and cleaning 20.00 per unit due the 10th, so each month bills A 170.00, B
 * 140.00, C 200.75, 510.75 in all.
 */
class MetricsExamplesTest {
  /** The community with January billed on 1 January. */
  private static Journal billedJanuary() {
    TrustBook book = org.propertytrust.core.fee.OperationsTestAccess.community();
    Journal journal = Journal.of(book);
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    return journal;
  }

  /** Bills February on 1 February; operations are applied in date order, so after January's. */
  private static void billFebruary(Journal journal) {
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
  }

  @Test
  void partialPayments() {
    Journal journal = billedJanuary();
    journal.post(Payments.pay(journal.book(), "A", cny("100.00"), d("2024-01-10"), "P1"));
    journal.post(Payments.pay(journal.book(), "B", cny("140.00"), d("2024-01-12"), "P2"));
    billFebruary(journal);
    CollectionMetrics jan = Metrics.month(journal.book(), ym("2024-01"));
    assertThat(jan.billed()).isEqualTo(cny("510.75"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("240.00"));
    // 240 / 510.75 = 0.46989...
    assertThat(jan.currentRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.4699"));
    assertThat(jan.householdsBilled()).isEqualTo(3);
    assertThat(jan.householdsPaid()).isEqualTo(1);
    assertThat(jan.householdRate()).contains(Rate.of(1, 3));
    // at 31 Jan: A's 50.00 of property (due 15 Jan, 16 days) and 20.00 cleaning (due 10 Jan, 21
    // days), C's 180.75 property (16 days) and 20.00 cleaning (21 days) are all 1-30 days past due;
    // February's charges, dated 1 Feb, are not yet in the book at 31 Jan
    assertThat(jan.aging().d1to30()).isEqualTo(cny("270.75"));
    assertThat(jan.aging().total()).isEqualTo(cny("270.75"));
  }

  @Test
  void paymentBeforeBillingIsAllPrepaid() {
    TrustBook book = org.propertytrust.core.fee.OperationsTestAccess.community();
    Journal journal = Journal.of(book);
    journal.post(Payments.pay(journal.book(), "B", cny("280.00"), d("2024-01-05"), "P0"));
    CollectionMetrics before = Metrics.month(journal.book(), ym("2024-01"));
    assertThat(before.billed()).isEqualTo(cny("0.00"));
    assertThat(before.currentRate()).isEmpty();
    assertThat(before.householdRate()).isEmpty();
    assertThat(before.combinedRate()).isEmpty();
    assertThat(before.prepaymentsReceived()).isEqualTo(cny("280.00"));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-06"), "B1"));
    journal.postAll(Prepayments.apply(journal.book(), d("2024-01-06"), "PA1"));
    CollectionMetrics jan = Metrics.month(journal.book(), ym("2024-01"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("140.00"));
    assertThat(jan.prepaymentsReceived()).isEqualTo(cny("280.00"));
    assertThat(jan.householdsPaid()).isEqualTo(1);
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
    journal.postAll(Prepayments.apply(journal.book(), d("2024-02-01"), "PA2"));
    CollectionMetrics feb = Metrics.month(journal.book(), ym("2024-02"));
    // the money arrived in January but counts for February when applied
    assertThat(feb.collectedCurrent()).isEqualTo(cny("140.00"));
    assertThat(feb.prepaymentsReceived()).isEqualTo(cny("0.00"));
  }

  @Test
  void waiverThenPayment() {
    Journal journal = billedJanuary();
    journal.post(
        Waivers.waive(
            journal.book(),
            "C",
            ym("2024-01"),
            "cleaning",
            cny("20.00"),
            d("2024-01-05"),
            "W1",
            "hardship"));
    journal.post(Payments.pay(journal.book(), "C", cny("180.75"), d("2024-01-20"), "P1"));
    billFebruary(journal);
    CollectionMetrics jan = Metrics.month(journal.book(), ym("2024-01"));
    assertThat(jan.billed()).isEqualTo(cny("490.75"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("180.75"));
    assertThat(jan.householdsPaid()).isEqualTo(1);
    assertThat(jan.householdsBilled()).isEqualTo(3);
  }

  @Test
  void aReversedPaymentReturnsTheMetricsToTheirEarlierValues() {
    Journal journal = billedJanuary();
    // February is billed in advance, on 5 January
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-01-05"), "B2"));
    journal.post(Payments.pay(journal.book(), "A", cny("170.00"), d("2024-01-10"), "P1"));
    CollectionMetrics before = Metrics.month(journal.book(), ym("2024-01"));
    journal.post(Payments.pay(journal.book(), "B", cny("200.00"), d("2024-01-11"), "P2"));
    journal.post(journal.entry("P2").get().reversal("R2", d("2024-01-25")));
    CollectionMetrics after = Metrics.month(journal.book(), ym("2024-01"));
    assertThat(after).isEqualTo(before);
    assertThat(after.prepaymentsReceived()).isEqualTo(cny("0.00"));
    // as of 20 January the payment still counted; its last 60.00 settled February's property
    // charge (already billed), so none of it was a prepayment
    CollectionMetrics midway =
        Metrics.compute(
            journal.book(),
            MetricsQuery.builder().from(ym("2024-01")).asOf(d("2024-01-20")).build());
    assertThat(midway.collectedCurrent()).isEqualTo(cny("310.00"));
    assertThat(midway.prepaymentsReceived()).isEqualTo(cny("0.00"));
    assertThat(
            Metrics.compute(
                    journal.book(),
                    MetricsQuery.builder().from(ym("2024-02")).asOf(d("2024-02-20")).build())
                .collectedCurrent())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void aRangeOfMonths() {
    Journal journal = billedJanuary();
    journal.post(Payments.pay(journal.book(), "C", cny("100.00"), d("2024-01-10"), "P2"));
    billFebruary(journal);
    journal.post(Payments.pay(journal.book(), "A", cny("340.00"), d("2024-02-10"), "P1"));
    CollectionMetrics both =
        Metrics.compute(
            journal.book(), MetricsQuery.builder().from(ym("2024-01")).to(ym("2024-02")).build());
    assertThat(both.billed()).isEqualTo(cny("1021.50"));
    assertThat(both.collectedCurrent()).isEqualTo(cny("440.00"));
    assertThat(both.openingArrears()).isEqualTo(cny("0.00"));
    assertThat(both.arrearsRecovered()).isEqualTo(cny("0.00"));
    assertThat(both.householdsPaid()).isEqualTo(1);
    CollectionMetrics feb = Metrics.month(journal.book(), ym("2024-02"));
    // A paid January (170.00) in February: recovered arrears; January's open at 1 Feb: A 170.00,
    // B 140.00, C 100.75
    assertThat(feb.openingArrears()).isEqualTo(cny("410.75"));
    assertThat(feb.arrearsRecovered()).isEqualTo(cny("170.00"));
    assertThat(feb.collectedCurrent()).isEqualTo(cny("170.00"));
    // (170 + 170) / (510.75 + 410.75) = 340 / 921.50 = 0.36896...
    assertThat(feb.combinedRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.3690"));
    assertThat(feb.recoveryRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.4139"));
  }

  @Test
  void anAsOfDateInsideThePeriod() {
    Journal journal = billedJanuary();
    journal.post(Payments.pay(journal.book(), "A", cny("170.00"), d("2024-01-10"), "P1"));
    journal.post(Payments.pay(journal.book(), "B", cny("140.00"), d("2024-01-20"), "P2"));
    billFebruary(journal);
    CollectionMetrics mid =
        Metrics.compute(
            journal.book(),
            MetricsQuery.builder().from(ym("2024-01")).asOf(d("2024-01-15")).build());
    assertThat(mid.asOf()).isEqualTo(d("2024-01-15"));
    assertThat(mid.collectedCurrent()).isEqualTo(cny("170.00"));
    assertThat(mid.householdsPaid()).isEqualTo(1);
    // 15 Jan: property is due today (not due yet), cleaning was due on the 10th (5 days)
    assertThat(mid.aging().notDue()).isEqualTo(cny("300.75"));
    assertThat(mid.aging().d1to30()).isEqualTo(cny("40.00"));
    // a later cut-off extends collections but not billing
    CollectionMetrics late =
        Metrics.compute(
            journal.book(),
            MetricsQuery.builder().from(ym("2024-01")).asOf(d("2024-03-31")).build());
    assertThat(late.billed()).isEqualTo(cny("510.75"));
    assertThat(late.collectedCurrent()).isEqualTo(cny("310.00"));
    // C's January (due 15 Jan / 10 Jan) at 31 Mar: 76 and 81 days; February's (15 Feb / 10 Feb):
    // 45 and 50 days; A's and B's February: 45 and 50 days
    assertThat(late.aging().d31to90()).isEqualTo(cny("1021.50").minus(cny("310.00")));
    assertThatThrownBy(
            () -> MetricsQuery.builder().from(ym("2024-02")).asOf(d("2024-01-31")).build())
        .isInstanceOf(TrustException.class)
        .hasMessage("the cut-off 2024-01-31 must not be before the range starts on 2024-02-01");
  }

  @Test
  void lateFeesCountOnlyWhenSelected() {
    Journal journal = billedJanuary();
    journal.postAll(LateFees.assess(journal.book(), d("2024-01-31"), EntryIds.numbered("LF")));
    billFebruary(journal);
    CollectionMetrics plain = Metrics.month(journal.book(), ym("2024-01"));
    assertThat(plain.billed()).isEqualTo(cny("510.75"));
    CollectionMetrics withLateFees =
        Metrics.compute(
            journal.book(),
            MetricsQuery.builder()
                .from(ym("2024-01"))
                .addFees("property", "cleaning", "late-fee")
                .build());
    // 5% of 170.00 = 8.50 -> capped 8.00; 5% of 140.00 = 7.00; 5% of 200.75 -> capped 8.00
    assertThat(withLateFees.billed()).isEqualTo(cny("533.75"));
    assertThat(withLateFees.aging().notDue()).isEqualTo(cny("23.00"));
  }

  @Test
  void theThreeUnitsExampleHasOneOpenCharge() {
    CollectionMetrics feb = Metrics.month(ExampleBooks.threeUnits(), ym("2024-02"));
    assertThat(feb.householdRate()).contains(Rate.of(2, 3));
    assertThat(feb.currentRate())
        .contains(Rate.of(new java.math.BigDecimal("300.75"), new java.math.BigDecimal("450.75")));
  }
}
