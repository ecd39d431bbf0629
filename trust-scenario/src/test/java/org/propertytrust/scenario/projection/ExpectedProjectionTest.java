package org.propertytrust.scenario.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * Projections computed by hand (docs/scenarios.md, "A worked example"): two states, 100 units
 * billed 200.00 a month, current units pay with probability 0.9, units one month behind pay up with
 * probability 0.6 and otherwise miss (and, at the cap, have their oldest bill written off).
 */
class ExpectedProjectionTest {
  static Money cny(String amount) {
    return Amounts.parseSigned(amount, Amounts.CNY);
  }

  static ImmutableScenarioSpec twoStates() {
    return ScenarioSpec.builder()
        .name("worked-example")
        .start(YearMonth.of(2025, 1))
        .months(3)
        .rollRates(RollRates.of(new double[][] {{0.9, 0.1}, {0.6, 0.4}}))
        .addCohort(Cohort.ofBill("all", 100, cny("200.00")))
        .addPublicRevenue(MonthlyAmount.of("parking", cny("1000.00")))
        .addSpending(MonthlyAmount.of("services", cny("15000.00")))
        .openingCash(cny("5000.00"))
        .remuneration(RemunerationTerms.percentOfCollected(Percent.of(10)))
        .build();
  }

  private static Optional<BigDecimal> rate(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void theWorkedExampleMonthByMonth() {
    Projection p = ExpectedProjection.project(twoStates());

    MonthFigures jan = p.month(1);
    assertThat(jan.month()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(jan.billed()).isEqualTo(cny("20000.00"));
    assertThat(jan.openingArrears()).isEqualTo(cny("0.00"));
    assertThat(jan.collectedCurrent()).isEqualTo(cny("18000.00"));
    assertThat(jan.arrearsRecovered()).isEqualTo(cny("0.00"));
    assertThat(jan.writtenOff()).isEqualTo(cny("0.00"));
    assertThat(jan.closingArrears()).isEqualTo(cny("2000.00"));
    assertThat(jan.currentRate()).isEqualTo(rate("0.9000"));
    assertThat(jan.combinedRate()).isEqualTo(rate("0.9000"));
    assertThat(jan.householdRate()).isEqualTo(rate("0.9000"));
    assertThat(jan.remuneration()).isEqualTo(cny("1800.00"));
    assertThat(jan.ownersSurplus()).isEqualTo(cny("2200.00"));
    assertThat(jan.closingCash()).isEqualTo(cny("7200.00"));
    assertThat(jan.unitsByState())
        .containsExactly(new BigDecimal("90.0000"), new BigDecimal("10.0000"));
    assertThat(jan.arrearsByState()).containsExactly(cny("0.00"), cny("2000.00"));

    MonthFigures feb = p.month(2);
    assertThat(feb.openingArrears()).isEqualTo(cny("2000.00"));
    assertThat(feb.collectedCurrent()).isEqualTo(cny("17400.00"));
    assertThat(feb.arrearsRecovered()).isEqualTo(cny("1200.00"));
    assertThat(feb.collected()).isEqualTo(cny("18600.00"));
    assertThat(feb.writtenOff()).isEqualTo(cny("800.00"));
    assertThat(feb.closingArrears()).isEqualTo(cny("2600.00"));
    assertThat(feb.currentRate()).isEqualTo(rate("0.8700"));
    assertThat(feb.combinedRate()).isEqualTo(rate("0.8455"));
    assertThat(feb.householdRate()).isEqualTo(rate("0.8700"));
    assertThat(feb.remuneration()).isEqualTo(cny("1860.00"));
    assertThat(feb.ownersSurplus()).isEqualTo(cny("2740.00"));
    assertThat(feb.openingCash()).isEqualTo(cny("7200.00"));
    assertThat(feb.closingCash()).isEqualTo(cny("9940.00"));

    MonthFigures mar = p.month(3);
    assertThat(mar.collectedCurrent()).isEqualTo(cny("17220.00"));
    assertThat(mar.arrearsRecovered()).isEqualTo(cny("1560.00"));
    assertThat(mar.writtenOff()).isEqualTo(cny("1040.00"));
    assertThat(mar.closingArrears()).isEqualTo(cny("2780.00"));
    assertThat(mar.currentRate()).isEqualTo(rate("0.8610"));
    assertThat(mar.combinedRate()).isEqualTo(rate("0.8310"));
    assertThat(mar.remuneration()).isEqualTo(cny("1878.00"));
    assertThat(mar.closingCash()).isEqualTo(cny("12842.00"));
    assertThat(mar.unitsByState())
        .containsExactly(new BigDecimal("86.1000"), new BigDecimal("13.9000"));
  }

  @Test
  void aFixedRemunerationAndTheLumpSumModelOnTheSameCommunity() {
    Projection fixed =
        ExpectedProjection.project(
            twoStates().withRemuneration(RemunerationTerms.fixedMonthly(cny("1500.00"))));
    // Feb: 18,600 collected + 1,000 public - 15,000 spending - 1,500 remuneration = 3,100.
    assertThat(fixed.month(2).remuneration()).isEqualTo(cny("1500.00"));
    assertThat(fixed.month(2).trusteeResult()).isEqualTo(cny("1500.00"));
    assertThat(fixed.month(2).ownersSurplus()).isEqualTo(cny("3100.00"));
    // Cash: 5,000 + (18,000 + 1,000 - 15,000 - 1,500) + 3,100 = 10,600.
    assertThat(fixed.month(2).closingCash()).isEqualTo(cny("10600.00"));

    Projection lump =
        ExpectedProjection.project(twoStates().withRemuneration(RemunerationTerms.lumpSum()));
    // The company keeps 18,600 and pays 15,000: it earns 3,600; the owners get only parking.
    assertThat(lump.month(2).remuneration()).isEqualTo(cny("0.00"));
    assertThat(lump.month(2).trusteeResult()).isEqualTo(cny("3600.00"));
    assertThat(lump.month(2).ownersSurplus()).isEqualTo(cny("1000.00"));
    assertThat(lump.month(2).closingCash()).isEqualTo(cny("7000.00"));
    // Collections do not depend on how the company is paid.
    assertThat(lump.month(2).collected()).isEqualTo(fixed.month(2).collected());
  }

  @Test
  void prepaymentIsReceivedThenAppliedMonthByMonth() {
    // 10% of the units that end a month current pay two months ahead.
    Projection p = ExpectedProjection.project(twoStates().withPrepayment(Prepayment.of(0.1, 2)));
    MonthFigures jan = p.month(1);
    // 90 end January current; 9 of them prepay 2 x 200.00.
    assertThat(jan.collectedCurrent()).isEqualTo(cny("18000.00"));
    assertThat(jan.prepaymentsReceived()).isEqualTo(cny("3600.00"));
    assertThat(jan.closingPrepaid()).isEqualTo(cny("3600.00"));
    assertThat(jan.prepaidUnits())
        .containsExactly(new BigDecimal("0.0000"), new BigDecimal("9.0000"));
    assertThat(jan.unitsByState())
        .containsExactly(new BigDecimal("81.0000"), new BigDecimal("10.0000"));
    // Cash takes the prepayment: 5,000 + 18,000 + 3,600 + 1,000 - 15,000 - 1,800.
    assertThat(jan.closingCash()).isEqualTo(cny("10800.00"));

    MonthFigures feb = p.month(2);
    // The 9 prepaid units have February taken from their prepayment (9 x 200 = 1,800);
    // of the 81 current, 72.9 pay and 8.1 miss; of the 10 behind, 6 pay up and 4 miss.
    assertThat(feb.prepaymentsApplied()).isEqualTo(cny("1800.00"));
    assertThat(feb.collectedCurrent()).isEqualTo(cny("17580.00"));
    assertThat(feb.arrearsRecovered()).isEqualTo(cny("1200.00"));
    assertThat(feb.householdRate()).isEqualTo(rate("0.8790"));
    // 72.9 + 6 = 78.9 end current and 7.89 of them prepay: 7.89 x 2 x 200 = 3,156.
    assertThat(feb.prepaymentsReceived()).isEqualTo(cny("3156.00"));
    assertThat(feb.closingPrepaid()).isEqualTo(cny("4956.00"));
    assertThat(feb.prepaidUnits())
        .containsExactly(new BigDecimal("9.0000"), new BigDecimal("7.8900"));
    // Remuneration counts the prepayment when applied: 10% of 18,780.
    assertThat(feb.remuneration()).isEqualTo(cny("1878.00"));
  }

  @Test
  void areaCohortsAreBilledByTheFeeSchedule() {
    ScenarioSpec spec =
        twoStates()
            .withFees(
                Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15),
                Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 15))
            .withCohorts(Cohort.ofArea("c", 10, "120.50"));
    // 1.50 x 120.50 = 180.75, plus 20.00: 200.75 per unit, 2,007.50 for ten.
    assertThat(spec.monthlyBill(spec.cohorts().get(0))).isEqualTo(cny("200.75"));
    assertThat(ExpectedProjection.project(spec).month(1).billed()).isEqualTo(cny("2007.50"));
  }

