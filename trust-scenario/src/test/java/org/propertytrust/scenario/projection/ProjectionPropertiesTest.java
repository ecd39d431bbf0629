package org.propertytrust.scenario.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.scenario.ScenarioArbitraries;
import org.propertytrust.scenario.spec.RemunerationScheme;
import org.propertytrust.scenario.spec.ScenarioSpec;
import org.quicktheories.generators.Generate;

/**
 * The laws every month of every projection obeys, for the expected values and for single Monte
 * Carlo runs of random scenarios.
 */
class ProjectionPropertiesTest {
  @Test
  void expectedProjectionsObeyTheLaws() {
    qt(300)
        .forAll(ScenarioArbitraries.scenarios(500))
        .checkAssert(spec -> laws(spec, ExpectedProjection.project(spec), false));
  }

  @Test
  void monteCarloRunsObeyTheLawsExactly() {
    qt(300)
        .forAll(ScenarioArbitraries.scenarios(500), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((spec, seed) -> laws(spec, MonteCarlo.path(spec, seed, 0), true));
  }

  @Test
  void reportedBalancesStayWithinCentsOfTheExactExpectation() {
    qt(200)
        .forAll(ScenarioArbitraries.scenarios(5000))
        .checkAssert(
            spec -> {
              CompiledScenario sc = new CompiledScenario(spec);
              List<MonthFlows> exact = ExpectedProjection.flows(sc);
              Projection reported = ExpectedProjection.project(spec);
              for (int t = 0; t < spec.months(); t++) {
                MonthFigures month = reported.months().get(t);
                MonthFlows f = exact.get(t);
                assertThat((double) minor(month.closingCash())).isCloseTo(f.closingCash, offset(3));
                assertThat((double) minor(month.closingArrears()))
                    .isCloseTo(f.closingArrears, offset(3));
                assertThat((double) minor(month.closingPrepaid()))
                    .isCloseTo(f.closingPrepaid, offset(3));
                assertThat((double) minor(month.collected())).isCloseTo(f.collected(), offset(2));
              }
            });
  }

  private static void laws(ScenarioSpec spec, Projection p, boolean exact) {
    boolean lumpSum = spec.remuneration().scheme() == RemunerationScheme.LUMP_SUM;
    Money cash = spec.openingCash();
    Money arrears = null;
    for (MonthFigures m : p.months()) {
      // collected <= billed + opening arrears
      assertThat(m.collected().isGreaterThan(m.billed().plus(m.openingArrears())))
          .as(
              "month %s collected %s, billed %s, opening arrears %s",
              m.index(), m.collected(), m.billed(), m.openingArrears())
          .isFalse();
      assertThat(m.collectedCurrent().isGreaterThan(m.billed())).isFalse();
      // cash is conserved and carried forward
      assertThat(m.openingCash()).isEqualTo(cash);
      Money expected =
          lumpSum
              ? m.openingCash().plus(m.publicRevenue())
              : m.openingCash()
                  .plus(m.collected())
                  .minus(m.prepaymentsApplied())
                  .plus(m.prepaymentsReceived())
                  .plus(m.publicRevenue())
                  .minus(m.spending())
                  .minus(m.remuneration());
      assertThat(m.closingCash()).as("cash of month %s", m.index()).isEqualTo(expected);
      cash = m.closingCash();
      // arrears carried forward, never negative, and equal to the sum by state
      if (arrears != null) {
        assertThat(m.openingArrears()).isEqualTo(arrears);
      }
      arrears = m.closingArrears();
      assertThat(arrears.isNegative()).isFalse();
      assertThat(m.closingPrepaid().isNegative()).isFalse();
      Money byState = Money.total(m.arrearsByState());
      long tolerance = exact ? 0 : spec.maxState() + 3;
      assertThat(Math.abs(minor(byState) - minor(arrears))).isLessThanOrEqualTo(tolerance);
      // rates in [0, 1]
      for (Optional<BigDecimal> rate :
          List.of(m.currentRate(), m.combinedRate(), m.householdRate())) {
        rate.ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      }
      // units are conserved
      BigDecimal units = BigDecimal.ZERO;
      for (BigDecimal n : m.unitsByState()) {
        assertThat(n.signum()).isGreaterThanOrEqualTo(0);
        units = units.add(n);
      }
      for (BigDecimal n : m.prepaidUnits()) {
        units = units.add(n);
      }
      assertThat(units.doubleValue())
          .isCloseTo((double) spec.totalUnits(), offset(exact ? 0 : 1e-3 * (spec.maxState() + 13)));
      // non-negative flows
      for (Money flow :
          List.of(
              m.billed(),
              m.collectedCurrent(),
              m.arrearsRecovered(),
              m.writtenOff(),
              m.prepaymentsReceived(),
              m.prepaymentsApplied(),
              m.remuneration())) {
        assertThat(flow.isNegative()).isFalse();
      }
    }
  }

  private static long minor(Money money) {
    return money.getAmountMinorLong();
  }

  private static org.assertj.core.data.Offset<Double> offset(double value) {
    return org.assertj.core.data.Offset.offset(value);
  }
}
