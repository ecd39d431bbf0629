package org.propertytrust.scenario.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.projection.ExpectedProjection;
import org.propertytrust.scenario.projection.MonthFigures;
import org.propertytrust.scenario.projection.Projection;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * Calibration against ground truth: a book written from a known model is calibrated, the matrix
 * recovered within four standard errors, and the calibrated model projected from the book's first
 * state reproduces the observed rates within their sampling error.
 */
class SyntheticCalibrationTest {
  private static final RollRates TRUTH =
      RollRates.of(
          new double[][] {
            {0.86, 0.14, 0, 0},
            {0.50, 0.20, 0.30, 0},
            {0.30, 0.10, 0.15, 0.45},
            {0.15, 0.05, 0.10, 0.70},
          });

  private static final int UNITS = 2000;
  private static ScenarioSpec spec;
  private static TrustBook book;
  private static CalibrationResult result;

  private static Money cny(String amount) {
    return Amounts.parse(amount, Amounts.CNY);
  }

  @BeforeAll
  static void writeAndCalibrate() {
    spec =
        ScenarioSpec.builder()
            .name("synthetic")
            .start(YearMonth.of(2023, 1))
            .months(36)
            .allocation(AllocationPolicy.OLDEST_FIRST)
            .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.60", 15))
            .addFee(Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "12.00", 15))
            .rollRates(TRUTH)
            .addCohort(Cohort.ofArea("tower", 1200, "88.50"))
            .addCohort(
                Cohort.builder()
                    .id("court")
                    .units(800)
                    .areaM2(new java.math.BigDecimal("120.00"))
                    .addInitialArrears(500, 150, 100, 50)
                    .build())
            .prepayment(Prepayment.of(0.03, 6))
            .addPublicRevenue(MonthlyAmount.of("parking", cny("8000.00")))
            .addSpending(MonthlyAmount.of("cleaning", cny("150000.00")))
            .openingCash(cny("50000.00"))
            .remuneration(RemunerationTerms.percentOfCollected(Percent.of(8)))
            .build();
    book = SyntheticBooks.generate(spec, 20240601L);
    result = Calibration.fromBook(book, CalibrationOptions.builder().maxState(3).build());
  }

  @Test
  void theBookIsTheModelEntryByEntry() {
    assertThat(book.units()).hasSize(UNITS);
    // The same spec and seed give the same book (checked on a smaller one).
    ScenarioSpec small =
        org.propertytrust.scenario.spec.ImmutableScenarioSpec.copyOf(spec)
            .withMonths(6)
            .withCohorts(Cohort.ofArea("tower", 40, "88.50"));
    assertThat(SyntheticBooks.generate(small, 7).entries())
        .isEqualTo(SyntheticBooks.generate(small, 7).entries())
        .isNotEqualTo(SyntheticBooks.generate(small, 8).entries());
    // Every entry balances; the receivable left open is exactly the units' open months.
    assertThat(book.entries()).allMatch(e -> e.isBalanced());
    ObservedMonth last = result.observedMonths().get(35);
    Money open = book.ledger().balance(Account.RECEIVABLE);
    long openMonths = 0;
    for (int s = 1; s <= 3; s++) {
      openMonths += (long) s * last.unitsByState().get(s);
    }
    // tower units bill 1.60 x 88.50 + 12.00 = 153.60, court units 204.00: bounded by both
    assertThat(open.getAmount().doubleValue())
        .isBetween(openMonths * 153.60 - 0.001, openMonths * 204.00 + 0.001);
    // The first month bills every unit its fees.
    assertThat(result.observedMonths().get(0).billed())
        .isEqualTo(cny("153.60").multipliedBy(1200).plus(cny("204.00").multipliedBy(800)));
  }

  @Test
  void calibrationRecoversTheMatrixWithinFourStandardErrors() {
    assertThat(result.fallbackRows()).isEmpty();
    assertThat(result.irregularMoves()).isZero();
    assertThat(result.unbilledUnitMonths()).isZero();
    for (int k = 0; k <= 3; k++) {
      long n = result.counts().rowTotal(k);
      assertThat(n).as("observations of row %s", k).isGreaterThan(1000);
      for (int j = 0; j <= 3; j++) {
        double p = TRUTH.probability(k, j);
        double standardError = Math.sqrt(p * (1 - p) / n);
        assertThat(result.rollRates().probability(k, j))
            .as("p(%s -> %s) from %s observations", k, j, n)
            .isCloseTo(p, org.assertj.core.data.Offset.offset(4 * standardError + 1e-12));
      }
    }
    double q = 0.03;
    long chances = result.prepaymentOpportunities();
    assertThat(result.prepayment().orElseThrow().probability())
        .isCloseTo(q, org.assertj.core.data.Offset.offset(4 * Math.sqrt(q * (1 - q) / chances)));
    assertThat(result.prepayment().orElseThrow().months()).isEqualTo(6);
  }

  @Test
  void theCalibratedModelReproducesTheObservedRates() {
    ScenarioSpec backtest = result.backtest();
    assertThat(backtest.start()).isEqualTo(spec.start());
    assertThat(backtest.totalUnits()).isEqualTo(UNITS);
    // Two bills, so two cohorts; the court starts with its arrears.
    assertThat(backtest.cohorts())
        .extracting(Cohort::id)
        .containsExactly("bill-153.60", "bill-204.00");
    assertThat(backtest.cohorts().get(1).initialArrears()).containsExactly(500, 150, 100, 50);
    assertThat(backtest.openingCash()).isEqualTo(cny("50000.00"));
    assertThat(backtest.publicRevenueMonthly()).isEqualTo(cny("8000.00"));
    assertThat(backtest.spendingMonthly()).isEqualTo(cny("150000.00"));
    Projection projection = ExpectedProjection.project(backtest);
    // One unit's share of a month's collections is at most its bill over all bills; the
    // observed rate's standard deviation is below 1 / (2 sqrt(N)) times the largest bill over
    // the mean bill.
    double sigma = 1 / (2 * Math.sqrt(UNITS)) * (204.00 / ((1200 * 153.60 + 800 * 204.00) / UNITS));
    for (int t = 0; t < 36; t++) {
      ObservedMonth observed = result.observedMonths().get(t);
      MonthFigures projected = projection.months().get(t);
      assertThat(projected.billed()).isEqualTo(observed.billed());
      assertThat(projected.currentRate().orElseThrow().doubleValue())
          .as("current rate of %s", observed.month())
          .isCloseTo(
              observed.currentRate().orElseThrow().doubleValue(),
              org.assertj.core.data.Offset.offset(4 * sigma));
      assertThat(projected.combinedRate().orElseThrow().doubleValue())
          .as("combined rate of %s", observed.month())
          .isCloseTo(
              observed.combinedRate().orElseThrow().doubleValue(),
              org.assertj.core.data.Offset.offset(4 * sigma));
    }
  }

  @Test
  void onlyAreaCohortsAndTrustRemunerationCanBeWritten() {
    assertThatThrownBy(() -> SyntheticBooks.generate(Scenarios.example(), 1))
        .isInstanceOf(TrustException.class)
        .hasMessage("cohort villas must be billed by area for a synthetic book");
    ScenarioSpec lumpSum =
        org.propertytrust.scenario.spec.ImmutableScenarioSpec.copyOf(spec)
            .withRemuneration(RemunerationTerms.lumpSum());
    assertThatThrownBy(() -> SyntheticBooks.generate(lumpSum, 1))
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("lump-sum");
    assertThat(List.of(spec.cohorts().get(0).id())).containsExactly("tower");
  }
}
