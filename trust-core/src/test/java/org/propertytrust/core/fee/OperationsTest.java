package org.propertytrust.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Unit;

/** Hand-checked examples of every fee operation. */
class OperationsTest {
  /** three-units without entries, with a second fee (cleaning, 20.00 per unit, due the 10th). */
  static TrustBook community(AllocationPolicy policy) {
    TrustBook base = ExampleBooks.threeUnitsWithoutEntries();
    Contract contract =
        ImmutableContract.copyOf(base.contract())
            .withFees(
                Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15),
                Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 10))
            .withAllocation(policy)
            .withLateFee(LateFeeTerms.of(Percent.of(5), 15, cny("8.00")));
    return ImmutableTrustBook.copyOf(base).withContract(contract);
  }

  @Test
  void billingChargesEveryUnitEveryFeeOnce() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    List<Entry> run = Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1");
    assertThat(run).hasSize(1);
    Entry charge = run.get(0);
    assertThat(charge.kind()).isEqualTo(EntryKind.CHARGE);
    assertThat(charge.lines())
        .containsExactly(
            Line.receivable(Side.DEBIT, cny("150.00"), "A", ym("2024-01"), "property"),
            Line.receivable(Side.DEBIT, cny("20.00"), "A", ym("2024-01"), "cleaning"),
            Line.receivable(Side.DEBIT, cny("120.00"), "B", ym("2024-01"), "property"),
            Line.receivable(Side.DEBIT, cny("20.00"), "B", ym("2024-01"), "cleaning"),
            Line.receivable(Side.DEBIT, cny("180.75"), "C", ym("2024-01"), "property"),
            Line.receivable(Side.DEBIT, cny("20.00"), "C", ym("2024-01"), "cleaning"),
            Line.credit(Account.income("property"), cny("450.75")),
            Line.credit(Account.income("cleaning"), cny("60.00")));
    journal.postAll(run);
    assertThat(Billing.run(journal.book(), ym("2024-01"), d("2024-01-02"), "B2")).isEmpty();
  }

  @Test
  void reBillingAfterANewUnitChargesOnlyTheNewUnit() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    TrustBook grown =
        ImmutableTrustBook.copyOf(journal.book())
            .withUnits(
                com.google.common.collect.ImmutableList.<Unit>builder()
                    .addAll(journal.book().units())
                    .add(Unit.of("D", "87.63"))
                    .build());
    List<Entry> again = Billing.run(grown, ym("2024-01"), d("2024-01-05"), "B2");
    // 1.50 x 87.63 = 131.445 -> 131.45 (HALF_UP)
    assertThat(again.get(0).lines())
        .containsExactly(
            Line.receivable(Side.DEBIT, cny("131.45"), "D", ym("2024-01"), "property"),
            Line.receivable(Side.DEBIT, cny("20.00"), "D", ym("2024-01"), "cleaning"),
            Line.credit(Account.income("property"), cny("131.45")),
            Line.credit(Account.income("cleaning"), cny("20.00")));
  }

  @Test
  void billingOutsideTheContractIsAnError() {
    assertThatThrownBy(
            () ->
                Billing.run(
                    community(AllocationPolicy.OLDEST_FIRST), ym("2023-12"), d("2023-12-01"), "B"))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot bill 2023-12: outside the contract's term from 2024-01-01");
  }

  @Test
  void aPartialPaymentSettlesTheOldestChargeFirst() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
    Entry payment = Payments.pay(journal.book(), "A", cny("200.00"), d("2024-02-10"), "P1");
    // oldest first: Jan property 150, Jan cleaning 20, then 30 of Feb property
    assertThat(payment.lines())
        .containsExactly(
            Line.debit(Account.CASH, cny("200.00")),
            Line.receivable(Side.CREDIT, cny("150.00"), "A", ym("2024-01"), "property"),
            Line.receivable(Side.CREDIT, cny("20.00"), "A", ym("2024-01"), "cleaning"),
            Line.receivable(Side.CREDIT, cny("30.00"), "A", ym("2024-02"), "property"));
  }

  @Test
  void samePeriodFirstSettlesThePaymentMonthFirst() {
    Journal journal = Journal.of(community(AllocationPolicy.SAME_PERIOD_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
    Entry payment = Payments.pay(journal.book(), "B", cny("150.00"), d("2024-02-10"), "P1");
    assertThat(payment.lines())
        .containsExactly(
            Line.debit(Account.CASH, cny("150.00")),
            Line.receivable(Side.CREDIT, cny("120.00"), "B", ym("2024-02"), "property"),
            Line.receivable(Side.CREDIT, cny("20.00"), "B", ym("2024-02"), "cleaning"),
            Line.receivable(Side.CREDIT, cny("10.00"), "B", ym("2024-01"), "property"));
  }

  @Test
  void aPaymentBeforeBillingIsAllPrepaidAndIsAppliedAfterBilling() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    Entry early = Payments.pay(journal.book(), "C", cny("300.00"), d("2023-12-28"), "P0");
    assertThat(early.lines())
        .containsExactly(
            Line.debit(Account.CASH, cny("300.00")),
            Line.forUnit(Account.PREPAID, Side.CREDIT, cny("300.00"), "C"));
    journal.post(early);
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    List<Entry> applied = Prepayments.apply(journal.book(), d("2024-01-01"), "PA1");
    assertThat(applied.get(0).lines())
        .containsExactly(
            Line.forUnit(Account.PREPAID, Side.DEBIT, cny("200.75"), "C"),
            Line.receivable(Side.CREDIT, cny("180.75"), "C", ym("2024-01"), "property"),
            Line.receivable(Side.CREDIT, cny("20.00"), "C", ym("2024-01"), "cleaning"));
    journal.postAll(applied);
    assertThat(journal.balances().prepaid("C")).isEqualTo(cny("99.25"));
    // nothing more to apply until the next billing
    assertThat(Prepayments.apply(journal.book(), d("2024-01-02"), "PA2")).isEmpty();
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
    Entry partial = Prepayments.apply(journal.book(), d("2024-02-01"), "PA3").get(0);
    assertThat(partial.lines())
        .containsExactly(
            Line.forUnit(Account.PREPAID, Side.DEBIT, cny("99.25"), "C"),
            Line.receivable(Side.CREDIT, cny("99.25"), "C", ym("2024-02"), "property"));
  }

  @Test
  void anOverpaymentGoesToPrepaid() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    Entry payment = Payments.pay(journal.book(), "B", cny("240.00"), d("2024-01-20"), "P1");
    assertThat(payment.lines())
        .containsExactly(
            Line.debit(Account.CASH, cny("240.00")),
            Line.receivable(Side.CREDIT, cny("120.00"), "B", ym("2024-01"), "property"),
            Line.receivable(Side.CREDIT, cny("20.00"), "B", ym("2024-01"), "cleaning"),
            Line.forUnit(Account.PREPAID, Side.CREDIT, cny("100.00"), "B"));
  }

  @Test
  void paymentsRejectMisuse() {
    TrustBook book = community(AllocationPolicy.OLDEST_FIRST);
    assertThatThrownBy(() -> Payments.pay(book, "A", cny("0.00"), d("2024-01-01"), "P"))
        .isInstanceOf(TrustException.class)
        .hasMessage("a payment must be positive: CNY 0.00");
    assertThatThrownBy(() -> Payments.pay(book, "A", cny("-5.00"), d("2024-01-01"), "P"))
        .isInstanceOf(TrustException.class)
        .hasMessage("a payment must be positive: CNY -5.00");
    assertThatThrownBy(() -> Payments.pay(book, "Z", cny("5.00"), d("2024-01-01"), "P"))
        .isInstanceOf(TrustException.class)
        .hasMessage("unit Z is not a unit of the book");
    assertThatThrownBy(
            () ->
                Payments.payExplicitly(
                    book,
                    "A",
                    cny("5.00"),
                    d("2024-01-01"),
                    "P",
                    List.of(PaymentTarget.of(ym("2024-01"), "property", cny("5.00")))))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "named targets need the EXPLICIT allocation policy; the contract's is OLDEST_FIRST");
  }

  @Test
  void explicitTargetsSettleWhatThePayerNames() {
    Journal journal = Journal.of(community(AllocationPolicy.EXPLICIT));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
    Entry payment =
        Payments.payExplicitly(
            journal.book(),
            "A",
            cny("60.00"),
            d("2024-02-10"),
            "P1",
            List.of(
                PaymentTarget.of(ym("2024-02"), "cleaning", cny("20.00")),
                PaymentTarget.of(ym("2024-01"), "cleaning", cny("20.00"))));
    assertThat(payment.lines())
        .containsExactly(
            Line.debit(Account.CASH, cny("60.00")),
            Line.receivable(Side.CREDIT, cny("20.00"), "A", ym("2024-02"), "cleaning"),
            Line.receivable(Side.CREDIT, cny("20.00"), "A", ym("2024-01"), "cleaning"),
            Line.forUnit(Account.PREPAID, Side.CREDIT, cny("20.00"), "A"));
    assertThatThrownBy(
            () ->
                Payments.payExplicitly(
                    journal.book(),
                    "A",
                    cny("60.00"),
                    d("2024-02-10"),
                    "P2",
                    List.of(PaymentTarget.of(ym("2024-02"), "cleaning", cny("20.01")))))
        .isInstanceOf(TrustException.class)
        .hasMessage("unit A owes CNY 20.00 for cleaning 2024-02, less than the CNY 20.01 named");
  }

  @Test
  void waiversNeedAReasonAndAnOpenCharge() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    Entry waiver =
        Waivers.waive(
            journal.book(),
            "C",
            ym("2024-01"),
            "cleaning",
            cny("20.00"),
            d("2024-01-05"),
            "W1",
            "elderly resident, committee decision 2024-01-04");
    assertThat(waiver.lines())
        .containsExactly(
            Line.debit(Account.income("cleaning"), cny("20.00")),
            Line.receivable(Side.CREDIT, cny("20.00"), "C", ym("2024-01"), "cleaning"));
    assertThat(waiver.memo()).contains("elderly resident, committee decision 2024-01-04");
    journal.post(waiver);
    assertThatThrownBy(
            () ->
                Waivers.waive(
                    journal.book(),
                    "C",
                    ym("2024-01"),
                    "cleaning",
                    cny("0.01"),
                    d("2024-01-05"),
                    "W2",
                    "again"))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot waive CNY 0.01 of unit C cleaning 2024-01: only CNY 0.00 is open");
    assertThatThrownBy(
            () ->
                Waivers.waive(
                    journal.book(),
                    "C",
                    ym("2024-01"),
                    "property",
                    cny("1.00"),
                    d("2024-01-05"),
                    "W3",
                    " "))
        .isInstanceOf(TrustException.class)
        .hasMessage("waiver W3 must give a reason");
  }

  @Test
  void lateFeesFollowTheContractToTheDay() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    journal.post(Payments.pay(journal.book(), "A", cny("170.00"), d("2024-01-10"), "P1"));
    journal.post(Payments.pay(journal.book(), "B", cny("100.00"), d("2024-01-10"), "P2"));
    // period due date: the latest due day of the unit's charges, 15 Jan; plus 15 grace days = 30
    // Jan
    assertThat(LateFees.assess(journal.book(), d("2024-01-29"), EntryIds.numbered("LF"))).isEmpty();
    List<Entry> lateFees =
        LateFees.assess(journal.book(), d("2024-01-30"), EntryIds.numbered("LF"));
    // B owes 40.00 of 140.00 charged: 5% of 140.00 = 7.00; C owes all of 200.75: 5% = 10.0375,
    // capped at 8.00; A has paid everything.
    assertThat(lateFees)
        .extracting(e -> e.lines().get(0))
        .containsExactly(
            Line.receivable(Side.DEBIT, cny("7.00"), "B", ym("2024-01"), Fee.LATE_FEE),
            Line.receivable(Side.DEBIT, cny("8.00"), "C", ym("2024-01"), Fee.LATE_FEE));
    assertThat(lateFees.get(0).lines().get(1))
        .isEqualTo(Line.credit(Account.INCOME_LATE_FEE, cny("7.00")));
    assertThat(lateFees).extracting(Entry::id).containsExactly("LF1", "LF2");
    journal.postAll(lateFees);
    // at most once per unit and period
    assertThat(LateFees.assess(journal.book(), d("2024-03-01"), EntryIds.numbered("LG"))).isEmpty();
  }

  @Test
  void lateFeeProblemsAreReportedTogether() {
    TrustBook book = community(AllocationPolicy.OLDEST_FIRST);
    assertThat(
            LateFees.problems(
                book.contract(),
                d("2024-01-20"),
                cny("9.00"),
                java.util.Optional.of(d("2024-01-15")),
                cny("100.00"),
                false,
                1))
        .containsExactlyInAnyOrder(
            LateFeeProblem.BEFORE_GRACE_PERIOD_ENDS,
            LateFeeProblem.NOTHING_OPEN,
            LateFeeProblem.SECOND_LATE_FEE,
            LateFeeProblem.TOO_LARGE);
    assertThat(
            LateFees.problems(
                ExampleBooks.threeUnits().contract(),
                d("2024-03-01"),
                cny("1.00"),
                java.util.Optional.of(d("2024-01-15")),
                cny("100.00"),
                true,
                0))
        .containsExactly(LateFeeProblem.NO_LATE_FEE_IN_CONTRACT);
    // exactly the percent (5% of 100.00) and on the last grace day are allowed
    assertThat(
            LateFees.problems(
                book.contract(),
                d("2024-01-30"),
                cny("5.00"),
                java.util.Optional.of(d("2024-01-15")),
                cny("100.00"),
                true,
                0))
        .isEmpty();
  }

  @Test
  void publicRevenueIsReceivedAndSharedByArea() {
    TrustBook book = community(AllocationPolicy.OLDEST_FIRST);
    Entry income = PublicRevenue.receive(book, "parking", cny("1000.00"), d("2024-01-15"), "PI1");
    assertThat(income.lines())
        .containsExactly(
            Line.debit(Account.CASH, cny("1000.00")),
            Line.credit(Account.publicIncome("parking"), cny("1000.00")));
    // areas 100 / 80 / 120.50: see AllocationTest for the arithmetic
    assertThat(PublicRevenue.sharesByArea(book, cny("1000.00")))
        .containsExactly(
            Map.entry("A", cny("332.78")),
            Map.entry("B", cny("266.22")),
            Map.entry("C", cny("401.00")));
    Entry shared =
        PublicRevenue.distributeByArea(book, "parking", cny("1000.00"), d("2024-01-31"), "S1");
    assertThat(shared.kind()).isEqualTo(EntryKind.TRANSFER);
    assertThat(shared.isBalanced()).isTrue();
    assertThat(shared.lines()).hasSize(4);
  }

  @Test
  void operationsThatReadTheBalancesRefuseADateBeforeTheBooksLatestEntry() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    journal.postAll(Billing.run(journal.book(), ym("2024-02"), d("2024-02-01"), "B2"));
    // a payment dated 11 January must not settle the charges billed on 1 February
    assertThatThrownBy(
            () -> Payments.pay(journal.book(), "A", cny("340.00"), d("2024-01-11"), "P1"))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "payment P1 is dated 2024-01-11, before the book's latest entry B2 dated 2024-02-01:"
                + " it reads the balances as they stand, so operations must be applied in date"
                + " order");
    assertThatThrownBy(() -> Prepayments.apply(journal.book(), d("2024-01-31"), "PA1"))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith(
            "prepayment application PA1 is dated 2024-01-31, before the book's latest entry B2"
                + " dated 2024-02-01");
    assertThatThrownBy(
            () -> LateFees.assess(journal.book(), d("2024-01-31"), EntryIds.numbered("LF")))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith(
            "the late-fee assessment is dated 2024-01-31, before the book's latest entry B2"
                + " dated 2024-02-01");
    // the latest entry's own date is allowed
    Entry payment = Payments.pay(journal.book(), "A", cny("340.00"), d("2024-02-01"), "P1");
    journal.post(payment);
    assertThat(LateFees.assess(journal.book(), d("2024-02-01"), EntryIds.numbered("LF")))
        .extracting(e -> e.lines().get(0).unit().orElseThrow())
        .containsExactly("B", "C");
  }

  @Test
  void theLatestEntryIsTheLatestDatedNotTheLastListed() {
    TrustBook book =
        ImmutableTrustBook.copyOf(community(AllocationPolicy.EXPLICIT))
            .withEntries(
                Billing.run(
                        community(AllocationPolicy.EXPLICIT), ym("2024-02"), d("2024-02-01"), "B2")
                    .get(0),
                Billing.run(
                        community(AllocationPolicy.EXPLICIT), ym("2024-01"), d("2024-01-01"), "B1")
                    .get(0));
    assertThatThrownBy(
            () ->
                Payments.payExplicitly(
                    book,
                    "A",
                    cny("20.00"),
                    d("2024-01-20"),
                    "P1",
                    List.of(PaymentTarget.of(ym("2024-02"), "cleaning", cny("20.00")))))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith(
            "payment P1 is dated 2024-01-20, before the book's latest entry B2 dated 2024-02-01");
  }

  @Test
  void amountsInAnotherCurrencyAreRefusedByName() {
    Journal journal = Journal.of(community(AllocationPolicy.OLDEST_FIRST));
    journal.postAll(Billing.run(journal.book(), ym("2024-01"), d("2024-01-01"), "B1"));
    Money usd = Money.of(CurrencyUnit.USD, 5);
    assertThatThrownBy(
            () ->
                Waivers.waive(
                    journal.book(),
                    "C",
                    ym("2024-01"),
                    "cleaning",
                    usd,
                    d("2024-01-05"),
                    "W1",
                    "hardship"))
        .isInstanceOf(TrustException.class)
        .hasMessage("a waiver must be in CNY: USD 5.00");
    assertThatThrownBy(
            () ->
                PublicRevenue.distributeByArea(
                    journal.book(), "parking", usd, d("2024-01-31"), "S1"))
        .isInstanceOf(TrustException.class)
        .hasMessage("a distribution must be in CNY: USD 5.00");
    assertThatThrownBy(() -> Payments.pay(journal.book(), "A", usd, d("2024-01-10"), "P1"))
        .isInstanceOf(TrustException.class)
        .hasMessage("a payment must be in CNY: USD 5.00");
  }
}
