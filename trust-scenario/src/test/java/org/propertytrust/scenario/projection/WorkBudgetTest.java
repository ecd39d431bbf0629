package org.propertytrust.scenario.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Percent;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * Work and memory beyond the budget are refused before any work starts, with a message naming the
 * product; without the budget each of these would run for hours or run out of memory.
 */
class WorkBudgetTest {
  private static ScenarioSpec cohorts(int count, int months, RollRates rates) {
    List<Cohort> list = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      list.add(Cohort.ofBill("c" + c, 100, Specs.cny("100.00")));
    }
    return ScenarioSpec.builder()
        .name("many")
        .start(YearMonth.of(2025, 1))
        .months(months)
        .rollRates(rates)
        .addAllCohorts(list)
        .remuneration(RemunerationTerms.percentOfCollected(Percent.of(10)))
        .build();
  }

  private static RollRates twoStates() {
    return RollRates.of(new double[][] {{0.9, 0.1}, {0.6, 0.4}});
  }

  @Test
  void aPassCostsItsMonthsTimesTheMovesAndStatesOfEveryCohort() {
    // 2 states, 4 possible moves, no prepaid state: 6 steps per cohort and month.
    assertThat(WorkBudget.passSteps(cohorts(3, 12, twoStates()))).isEqualTo(12 * 3 * 6);
    // Row 0 of this matrix has one move only.
    RollRates sure = RollRates.of(new double[][] {{1, 0}, {0.6, 0.4}});
    assertThat(WorkBudget.passSteps(cohorts(1, 10, sure))).isEqualTo(10 * (3 + 2));
  }

  @Test
  void tenThousandCohortsOverACenturyAreRefusedBeforeAnyRun() {
    ScenarioSpec spec = cohorts(10_000, 1200, twoStates());
    // 1,000 runs x 1,200 months x 10,000 x 6 = 7.2e10 steps: hours of work.
    assertThatThrownBy(() -> MonteCarlo.simulate(spec, SimulationOptions.of(1000, 1)))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith(
            "scenario many is too much work: 1,000 runs × 1,200 months × 60,000 cohort-state moves"
                + " a month = 7.2e+10 steps, above the budget of 1e+10 steps; use at most 138"
                + " runs, or fewer months");
    // The expected values alone are 7.2e7 steps: done at once.
    assertThat(ExpectedProjection.project(spec).months()).hasSize(1200);
  }

  @Test
  void aMillionRunsOfTheExampleOverACenturyAreRefused() {
    // Three cohorts: 34 possible moves each (rows of 2, 3, 4, 5, 6, 7 and 7) and 7 + 12 states
    // (a year of prepayment): 3 x (34 + 19) = 159 steps a month, for each of 3 scenarios.
    ScenarioSpec example = ImmutableScenarioSpec.copyOf(Scenarios.example()).withMonths(1200);
    assertThatThrownBy(() -> Scenarios.compare(example, SimulationOptions.of(200_000, 7)))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith(
            "scenario sunny-garden is too much work: 200,001 passes (runs + 1) × 1,200 months ×"
                + " 159 cohort-state moves a month × 3 scenarios = 1.1e+11 steps, above the budget"
                + " of 1e+10 steps; use at most 17,469 runs");
  }

  @Test
  void denseMatricesOverManyCohortsAreRefusedEvenForTheExpectedValues() {
    // K = 120, every possible move likely: rows of 2, 3, ..., 121 moves and the cap's 121, so
    // 7,380 + 121 = 7,501 moves and 121 states per cohort.
    int states = 121;
    double[][] rows = new double[states][states];
    for (int k = 0; k < states; k++) {
      int top = k == states - 1 ? k : k + 1;
      for (int j = 0; j <= top; j++) {
        rows[k][j] = 1.0 / (top + 1);
      }
    }
    ScenarioSpec spec = cohorts(2_000, 1200, RollRates.of(rows));
    assertThat(WorkBudget.passSteps(spec)).isEqualTo(1200L * 2_000 * (7_501 + 121));
    assertThatThrownBy(() -> ExpectedProjection.project(spec))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith(
            "scenario many is too much work: 1,200 months × 15,244,000 cohort-state moves a month"
                + " = 1.8e+10 steps");
  }

  @Test
  void aMillionRunsOfAHundredAndFiftyCohortsAreRefusedForTheirMemory() {
    // 150 cohorts x 7 states (K = 6): the runs' counts alone would be 8.4 GB.
    List<Cohort> list = new ArrayList<>();
    for (int c = 0; c < 150; c++) {
      list.add(Cohort.ofBill("c" + c, 100, Specs.cny("100.00")));
    }
    ScenarioSpec spec =
        ImmutableScenarioSpec.copyOf(Scenarios.example())
            .withMonths(1)
            .withCohorts(list)
            .withPrepayment(java.util.Optional.empty())
            .withVariants();
    assertThat(WorkBudget.memoryBytes(spec, 1_000_000))
        .isGreaterThan(1_000_000L * 150 * 7 * Double.BYTES);
    assertThatThrownBy(() -> MonteCarlo.simulate(spec, SimulationOptions.of(1_000_000, 1)))
        .isInstanceOf(TrustException.class)
        // 8 x (150 x 7 + 24) + 96 = 8,688 bytes a run (21 figures, cash, scratch and the stream
        // reference are the 24): 8,688,000,000 bytes, 8,286 MB
        .hasMessageStartingWith(
            "scenario sunny-garden: 1,000,000 runs × 150 cohorts × 7 states need about 8,286 MB")
        .hasMessageContaining("use at most");
  }
}
