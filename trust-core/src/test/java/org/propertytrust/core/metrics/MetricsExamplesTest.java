package org.propertytrust.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fee.Billing;
import org.propertytrust.core.fee.EntryIds;
import org.propertytrust.core.fee.LateFees;
import org.propertytrust.core.fee.Payments;
import org.propertytrust.core.fee.Prepayments;
import org.propertytrust.core.fee.Waivers;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.money.Rate;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.ImmutableTicket;
import org.propertytrust.core.service.ServiceStage;
import org.propertytrust.core.service.StageCount;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.service.TicketKind;

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

  private static CollectionMetrics asOf(TrustBook book, String from, String to, String asOf) {
    return Metrics.compute(
        book, MetricsQuery.builder().from(ym(from)).to(ym(to)).asOf(d(asOf)).build());
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

  /**
   * DOMAIN.md §5: a REVERSAL cancels its original in every figure, on the reversal's own date. A
   * January payment reversed in February still counts for January as of 31 January, drops out of
   * January's collections once the cut-off passes the reversal, and is subtracted from February's
   * recovered arrears, the one place where a rate leaves [0, 1].
   */
  @Test
  void aPaymentReversedInALaterMonthCountsAgainstThatMonth() {
    Journal journal = billedJanuary();
    Entry payment = Payments.pay(journal.book(), "A", cny("170.00"), d("2024-01-10"), "P1");
    journal.post(payment);
    billFebruary(journal);
    journal.post(payment.reversal("R1", d("2024-02-05")));
    TrustBook book = journal.book();

    CollectionMetrics jan = Metrics.month(book, ym("2024-01"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("170.00"));
    // 170 / 510.75 = 0.33284...
    assertThat(jan.currentRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.3328"));
    assertThat(jan.householdsPaid()).isEqualTo(1);
    // 10% of A's 150.00 of property
    assertThat(jan.remunerationDue()).isEqualTo(cny("15.00"));

    // cut off after the reversal: January's collection is cancelled, its billing stays
    CollectionMetrics janLater = asOf(book, "2024-01", "2024-01", "2024-02-29");
    assertThat(janLater.billed()).isEqualTo(cny("510.75"));
    assertThat(janLater.collectedCurrent()).isEqualTo(cny("0.00"));
    assertThat(janLater.currentRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.0000"));
    assertThat(janLater.householdsPaid()).isZero();
    // the formula of January counts the entries dated in January only
    assertThat(janLater.remunerationDue()).isEqualTo(cny("15.00"));

    CollectionMetrics feb = Metrics.month(book, ym("2024-02"));
    assertThat(feb.billed()).isEqualTo(cny("510.75"));
    assertThat(feb.collectedCurrent()).isEqualTo(cny("0.00"));
    // January still open at 1 February: A 0.00, B 140.00, C 200.75
    assertThat(feb.openingArrears()).isEqualTo(cny("340.75"));
    // no payment in February, and the reversal of A's January payment dated in it: -170.00
    assertThat(feb.arrearsRecovered()).isEqualTo(cny("-170.00"));
    // -170 / 340.75 = -0.49889...
    assertThat(feb.recoveryRate()).hasValueSatisfying(r -> assertThat(r).hasToString("-0.4989"));
    // (0 - 170) / (510.75 + 340.75) = -170 / 851.50 = -0.19964...
    assertThat(feb.combinedRate()).hasValueSatisfying(r -> assertThat(r).hasToString("-0.1996"));
    assertThat(feb.prepaymentsReceived()).isEqualTo(cny("0.00"));
    // February's base is -150.00 (A's property reversed): a base below zero owes nothing
    assertThat(feb.remunerationDue()).isEqualTo(cny("0.00"));
    // at 29 Feb all of January (A's again included) is 45 (property) or 50 (cleaning) days past
    // due, all of February 14 or 19 days
    assertThat(feb.aging().d31to90()).isEqualTo(cny("510.75"));
    assertThat(feb.aging().d1to30()).isEqualTo(cny("510.75"));
  }

  /**
   * A charge for January dated 3 February (a unit that joined late, charged for January then):
   * January's billed counts charges dated up to its last day, however late the cut-off, while its
   * collections run to the cut-off (DOMAIN.md §5), so the late unit's payment counts and its charge
   * does not.
   */
  @Test
  void aLaterCutOffExtendsCollectionsButNotBillingToAChargeDatedAfterTheMonth() {
    Journal three = billedJanuary();
    three.post(Payments.pay(three.book(), "A", cny("170.00"), d("2024-01-10"), "P1"));
    TrustBook grown =
        ImmutableTrustBook.copyOf(three.book())
            .withUnits(
                ImmutableList.<Unit>builder()
                    .addAll(three.book().units())
                    .add(Unit.of("D", "87.63"))
                    .build());
    Journal journal = Journal.of(grown);
    // D for January: 1.50 x 87.63 = 131.445 -> 131.45 property, 20.00 cleaning; paid in full
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-02-03"), "B1D"));
    journal.post(Payments.pay(journal.book(), "D", cny("151.45"), d("2024-02-10"), "P2"));
    TrustBook book = journal.book();

    CollectionMetrics jan = Metrics.month(book, ym("2024-01"));
    assertThat(jan.billed()).isEqualTo(cny("510.75"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("170.00"));
    CollectionMetrics late = asOf(book, "2024-01", "2024-01", "2024-03-31");
    assertThat(late.billed()).isEqualTo(cny("510.75"));
    assertThat(late.collectedCurrent()).isEqualTo(cny("321.45"));
    // 321.45 / 510.75 = 0.62936...
    assertThat(late.currentRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.6294"));
    // D was not billed within January: the household rate is A of A, B and C
    assertThat(late.householdsBilled()).isEqualTo(3);
    assertThat(late.householdsPaid()).isEqualTo(1);
    // at 31 Mar, B's and C's January are 76 (property) and 81 (cleaning) days past due
    assertThat(late.aging().d31to90()).isEqualTo(cny("340.75"));
    assertThat(late.aging().total()).isEqualTo(cny("340.75"));
  }

  /**
   * A charge for March dated 25 February (billed in advance): it is billed in March, the month it
   * is for, and A's payment of it in February counts as collected for March (DOMAIN.md §5).
   */
  @Test
  void aChargeDatedBeforeItsMonthIsBilledInItsMonth() {
    Journal journal = Journal.of(org.propertytrust.core.fee.OperationsTestAccess.community());
    billFebruary(journal);
    journal.postAll(Billing.run(journal.book(), ym("2024-03"), d("2024-02-25"), "B3"));
    // oldest first: February's 150.00 + 20.00, then March's 150.00 + 20.00
    journal.post(Payments.pay(journal.book(), "A", cny("340.00"), d("2024-02-26"), "P1"));
    TrustBook book = journal.book();

    CollectionMetrics feb = Metrics.month(book, ym("2024-02"));
    assertThat(feb.billed()).isEqualTo(cny("510.75"));
    assertThat(feb.collectedCurrent()).isEqualTo(cny("170.00"));
    assertThat(feb.prepaymentsReceived()).isEqualTo(cny("0.00"));
    // 10% of the property A paid in February, for February and March: 300.00 -> 30.00
    assertThat(feb.remunerationDue()).isEqualTo(cny("30.00"));
    // at 29 Feb, B's and C's February are 14 (property) and 19 (cleaning) days past due, their
    // March charges not due yet
    assertThat(feb.aging().d1to30()).isEqualTo(cny("340.75"));
    assertThat(feb.aging().notDue()).isEqualTo(cny("340.75"));

    CollectionMetrics mar = Metrics.month(book, ym("2024-03"));
    assertThat(mar.billed()).isEqualTo(cny("510.75"));
    assertThat(mar.collectedCurrent()).isEqualTo(cny("170.00"));
    assertThat(mar.householdsBilled()).isEqualTo(3);
    assertThat(mar.householdsPaid()).isEqualTo(1);
    // February still open at 1 March: B 140.00, C 200.75
    assertThat(mar.openingArrears()).isEqualTo(cny("340.75"));
    assertThat(mar.arrearsRecovered()).isEqualTo(cny("0.00"));
    assertThat(mar.remunerationDue()).isEqualTo(cny("0.00"));
  }

  private static ImmutableTicket.Builder ticket(
      String id, String unit, TicketKind kind, String reported) {
    return Ticket.builder().id(id).unit(unit).kind(kind).reportedAt(OffsetDateTime.parse(reported));
  }

  /**
   * Service levels at metric level, 54321 defaults: register 5 min, on site 40 min, small fix 3 h,
   * plan 48 h from the report, follow-up 168 h from the fix; a stage counts when reached or when
   * its deadline passed by the end of D, in the ticket's own offset.
   */
  @Test
  void serviceLevelsCountLateAndMissedStagesButNotPendingOnes() {
    TrustBook book =
        ImmutableTrustBook.copyOf(org.propertytrust.core.fee.OperationsTestAccess.community())
            .withTickets(
                // every stage exactly at its limit, except on site (41 min: late)
                ticket("T1", "A", TicketKind.SMALL, "2024-01-10T09:00:00+08:00")
                    .registeredAt(OffsetDateTime.parse("2024-01-10T09:05:00+08:00"))
                    .onSiteAt(OffsetDateTime.parse("2024-01-10T09:41:00+08:00"))
                    .resolvedAt(OffsetDateTime.parse("2024-01-10T12:00:00+08:00"))
                    .followUpAt(OffsetDateTime.parse("2024-01-17T12:00:00+08:00"))
                    .build(),
                // registered, then nothing: on site and small fix missed
                ticket("T2", "B", TicketKind.SMALL, "2024-01-20T10:00:00+08:00")
                    .registeredAt(OffsetDateTime.parse("2024-01-20T10:03:00+08:00"))
                    .build(),
                // a complex problem reported on the last evening: its plan is due 2 Feb 20:00
                ticket("T3", "C", TicketKind.COMPLEX, "2024-01-31T20:00:00+08:00")
                    .registeredAt(OffsetDateTime.parse("2024-01-31T20:01:00+08:00"))
                    .onSiteAt(OffsetDateTime.parse("2024-01-31T20:30:00+08:00"))
                    .build(),
                // 31 Jan in its own offset (1 Feb in UTC and in UTC+8): a January ticket;
                // registered late (10 min); its small fix is due at 02:00, after D ends at
                // midnight in that offset
                ticket("T4", "A", TicketKind.SMALL, "2024-01-31T23:00:00-05:00")
                    .registeredAt(OffsetDateTime.parse("2024-01-31T23:10:00-05:00"))
                    .onSiteAt(OffsetDateTime.parse("2024-01-31T23:30:00-05:00"))
                    .build(),
                // 1 Feb in its own offset (31 Jan in UTC): a February ticket; no follow-up
                ticket("T5", "B", TicketKind.SMALL, "2024-02-01T07:00:00+08:00")
                    .registeredAt(OffsetDateTime.parse("2024-02-01T07:01:00+08:00"))
                    .onSiteAt(OffsetDateTime.parse("2024-02-01T07:20:00+08:00"))
                    .resolvedAt(OffsetDateTime.parse("2024-02-01T09:00:00+08:00"))
                    .build());

    CollectionMetrics jan = Metrics.month(book, ym("2024-01"));
    // T1, T2, T3 met, T4 late
    assertThat(jan.serviceLevels()).containsEntry(ServiceStage.REGISTER, StageCount.of(3, 4));
    assertThat(jan.serviceLevelRate(ServiceStage.REGISTER)).contains(Rate.of(3, 4));
    // T1 late, T2 missed, T3 and T4 met
    assertThat(jan.serviceLevels()).containsEntry(ServiceStage.ON_SITE, StageCount.of(2, 4));
    // T1 met, T2 missed, T4 pending (not counted); T3 is complex
    assertThat(jan.serviceLevels()).containsEntry(ServiceStage.SMALL_FIX, StageCount.of(1, 2));
    // T3's plan is pending at the end of 31 January
    assertThat(jan.serviceLevels()).containsEntry(ServiceStage.PLAN, StageCount.of(0, 0));
    assertThat(jan.serviceLevelRate(ServiceStage.PLAN)).isEmpty();
    // only T1 was resolved: followed up at exactly 168 h
    assertThat(jan.serviceLevels()).containsEntry(ServiceStage.FOLLOW_UP, StageCount.of(1, 1));

    // once their deadlines have passed, T3's plan and T4's small fix count as missed
    CollectionMetrics janLater = asOf(book, "2024-01", "2024-01", "2024-02-29");
    assertThat(janLater.serviceLevels()).containsEntry(ServiceStage.PLAN, StageCount.of(0, 1));
    assertThat(janLater.serviceLevels()).containsEntry(ServiceStage.SMALL_FIX, StageCount.of(1, 3));
    assertThat(janLater.serviceLevels()).containsEntry(ServiceStage.REGISTER, StageCount.of(3, 4));

    // February: T5 alone; its follow-up was due 8 Feb 09:00 and never came
    CollectionMetrics feb = Metrics.month(book, ym("2024-02"));
    assertThat(feb.serviceLevels()).containsEntry(ServiceStage.REGISTER, StageCount.of(1, 1));
    assertThat(feb.serviceLevels()).containsEntry(ServiceStage.ON_SITE, StageCount.of(1, 1));
    assertThat(feb.serviceLevels()).containsEntry(ServiceStage.SMALL_FIX, StageCount.of(1, 1));
    assertThat(feb.serviceLevels()).containsEntry(ServiceStage.FOLLOW_UP, StageCount.of(0, 1));
  }

  private static Aging agingAt(TrustBook book, String asOf, String... fees) {
    return Metrics.compute(
            book, MetricsQuery.builder().from(ym("2024-01")).asOf(d(asOf)).addFees(fees).build())
        .aging();
  }

  private static Aging aging(String... buckets) {
    return Aging.builder()
        .notDue(cny(buckets[0]))
        .d1to30(cny(buckets[1]))
        .d31to90(cny(buckets[2]))
        .d91to180(cny(buckets[3]))
        .d181to365(cny(buckets[4]))
        .over365(cny(buckets[5]))
        .build();
  }

  @Test
  void agingBucketsSplitAtTheirBoundaryDays() {
    TrustBook book = billedJanuary().book();
    // January's property, 450.75 in all, fell due on 15 January
    String z = "0.00";
    String p = "450.75";
    assertThat(agingAt(book, "2024-01-15", "property")).isEqualTo(aging(p, z, z, z, z, z)); // 0
    assertThat(agingAt(book, "2024-01-16", "property")).isEqualTo(aging(z, p, z, z, z, z)); // 1
    assertThat(agingAt(book, "2024-02-14", "property")).isEqualTo(aging(z, p, z, z, z, z)); // 30
    assertThat(agingAt(book, "2024-02-15", "property")).isEqualTo(aging(z, z, p, z, z, z)); // 31
    assertThat(agingAt(book, "2024-04-14", "property")).isEqualTo(aging(z, z, p, z, z, z)); // 90
    assertThat(agingAt(book, "2024-04-15", "property")).isEqualTo(aging(z, z, z, p, z, z)); // 91
    assertThat(agingAt(book, "2024-07-13", "property")).isEqualTo(aging(z, z, z, p, z, z)); // 180
    assertThat(agingAt(book, "2024-07-14", "property")).isEqualTo(aging(z, z, z, z, p, z)); // 181
    // 2024 has 366 days: 15 Jan 2024 + 365 days is 14 Jan 2025
    assertThat(agingAt(book, "2025-01-14", "property")).isEqualTo(aging(z, z, z, z, p, z)); // 365
    assertThat(agingAt(book, "2025-01-15", "property")).isEqualTo(aging(z, z, z, z, z, p)); // 366
    // both fees at 12 April: property 88 days past due, cleaning (due 10 January) 93 days
    assertThat(agingAt(book, "2024-04-12")).isEqualTo(aging(z, z, p, "60.00", z, z));
  }

  @Test
  void aLateFeeFallsDueTheDayItIsPosted() {
    Journal journal = billedJanuary();
    // January was due 15 January, + 15 grace days; assessed on 20 February: A 8.00 (5% of 170.00
    // capped at 8.00), B 7.00, C 8.00 (5% of 200.75 capped)
    journal.postAll(LateFees.assess(journal.book(), d("2024-02-20"), EntryIds.numbered("LF")));
    TrustBook book = journal.book();
    String z = "0.00";
    // due 20 February, not on January's last day (which would make them 20 days past due)
    assertThat(agingAt(book, "2024-02-20", "late-fee")).isEqualTo(aging("23.00", z, z, z, z, z));
    assertThat(agingAt(book, "2024-02-21", "late-fee")).isEqualTo(aging(z, "23.00", z, z, z, z));
    // 20 February + 30 days is 21 March
    assertThat(agingAt(book, "2024-03-21", "late-fee")).isEqualTo(aging(z, "23.00", z, z, z, z));
    assertThat(agingAt(book, "2024-03-22", "late-fee")).isEqualTo(aging(z, z, "23.00", z, z, z));
  }

  @Test
  void remunerationDueOverARangeAndForAFixedAmountCutOffInsideIt() {
    // three-units, 10% of property collected: January 150.00 + 120.00 = 270.00 -> 27.00, February
    // 120.00 applied + 361.50 paid = 481.50 -> 48.15
    CollectionMetrics both = asOf(ExampleBooks.threeUnits(), "2024-01", "2024-02", "2024-02-29");
    assertThat(both.remunerationDue()).isEqualTo(cny("75.15"));
    assertThat(both.remunerationPosted()).isEqualTo(cny("75.15"));
    // as of 24 February only February's applied prepayment counts: 27.00 + 12.00
    assertThat(
            asOf(ExampleBooks.threeUnits(), "2024-01", "2024-02", "2024-02-24").remunerationDue())
        .isEqualTo(cny("39.00"));
    // maple-court: 300.00 a month from 1 March 2024; cut off on 10 April, March and April have
    // begun, May has not
    TrustBook maple = ExampleBooks.mapleCourt();
    assertThat(asOf(maple, "2024-03", "2024-05", "2024-04-10").remunerationDue())
        .isEqualTo(cny("600.00"));
    // January and February are before the contract's term: nothing is due for them
    assertThat(asOf(maple, "2024-01", "2024-05", "2024-04-10").remunerationDue())
        .isEqualTo(cny("600.00"));
  }

  private static Entry remuneration(String id, String date, EntryKind kind, String amount) {
    Money m = cny(amount);
    return m.isPositive()
        ? Entry.of(
            id,
            d(date),
            kind,
            List.of(Line.debit(Account.EXPENSE_REMUNERATION, m), Line.credit(Account.CASH, m)))
        : Entry.of(
            id,
            d(date),
            kind,
            List.of(
                Line.debit(Account.CASH, m.negated()),
                Line.credit(Account.EXPENSE_REMUNERATION, m.negated())));
  }

  @Test
  void remunerationPostedIsNetOfCreditsWhateverTheEntryKind() {
    Journal journal = billedJanuary();
    journal.post(Payments.pay(journal.book(), "A", cny("170.00"), d("2024-01-10"), "P1"));
    journal.post(remuneration("RM1", "2024-01-25", EntryKind.REMUNERATION, "20.00"));
    // the trustee pays back what exceeded the formula (10% of 150.00 = 15.00)
    journal.post(remuneration("RF1", "2024-01-31", EntryKind.REFUND, "-5.00"));
    journal.post(remuneration("RM2", "2024-02-01", EntryKind.REMUNERATION, "10.00"));
    TrustBook book = journal.book();
    assertThat(asOf(book, "2024-01", "2024-01", "2024-01-28").remunerationPosted())
        .isEqualTo(cny("20.00"));
    CollectionMetrics jan = Metrics.month(book, ym("2024-01"));
    assertThat(jan.remunerationPosted()).isEqualTo(cny("15.00"));
    assertThat(jan.remunerationDue()).isEqualTo(cny("15.00"));
    // February's entry belongs to February, however late the cut-off
    assertThat(asOf(book, "2024-01", "2024-01", "2024-02-29").remunerationPosted())
        .isEqualTo(cny("15.00"));
    assertThat(asOf(book, "2024-01", "2024-02", "2024-02-29").remunerationPosted())
        .isEqualTo(cny("25.00"));
  }

  @Test
  void prepaymentsReceivedAfterAReversal() {
    Journal journal = billedJanuary();
    // A: 170.00 for January, 30.00 prepaid; B: 140.00 for January, 100.00 prepaid
    Entry a = Payments.pay(journal.book(), "A", cny("200.00"), d("2024-01-10"), "P1");
    journal.post(a);
    Entry b = Payments.pay(journal.book(), "B", cny("240.00"), d("2024-01-12"), "P2");
    journal.post(b);
    assertThat(asOf(journal.book(), "2024-01", "2024-01", "2024-01-20").prepaymentsReceived())
        .isEqualTo(cny("130.00"));
    journal.post(b.reversal("R2", d("2024-01-25")));
    billFebruary(journal);
    journal.post(a.reversal("R1", d("2024-02-03")));
    TrustBook book = journal.book();
    // 30.00 + 100.00 - 100.00 (reversed in January)
    assertThat(Metrics.month(book, ym("2024-01")).prepaymentsReceived()).isEqualTo(cny("30.00"));
    // A's payment reversed in February: its 30.00 prepaid comes off February's figure
    assertThat(Metrics.month(book, ym("2024-02")).prepaymentsReceived()).isEqualTo(cny("-30.00"));
  }

  @Test
  void aFullyWaivedUnitDropsOutOfTheHouseholdRate() {
    Journal journal = billedJanuary();
    journal.post(
        Waivers.waive(
            journal.book(),
            "C",
            ym("2024-01"),
            "property",
            cny("180.75"),
            d("2024-01-05"),
            "W1",
            "flooded flat"));
    journal.post(
        Waivers.waive(
            journal.book(),
            "C",
            ym("2024-01"),
            "cleaning",
            cny("20.00"),
            d("2024-01-05"),
            "W2",
            "flooded flat"));
    journal.post(Payments.pay(journal.book(), "A", cny("170.00"), d("2024-01-10"), "P1"));
    CollectionMetrics jan = Metrics.month(journal.book(), ym("2024-01"));
    // 510.75 - 200.75 waived
    assertThat(jan.billed()).isEqualTo(cny("310.00"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("170.00"));
    // 170 / 310 = 0.54838...
    assertThat(jan.currentRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.5484"));
    // C owes nothing for January and is no household billed: A paid, B did not
    assertThat(jan.householdsBilled()).isEqualTo(2);
    assertThat(jan.householdsPaid()).isEqualTo(1);
    assertThat(jan.householdRate()).contains(Rate.of(1, 2));
  }
}
