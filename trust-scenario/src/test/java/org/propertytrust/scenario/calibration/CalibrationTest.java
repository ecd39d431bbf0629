package org.propertytrust.scenario.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Unit;
import org.propertytrust.scenario.projection.ExpectedProjection;
import org.propertytrust.scenario.projection.Projection;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationScheme;
import org.propertytrust.scenario.spec.ScenarioSpec;

/** Calibration of the two reference books, with every count worked out by hand. */
class CalibrationTest {
  private static Optional<BigDecimal> rate(String value) {
    return Optional.of(new BigDecimal(value));
  }

  private static Money cny(String amount) {
    return ExampleBooks.cny(amount);
  }

  @Test
  void threeUnitsGarden() {
    CalibrationResult result = Calibration.fromBook(ExampleBooks.threeUnits());
    assertThat(result.firstMonth()).contains(YearMonth.of(2024, 1));
    assertThat(result.lastMonth()).contains(YearMonth.of(2024, 2));
    // Jan: A 0->0, B 0->0 (then prepaid a month), C 0->1. Feb: A 0->1, C 1->0; B starts
    // February prepaid and makes no move.
    TransitionCounts counts = result.counts();
    assertThat(counts.count(0, 0)).isEqualTo(2);
    assertThat(counts.count(0, 1)).isEqualTo(2);
    assertThat(counts.count(1, 0)).isEqualTo(1);
    assertThat(counts.total()).isEqualTo(5);
    assertThat(result.prepaidUnitMonths()).isEqualTo(1);
    assertThat(result.irregularMoves()).isZero();
    assertThat(result.unbilledUnitMonths()).isZero();
    assertThat(result.rollRates().probability(0, 0)).isEqualTo(0.5);
    assertThat(result.rollRates().probability(1, 0)).isEqualTo(1.0);
    // Rows 2..6 were never seen: the prior, every possible move alike (row 2: 0..3).
    assertThat(result.fallbackRows()).containsExactly(2, 3, 4, 5, 6);
    assertThat(result.rollRates().probability(2, 3)).isEqualTo(0.25);
    assertThat(result.rollRates().probability(6, 6))
        .isCloseTo(1.0 / 7, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(result.standardError(0, 1)).isEqualTo(Math.sqrt(0.25 / 4));
    assertThat(result.standardError(3, 0)).isInfinite();
    // Chances to prepay: A and B in January (ended current), B (its prepaid month used) and C
    // in February; B prepaid one month of 120.00 in January.
    assertThat(result.prepaymentOpportunities()).isEqualTo(4);
    assertThat(result.prepaymentEvents()).isEqualTo(1);
    assertThat(result.prepayment()).contains(Prepayment.of(0.25, 1));

    // The observed figures are those of DOMAIN.md §5's worked example.
    List<ObservedMonth> months = result.observedMonths();
    ObservedMonth jan = months.get(0);
    assertThat(jan.billed()).isEqualTo(cny("450.75"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("270.00"));
    assertThat(jan.currentRate()).isEqualTo(rate("0.5990"));
    assertThat(jan.householdRate()).isEqualTo(rate("0.6667"));
    assertThat(jan.combinedRate()).isEqualTo(rate("0.5990"));
    assertThat(jan.prepaymentsReceived()).isEqualTo(cny("120.00"));
    assertThat(jan.spending()).isEqualTo(cny("100.00"));
    assertThat(jan.closingCash()).isEqualTo(cny("263.00"));
    assertThat(jan.unitsByState()).containsExactly(1, 1, 0, 0, 0, 0, 0);
    assertThat(jan.prepaidUnits()).isEqualTo(1);
    ObservedMonth feb = months.get(1);
    assertThat(feb.collectedCurrent()).isEqualTo(cny("300.75"));
    assertThat(feb.openingArrears()).isEqualTo(cny("180.75"));
    assertThat(feb.arrearsRecovered()).isEqualTo(cny("180.75"));
    assertThat(feb.currentRate()).isEqualTo(rate("0.6672"));
    assertThat(feb.combinedRate()).isEqualTo(rate("0.7625"));
    assertThat(feb.householdRate()).isEqualTo(rate("0.6667"));
    assertThat(feb.closingCash()).isEqualTo(cny("576.35"));
    assertThat(feb.unitsByState()).containsExactly(2, 1, 0, 0, 0, 0, 0);
  }

  @Test
  void threeUnitsGardenForecast() {
    ScenarioSpec spec = Calibration.fromBook(ExampleBooks.threeUnits()).forecast(12);
    assertThat(spec.name()).isEqualTo("three-units");
    assertThat(spec.start()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(spec.cohorts())
        .extracting(Cohort::id)
        .containsExactly("bill-120.00", "bill-150.00", "bill-180.75");
    // At the end of February A (150.00) owes February; B and C owe nothing.
    assertThat(spec.cohorts().get(1).initialArrears()).containsExactly(0, 1, 0, 0, 0, 0, 0);
    assertThat(spec.cohorts().get(0).initialArrears()).containsExactly(1, 0, 0, 0, 0, 0, 0);
    assertThat(spec.openingCash()).isEqualTo(cny("576.35"));
    assertThat(spec.spendingMonthly()).isEqualTo(cny("50.00"));
    assertThat(spec.publicRevenue()).isEmpty();
    assertThat(spec.remuneration().scheme()).isEqualTo(RemunerationScheme.PERCENT_OF_COLLECTED);
    assertThat(spec.remuneration().percent()).contains(Percent.of(10));
    assertThat(spec.prepayment()).contains(Prepayment.of(0.25, 1));
    Projection projection = ExpectedProjection.project(spec);
    assertThat(projection.month(1).billed()).isEqualTo(cny("450.75"));
    assertThat(projection.month(1).openingArrears()).isEqualTo(cny("150.00"));
  }

  @Test
  void mapleCourt() {
    CalibrationResult result = Calibration.fromBook(ExampleBooks.mapleCourt());
    // March: U1..U4 0->0 (U1 and U2 on the prepaid fees carried over, U4 pays ahead);
    // April: U3 0->1; U1, U2 and U4 start April prepaid.
    assertThat(result.counts().count(0, 0)).isEqualTo(4);
    assertThat(result.counts().count(0, 1)).isEqualTo(1);
    assertThat(result.counts().total()).isEqualTo(5);
    assertThat(result.prepaidUnitMonths()).isEqualTo(3);
    assertThat(result.fallbackRows()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(result.rollRates().probability(0, 1)).isEqualTo(0.2);
    // Chances: the four March moves to 0, then U2 and U4 whose last prepaid month was applied
    // in April. U4 paid 280.00, one month ahead, in March.
    assertThat(result.prepaymentOpportunities()).isEqualTo(6);
    assertThat(result.prepaymentEvents()).isEqualTo(1);
    assertThat(result.prepayment()).contains(Prepayment.of(1.0 / 6, 1));

    ObservedMonth march = result.observedMonths().get(0);
    assertThat(march.billed()).isEqualTo(cny("891.00"));
    assertThat(march.collectedCurrent()).isEqualTo(cny("891.00"));
    assertThat(march.currentRate()).isEqualTo(rate("1.0000"));
    assertThat(march.publicRevenue()).isEqualTo(cny("1500.00"));
    // 2,000.00 and 800.00 from the operating account; the lift overhaul came from reserve-cash.
    assertThat(march.spending()).isEqualTo(cny("2800.00"));
    // The bank statement's 1,131.00 less the 800.00 not yet presented.
    assertThat(march.closingCash()).isEqualTo(cny("331.00"));
    assertThat(march.unitsByState()).containsExactly(1, 0, 0, 0, 0, 0, 0);
    assertThat(march.prepaidUnits()).isEqualTo(3);
    ObservedMonth april = result.observedMonths().get(1);
    // Only the prepayments applied to U1, U2 and U4: 720.00 of 891.00.
    assertThat(april.collectedCurrent()).isEqualTo(cny("720.00"));
    assertThat(april.currentRate()).isEqualTo(rate("0.8081"));
    assertThat(april.householdRate()).isEqualTo(rate("0.7500"));
    assertThat(april.closingCash()).isEqualTo(cny("1531.00"));
    assertThat(april.unitsByState()).containsExactly(2, 1, 0, 0, 0, 0, 0);

    ScenarioSpec forecast = result.forecast(24);
    assertThat(forecast.totalUnits()).isEqualTo(4);
    assertThat(forecast.remuneration().amount()).contains(cny("300.00"));
    // U1 still has one month paid ahead at the end of April.
    assertThat(forecast.prepaidStates()).isEqualTo(1);
    assertThat(ExpectedProjection.project(forecast).months()).hasSize(24);
  }

  @Test
  void optionsCapAndSmoothTheEstimate() {
    CalibrationResult result =
        Calibration.fromBook(
            ExampleBooks.threeUnits(),
            CalibrationOptions.builder().maxState(1).smoothing(1).build());
    // row 0: (2 + 1) / (4 + 2) each; row 1 (the cap, moves to 0 or 1): (1 + 1) / (1 + 2)
    assertThat(result.rollRates().probability(0, 0)).isEqualTo(0.5);
    assertThat(result.rollRates().probability(1, 0)).isEqualTo(2.0 / 3);
    assertThat(result.fallbackRows()).isEmpty();
    CalibrationResult january =
        Calibration.fromBook(
            ExampleBooks.threeUnits(),
            CalibrationOptions.builder().asOf(YearMonth.of(2024, 1)).build());
    assertThat(january.counts().total()).isEqualTo(3);
    assertThat(january.observedMonths()).hasSize(1);
  }

  @Test
  void aBookWithoutChargesCalibratesToThePrior() {
    CalibrationResult result =
        Calibration.fromBook(
            ImmutableTrustBook.copyOf(ExampleBooks.threeUnits()).withEntries(List.of()));
    assertThat(result.firstMonth()).isEmpty();
    assertThat(result.counts().total()).isZero();
    assertThat(result.fallbackRows()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(result.observedMonths()).isEmpty();
    assertThatThrownBy(() -> result.forecast(12))
        .isInstanceOf(TrustException.class)
        .hasMessage("book three-units has no charges to start a scenario from");
  }

  @Test
  void aSpecMustStartWithinTheWindow() {
    CalibrationResult result = Calibration.fromBook(ExampleBooks.threeUnits());
    assertThatThrownBy(() -> result.toSpec(YearMonth.of(2024, 6), 3))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "a scenario from book three-units must start between 2024-01 and 2024-03, not 2024-06");
    assertThat(result.backtest().start()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(result.backtest().months()).isEqualTo(2);
  }

  /**
   * Two units billed 150.00 a month from January to June 2024. B pays every month; A pays nothing
   * but one bill in May (January's, the oldest), so at the month ends A has 1, 2, 3, 4, 4 and 5
   * months open.
   */
  private static TrustBook deepArrears() {
    List<Entry> entries = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      YearMonth month = YearMonth.of(2024, m);
      entries.add(
          Entry.of(
              "C" + m,
              month.atDay(1),
              EntryKind.CHARGE,
              List.of(
                  Line.receivable(Side.DEBIT, cny("150.00"), "A", month, "property"),
                  Line.receivable(Side.DEBIT, cny("150.00"), "B", month, "property"),
                  Line.credit(Account.income("property"), cny("300.00")))));
      entries.add(payment("PB" + m, month.atDay(10), "B", month));
    }
    entries.add(payment("PA5", LocalDate.of(2024, 5, 20), "A", YearMonth.of(2024, 1)));
    return ImmutableTrustBook.copyOf(ExampleBooks.threeUnitsWithoutEntries())
        .withUnits(Unit.of("A", "100.00"), Unit.of("B", "100.00"))
        .withEntries(entries);
  }

  private static Entry payment(String id, LocalDate date, String unit, YearMonth period) {
    return Entry.of(
        id,
        date,
        EntryKind.PAYMENT,
        List.of(
            Line.debit(Account.CASH, cny("150.00")),
            Line.receivable(Side.CREDIT, cny("150.00"), unit, period, "property")));
  }

  @Test
  void arrearsDeeperThanTheCapAreCountedAndReported() {
    CalibrationResult result =
        Calibration.fromBook(deepArrears(), CalibrationOptions.builder().maxState(2).build());
    // A: 0->1, 1->2, then 2->2 four times (open 2->3, 3->4, 4->4 after paying a bill, 4->5); B
    // 0->0 six times.
    TransitionCounts counts = result.counts();
    assertThat(counts.count(0, 0)).isEqualTo(6);
    assertThat(counts.count(0, 1)).isEqualTo(1);
    assertThat(counts.count(1, 2)).isEqualTo(1);
    assertThat(counts.count(2, 2)).isEqualTo(4);
    assertThat(counts.total()).isEqualTo(12);
    // March to June: A had more than 2 months open at one end of the month or the other.
    assertThat(result.unitMonthsAboveCap()).isEqualTo(4);
    // May: A paid a bill (4 open before, 4 after), yet the move is 2 -> 2, "paid nothing".
    assertThat(result.capMovesWithPayment()).isEqualTo(1);
    assertThat(result.deepestArrears()).isEqualTo(5);
    // What the cap hides at each month end: A's open months beyond its 2 most recent.
    assertThat(result.arrearsBeyondCap(YearMonth.of(2024, 2))).isEqualTo(cny("0.00"));
    assertThat(result.arrearsBeyondCap(YearMonth.of(2024, 3))).isEqualTo(cny("150.00"));
    assertThat(result.arrearsBeyondCap(YearMonth.of(2024, 5))).isEqualTo(cny("300.00"));
    assertThat(result.arrearsBeyondCap(YearMonth.of(2024, 6))).isEqualTo(cny("450.00"));
    assertThat(result.unitsBeyondCap(YearMonth.of(2024, 6))).isEqualTo(1);
    assertThat(result.unitsBeyondCap(YearMonth.of(2023, 12))).isZero();
    assertThatThrownBy(() -> result.arrearsBeyondCap(YearMonth.of(2024, 7)))
        .isInstanceOf(TrustException.class)
        .hasMessage("book three-units has month ends from 2023-12 to 2024-06, not 2024-07");
    // The forecast counts A as 2 months behind: 300.00 of its 750.00 open; the other 450.00 is
    // what arrearsBeyondCap reported for June.
    ScenarioSpec forecast = result.forecast(12);
    assertThat(forecast.cohorts()).hasSize(1);
    assertThat(forecast.cohorts().get(0).initialArrears()).containsExactly(1, 0, 1);
    assertThat(ExpectedProjection.project(forecast).month(1).openingArrears())
        .isEqualTo(cny("300.00"));

    // A cap above the deepest arrears sees every move as it was.
    CalibrationResult deep =
        Calibration.fromBook(deepArrears(), CalibrationOptions.builder().maxState(6).build());
    assertThat(deep.counts().count(2, 3)).isEqualTo(1);
    assertThat(deep.counts().count(3, 4)).isEqualTo(1);
    assertThat(deep.counts().count(4, 4)).isEqualTo(1);
    assertThat(deep.counts().count(4, 5)).isEqualTo(1);
    assertThat(deep.unitMonthsAboveCap()).isZero();
    assertThat(deep.capMovesWithPayment()).isZero();
    assertThat(deep.arrearsBeyondCap(YearMonth.of(2024, 6))).isEqualTo(cny("0.00"));
    assertThat(deep.forecast(12).cohorts().get(0).initialArrears())
        .containsExactly(1, 0, 0, 0, 0, 1, 0);
  }

  @Test
  void aBookOfManyUnitsOverACenturyIsCalibratedInLittleMemory() {
    // 300,000 units and one charge for January 1925 posted in December 2024: a window of 1,200
    // months. Holding a state per unit and month would take gigabytes; the test heap is 1 GB.
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      units.add(Unit.of("U" + i, "80.00"));
    }
    YearMonth period = YearMonth.of(1925, 1);
    TrustBook book =
        ImmutableTrustBook.copyOf(ExampleBooks.threeUnitsWithoutEntries())
            .withUnits(units)
            .withEntries(
                Entry.of(
                    "E1",
                    LocalDate.of(2024, 12, 1),
                    EntryKind.CHARGE,
                    List.of(
                        Line.receivable(Side.DEBIT, cny("120.00"), "U1", period, "property"),
                        Line.credit(Account.income("property"), cny("120.00")))));
    CalibrationResult result = Calibration.fromBook(book);
    assertThat(result.firstMonth()).contains(period);
    assertThat(result.lastMonth()).contains(YearMonth.of(2024, 12));
    assertThat(result.observedMonths()).hasSize(1200);
    // Charged 99 years late: no month billed it, so no unit made a move.
    assertThat(result.counts().total()).isZero();
    assertThat(result.unbilledUnitMonths()).isEqualTo(300_000L * 1200);
    assertThat(result.observedMonths().get(1198).unitsByState())
        .containsExactly(300_000, 0, 0, 0, 0, 0, 0);
    // At the end of December 2024, U1 has January 1925 open.
    assertThat(result.observedMonths().get(1199).unitsByState())
        .containsExactly(299_999, 1, 0, 0, 0, 0, 0);
    ScenarioSpec forecast = result.forecast(12);
    assertThat(forecast.cohorts()).extracting(Cohort::id).containsExactly("bill-120.00");
    assertThat(forecast.cohorts().get(0).initialArrears())
        .containsExactly(299_999, 1, 0, 0, 0, 0, 0);
  }
}
