package org.propertytrust.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.assertNothing;
import static org.propertytrust.rules.Fixtures.cny;
import static org.propertytrust.rules.Fixtures.contract;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.dr;
import static org.propertytrust.rules.Fixtures.entry;
import static org.propertytrust.rules.Fixtures.only;
import static org.propertytrust.rules.Fixtures.recvCr;
import static org.propertytrust.rules.Fixtures.recvDr;
import static org.propertytrust.rules.Fixtures.single;
import static org.propertytrust.rules.Fixtures.unitCr;
import static org.propertytrust.rules.Fixtures.unitDr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Unit;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.Violation;

/**
 * The {@code fee.*} rules. Three-units: property 1.50/m² due on the 15th; A (100.00 m²) 150.00, B
 * (80.00 m²) 120.00, C (120.50 m²) 180.75 a month; at the end of February only A's February fee
 * (150.00) is open.
 */
class FeeRulesTest {
  private static final TrustBook BOOK = ExampleBooks.threeUnits();

  /** The March charge of every unit, at the contract rate. */
  private static Entry marchCharge(String id) {
    return entry(
        id,
        "2024-03-01",
        EntryKind.CHARGE,
        recvDr("A", "2024-03", "property", "150.00"),
        recvDr("B", "2024-03", "property", "120.00"),
        recvDr("C", "2024-03", "property", "180.75"),
        cr("income:property", "450.75"));
  }

  private static Entry charge(String id, String date, String unit, String period, String amount) {
    return entry(
        id,
        date,
        EntryKind.CHARGE,
        recvDr(unit, period, "property", amount),
        cr("income:property", amount));
  }

  private static Entry payment(String id, String date, String unit, String period, String amount) {
    return entry(
        id, date, EntryKind.PAYMENT, dr("cash", amount), recvCr(unit, period, "property", amount));
  }

  @Nested
  class RateMismatch {
    @Test
    void aChargeOneCentBelowTheContractRateIsAnError() {
      Violation v =
          single(
              append(BOOK, charge("F1", "2024-03-01", "A", "2024-03", "149.99")),
              "fee.rate-mismatch");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs())
          .isEqualTo(Map.of("entry", "F1", "unit", "A", "period", "2024-03", "fee", "property"));
      assertThat(v.message())
          .contains(
              "charge F1",
              "unit A property 2024-03 is charged CNY 149.99",
              "the contract rate gives CNY 150.00 (1.50 × 100.00 m²)");
    }

    @Test
    void aChargeOneCentAboveIsAnErrorAndTheExactRateIsClean() {
      single(
          append(BOOK, charge("F1", "2024-03-01", "A", "2024-03", "150.01")), "fee.rate-mismatch");
      assertNothing(append(BOOK, charge("F1", "2024-03-01", "A", "2024-03", "150.00")));
    }

    @Test
    void theContractRateIsRoundedHalfUpToTheCent() {
      // 1.50 × 100.33 m² = 150.495, which the contract rounds to 150.50
      List<Unit> units = new ArrayList<>(BOOK.units());
      units.add(Unit.of("D", "100.33"));
      TrustBook withD = ImmutableTrustBook.copyOf(BOOK).withUnits(units);
      Violation v =
          single(
              append(withD, charge("F1", "2024-03-01", "D", "2024-03", "150.49")),
              "fee.rate-mismatch");
      assertThat(v.message()).contains("CNY 150.49", "gives CNY 150.50 (1.50 × 100.33 m²)");
      assertNothing(append(withD, charge("F1", "2024-03-01", "D", "2024-03", "150.50")));
    }

    @Test
    void aPerUnitFeeIsComparedWithItsRate() {
      TrustBook maple = ExampleBooks.mapleCourt();
      Violation v =
          single(
              append(
                  maple,
                  entry(
                      "F1",
                      "2024-05-01",
                      EntryKind.CHARGE,
                      recvDr("U3", "2024-05", "cleaning", "19.99"),
                      cr("income:cleaning", "19.99"))),
              "fee.rate-mismatch");
      assertThat(v.refs()).containsEntry("fee", "cleaning");
      assertThat(v.message()).contains("CNY 19.99", "gives CNY 20.00 (20.00 per unit)");
    }