  @Test
  void samePeriodFirstMovesAPartialPaymentToTheMonthsOwnBill() {
    // Three states; from state 1 a unit pays one bill (stays at 1) with probability 1.
    RollRates rates = RollRates.of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    ImmutableScenarioSpec base =
        ScenarioSpec.builder()
            .name("partial")
            .start(YearMonth.of(2025, 1))
            .months(1)
            .rollRates(rates)
            .addCohort(
                Cohort.builder()
                    .id("behind")
                    .units(10)
                    .monthlyBill(cny("100.00"))
                    .addInitialArrears(0, 10, 0)
                    .build())
            .remuneration(RemunerationTerms.lumpSum())
            .build();
    MonthFigures oldest = ExpectedProjection.project(base).month(1);
    assertThat(oldest.collectedCurrent()).isEqualTo(cny("0.00"));
    assertThat(oldest.arrearsRecovered()).isEqualTo(cny("1000.00"));
    assertThat(oldest.currentRate()).isEqualTo(rate("0.0000"));
    assertThat(oldest.combinedRate()).isEqualTo(rate("0.5000"));
    MonthFigures same =
        ExpectedProjection.project(base.withAllocation(AllocationPolicy.SAME_PERIOD_FIRST))
            .month(1);
    assertThat(same.collectedCurrent()).isEqualTo(cny("1000.00"));
    assertThat(same.arrearsRecovered()).isEqualTo(cny("0.00"));
    assertThat(same.currentRate()).isEqualTo(rate("1.0000"));
    assertThat(same.combinedRate()).isEqualTo(rate("0.5000"));
  }
}