    @Test
    void aFeeTheContractDoesNotHaveIsAMismatch() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-01",
                      EntryKind.CHARGE,
                      recvDr("A", "2024-03", "water", "30.00"),
                      cr("income:water", "30.00"))),
              "fee.rate-mismatch");
      assertThat(v.refs())
          .isEqualTo(Map.of("entry", "F1", "unit", "A", "period", "2024-03", "fee", "water"));
      assertThat(v.message()).contains("unit A water 2024-03", "CNY 30.00", "does not have");
    }

    @Test
    void aChargeForAPeriodBeforeTheContractStartsIsAMismatch() {
      Violation v =
          single(
              append(BOOK, charge("F1", "2024-03-01", "A", "2023-12", "150.00")),
              "fee.rate-mismatch");
      assertThat(v.refs()).containsEntry("period", "2023-12");
      assertThat(v.message()).contains("unit A property 2023-12", "outside the contract's term");
    }

    @Test
    void aChargeForAPeriodAfterTheContractEndsIsAMismatch() {
      TrustBook ended = contract(BOOK, c -> c.withEnd(d("2024-02-29")));
      assertNothing(ended);
      Violation v =
          single(
              append(ended, charge("F1", "2024-03-01", "A", "2024-03", "150.00")),
              "fee.rate-mismatch");
      assertThat(v.message()).contains("outside the contract's term");
    }

    @Test
    void oneViolationPerChargeNamesEveryWrongLine() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-01",
                      EntryKind.CHARGE,
                      recvDr("A", "2024-03", "property", "150.00"),
                      recvDr("B", "2024-03", "property", "121.00"),
                      recvDr("C", "2024-03", "property", "181.75"),
                      cr("income:property", "452.75"))),
              "fee.rate-mismatch");
      assertThat(v.refs()).containsEntry("unit", "B");
      assertThat(v.message()).contains("unit B", "CNY 121.00", "unit C", "CNY 181.75");
    }
  }

  @Nested
  class DuplicateCharge {
    @Test
    void chargingAUnitAgainForTheSameFeeAndPeriodIsAnError() {
      Violation v =
          single(
              append(BOOK, charge("F1", "2024-03-01", "A", "2024-02", "150.00")),
              "fee.duplicate-charge");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs())
          .isEqualTo(Map.of("entry", "F1", "unit", "A", "period", "2024-02", "fee", "property"));
      assertThat(v.message())
          .contains(
              "charge F1",
              "unit A property for 2024-02 again (CNY 150.00)",
              "already charged once");
    }

    @Test
    void twoLinesForTheSameChargeInOneEntryAreADuplicate() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-01",
                      EntryKind.CHARGE,
                      recvDr("A", "2024-03", "property", "150.00"),
                      recvDr("A", "2024-03", "property", "150.00"),
                      cr("income:property", "300.00"))),
              "fee.duplicate-charge");
      assertThat(v.refs()).containsEntry("period", "2024-03");
    }

    @Test
    void aThirdChargeIsReportedToo() {
      List<Violation> found =
          only(
              append(
                  BOOK,
                  charge("F1", "2024-03-01", "A", "2024-02", "150.00"),
                  charge("F2", "2024-03-02", "A", "2024-02", "150.00")),
              "fee.duplicate-charge");
      assertThat(found).hasSize(2);
      assertThat(found.get(1).message()).contains("F2", "already charged 2 times");
    }

    @Test
    void aReversedChargeDoesNotCount() {
      Entry march = charge("F1", "2024-03-01", "A", "2024-03", "150.00");
      assertNothing(
          append(
              BOOK,
              march,
              march.reversal("R1", d("2024-03-02")),
              charge("F2", "2024-03-03", "A", "2024-03", "150.00")));
    }

    @Test
    void anotherFeeOrPeriodIsNotADuplicate() {
      assertNothing(append(BOOK, marchCharge("F1")));
    }
  }

  @Nested
  class AllocationOrder {
    @Test
    void oldestFirstPayingMarchWhileFebruaryStaysOpenIsAWarning() {
      Violation v =
          single(
              append(
                  BOOK, marchCharge("F1"), payment("F2", "2024-03-10", "A", "2024-03", "150.00")),
              "fee.allocation-order");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.refs())
          .isEqualTo(Map.of("entry", "F2", "unit", "A", "period", "2024-03", "fee", "property"));
      assertThat(v.message())
          .contains(
              "payment F2 settles unit A's property 2024-03",
              "its property 2024-02 stays open (CNY 150.00)",
              "OLDEST_FIRST");
    }

    @Test
    void oldestFirstPayingFebruaryFirstIsClean() {
      assertNothing(
          append(BOOK, marchCharge("F1"), payment("F2", "2024-03-10", "A", "2024-02", "150.00")));
    }

    @Test
    void anOlderChargeLeftPartlyOpenIsOutOfOrder() {
      Violation v =
          single(
              append(
                  BOOK,
                  marchCharge("F1"),
                  entry(
                      "F2",
                      "2024-03-10",
                      EntryKind.PAYMENT,
                      dr("cash", "200.00"),
                      recvCr("A", "2024-02", "property", "149.99"),
                      recvCr("A", "2024-03", "property", "50.01"))),
              "fee.allocation-order");
      assertThat(v.message()).contains("property 2024-02 stays open (CNY 0.01)");
    }

    @Test
    void settlingBothInOnePaymentIsClean() {
      assertNothing(
          append(
              BOOK,
              marchCharge("F1"),
              entry(
                  "F2",
                  "2024-03-10",
                  EntryKind.PAYMENT,
                  dr("cash", "300.00"),
                  recvCr("A", "2024-03", "property", "150.00"),
                  recvCr("A", "2024-02", "property", "150.00"))));
    }

    @Test
    void withinAPeriodFeesAreSettledInContractOrder() {
      // maple-court: U3 owes April property 151.00 and cleaning 20.00; property comes first
      TrustBook maple = ExampleBooks.mapleCourt();
      Violation v =
          single(
              append(
                  maple,
                  entry(
                      "F1",
                      "2024-05-02",
                      EntryKind.PAYMENT,
                      dr("cash", "20.00"),
                      recvCr("U3", "2024-04", "cleaning", "20.00"))),
              "fee.allocation-order");
      assertThat(v.refs()).containsEntry("fee", "cleaning").containsEntry("unit", "U3");
      assertThat(v.message()).contains("property 2024-04 stays open (CNY 151.00)");
      assertNothing(
          append(
              maple,
              entry(
                  "F1",
                  "2024-05-02",
                  EntryKind.PAYMENT,
                  dr("cash", "151.00"),
                  recvCr("U3", "2024-04", "property", "151.00"))));
    }

    @Test
    void lateFeesComeLastWithinAPeriod() {
      TrustBook book =
          contract(BOOK, c -> c.withLateFee(LateFeeTerms.of(Percent.of(5), 20, cny("50.00"))));
      Entry lateFee =
          entry(
              "F1",
              "2024-03-06",
              EntryKind.LATE_FEE,
              recvDr("A", "2024-02", "late-fee", "7.50"),
              cr("income:late-fee", "7.50"));
      Violation v =
          single(
              append(
                  book,
                  lateFee,
                  entry(
                      "F2",
                      "2024-03-10",
                      EntryKind.PAYMENT,
                      dr("cash", "7.50"),
                      recvCr("A", "2024-02", "late-fee", "7.50"))),
              "fee.allocation-order");
      assertThat(v.refs()).containsEntry("fee", "late-fee");
      assertThat(v.message()).contains("property 2024-02 stays open");
      assertNothing(append(book, lateFee, payment("F2", "2024-03-10", "A", "2024-02", "150.00")));
    }

    @Test
    void samePeriodFirstSettlesThePaymentsOwnMonthFirst() {
      TrustBook book = contract(BOOK, c -> c.withAllocation(AllocationPolicy.SAME_PERIOD_FIRST));
      Violation v =
          single(
              append(
                  book, marchCharge("F1"), payment("F2", "2024-03-10", "A", "2024-02", "150.00")),
              "fee.allocation-order");
      assertThat(v.refs()).containsEntry("period", "2024-02");
      assertThat(v.message())
          .contains(
              "settles unit A's property 2024-02",
              "property 2024-03 stays open",
              "SAME_PERIOD_FIRST");
      assertNothing(
          append(book, marchCharge("F1"), payment("F2", "2024-03-10", "A", "2024-03", "150.00")));
    }

    @Test
    void samePeriodFirstSettlesOtherMonthsOldestFirst() {
      // paid in April: neither February nor March is April, so February comes first
      TrustBook book = contract(BOOK, c -> c.withAllocation(AllocationPolicy.SAME_PERIOD_FIRST));
      single(
          append(book, marchCharge("F1"), payment("F2", "2024-04-02", "A", "2024-03", "150.00")),
          "fee.allocation-order");
    }

    @Test
    void explicitAllocationIsNeverOutOfOrder() {
      TrustBook book = contract(BOOK, c -> c.withAllocation(AllocationPolicy.EXPLICIT));
      assertNothing(
          append(book, marchCharge("F1"), payment("F2", "2024-03-10", "A", "2024-03", "150.00")));
    }

    @Test
    void aPrepaymentApplicationIsCheckedToo() {
      Violation v =
          single(
              append(
                  BOOK,
                  marchCharge("F1"),
                  entry(
                      "F2",
                      "2024-03-02",
                      EntryKind.PAYMENT,
                      dr("cash", "150.00"),
                      unitCr("prepaid", "A", "150.00")),
                  entry(
                      "F3",
                      "2024-03-03",
                      EntryKind.PREPAYMENT_APPLIED,
                      unitDr("prepaid", "A", "150.00"),
                      recvCr("A", "2024-03", "property", "150.00"))),
              "fee.allocation-order");
      assertThat(v.refs().get("entry")).isEqualTo("F3");
      assertThat(v.message())
          .startsWith("prepayment application F3 settles unit A's property 2024-03");
    }
  }

  @Nested
  class LateFee {
    /** Three-units with a late fee of 5%, 20 grace days, capped at 50.00. */
    private final TrustBook book =
        contract(BOOK, c -> c.withLateFee(LateFeeTerms.of(Percent.of(5), 20, cny("50.00"))));

    private Entry lateFee(String id, String date, String unit, String period, String amount) {
      return entry(
          id,
          date,
          EntryKind.LATE_FEE,
          recvDr(unit, period, "late-fee", amount),
          cr("income:late-fee", amount));
    }

    @Test
    void aLateFeeTheContractAllowsIsClean() {
      // February is due on the 15th; 20 grace days end on 2024-03-06; 5% of 150.00 is 7.50
      assertNothing(append(book, lateFee("F1", "2024-03-06", "A", "2024-02", "7.50")));
    }

    @Test
    void aLateFeeWithoutLateFeeTermsIsAnError() {
      Violation v =
          single(append(BOOK, lateFee("F1", "2024-03-06", "A", "2024-02", "7.50")), "fee.late-fee");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs())
          .isEqualTo(Map.of("entry", "F1", "unit", "A", "period", "2024-02", "fee", "late-fee"));
      assertThat(v.message())
          .contains("late fee F1", "unit A for 2024-02 (CNY 7.50)", "the contract has no late fee");
    }

    @Test
    void oneDayBeforeTheGraceDaysEndIsAnError() {
      Violation v =
          single(append(book, lateFee("F1", "2024-03-05", "A", "2024-02", "7.50")), "fee.late-fee");
      assertThat(v.message()).contains("comes before 2024-03-06 (due 2024-02-15 + 20 grace days)");
    }

    @Test
    void thePeriodIsDueOnTheLatestDueDayOfItsCharges() {
      // maple-court: U3 owes April property (due the 10th) and cleaning (moved to the 20th)
      TrustBook maple =
          contract(
              ExampleBooks.mapleCourt(),
              c ->
                  c.withFees(
                          Fee.of("property", FeeBasis.PER_M2_MONTH, "2.00", 10),
                          Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 20))
                      .withLateFee(LateFeeTerms.of(Percent.of(5), 29, cny("50.00"))));
      assertNothing(maple);
      Violation v =
          single(
              append(maple, lateFee("F1", "2024-05-18", "U3", "2024-04", "8.55")), "fee.late-fee");
      assertThat(v.message()).contains("comes before 2024-05-19 (due 2024-04-20 + 29 grace days)");
      assertNothing(append(maple, lateFee("F1", "2024-05-19", "U3", "2024-04", "8.55")));
    }

    @Test
    void aLateFeeOnAPeriodWithNothingOpenIsAnError() {
      // B's February was settled by its prepayment
      Violation v =
          single(append(book, lateFee("F1", "2024-03-06", "B", "2024-02", "6.00")), "fee.late-fee");
      assertThat(v.refs()).containsEntry("unit", "B");
      assertThat(v.message())
          .contains("unit B for 2024-02 (CNY 6.00)", "nothing of that period is open");
    }

    @Test
    void aLateFeeOnAPeriodNeverChargedIsAnError() {
      Violation v =
          single(append(book, lateFee("F1", "2024-03-06", "A", "2024-03", "0.01")), "fee.late-fee");
      assertThat(v.message())
          .contains("a period the unit was not charged for", "nothing of that period is open");
    }

    @Test
    void aSecondLateFeeOnTheSameUnitAndPeriodIsAnError() {
      Violation v =
          single(
              append(
                  book,
                  lateFee("F1", "2024-03-06", "A", "2024-02", "7.50"),
                  lateFee("F2", "2024-03-07", "A", "2024-02", "0.01")),
              "fee.late-fee");
      assertThat(v.refs().get("entry")).isEqualTo("F2");
      assertThat(v.message()).contains("second late fee");
    }

    @Test
    void aReversedLateFeeMayBeChargedAgain() {
      Entry first = lateFee("F1", "2024-03-06", "A", "2024-02", "7.50");
      assertNothing(
          append(
              book,
              first,
              first.reversal("R1", d("2024-03-07")),
              lateFee("F2", "2024-03-08", "A", "2024-02", "7.50")));
    }

    @Test
    void oneCentAboveThePercentIsAnError() {
      Violation v =
          single(append(book, lateFee("F1", "2024-03-06", "A", "2024-02", "7.51")), "fee.late-fee");
      assertThat(v.message())
          .contains(
              "(CNY 7.51) exceeds CNY 7.50",
              "5% of the period's charges CNY 150.00",
              "capped at CNY 50.00");
    }

    @Test
    void thePercentIsRoundedHalfUp() {
      // C's March charge is 180.75: 5% is 9.0375, rounded to 9.04; due 03-15 + 20 = 04-04
      assertNothing(
          append(book, marchCharge("F0"), lateFee("F1", "2024-04-04", "C", "2024-03", "9.04")));
      Violation v =
          single(
              append(book, marchCharge("F0"), lateFee("F1", "2024-04-04", "C", "2024-03", "9.05")),
              "fee.late-fee");
      assertThat(v.message()).contains("exceeds CNY 9.04");
    }

    @Test
    void theCapLimitsTheLateFee() {
      TrustBook capped =
          contract(BOOK, c -> c.withLateFee(LateFeeTerms.of(Percent.of(5), 20, cny("5.00"))));
      assertNothing(append(capped, lateFee("F1", "2024-03-06", "A", "2024-02", "5.00")));
      Violation v =
          single(
              append(capped, lateFee("F1", "2024-03-06", "A", "2024-02", "5.01")), "fee.late-fee");
      assertThat(v.message()).contains("exceeds CNY 5.00", "capped at CNY 5.00");
    }

    @Test
    void thePercentAppliesToChargesNetOfWaivers() {
      Entry waiver =
          entry(
              "W1",
              "2024-03-01",
              EntryKind.WAIVER,
              dr("income:property", "50.00"),
              recvCr("A", "2024-02", "property", "50.00"));
      assertNothing(append(book, waiver, lateFee("F1", "2024-03-06", "A", "2024-02", "5.00")));
      Violation v =
          single(
              append(book, waiver, lateFee("F1", "2024-03-06", "A", "2024-02", "5.01")),
              "fee.late-fee");
      assertThat(v.message()).contains("exceeds CNY 5.00", "charges CNY 100.00");
    }

    @Test
    void aLateFeeCarriedOnAnotherFeeCodeIsAnError() {
      Violation v =
          single(
              append(
                  book,
                  entry(
                      "F1",
                      "2024-03-06",
                      EntryKind.LATE_FEE,
                      recvDr("A", "2024-02", "property", "7.50"),
                      cr("income:late-fee", "7.50"))),
              "fee.late-fee");
      assertThat(v.refs()).containsEntry("fee", "late-fee");
      assertThat(v.message()).contains("charged to fee property, not late-fee");
    }

    @Test
    void oneViolationPerLateFeeEntry() {
      Violation v =
          single(
              append(
                  book,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.LATE_FEE,
                      recvDr("A", "2024-02", "late-fee", "7.51"),
                      recvDr("B", "2024-02", "late-fee", "6.00"),
                      cr("income:late-fee", "13.51"))),
              "fee.late-fee");
      assertThat(v.refs()).containsEntry("unit", "A");
      assertThat(v.message())
          .contains("unit A", "exceeds CNY 7.50", "unit B", "nothing of that period");
    }
  }
}
