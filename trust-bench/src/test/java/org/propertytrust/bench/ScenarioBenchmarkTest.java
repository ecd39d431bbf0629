package org.propertytrust.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ScenarioSpec;

/** The scenario benchmark measures the community it says: the example at the size asked. */
class ScenarioBenchmarkTest {
  @Test
  void theExampleIsScaledToTheUnitsAskedInTheSameProportions() {
    ScenarioSpec example = Scenarios.example();
    for (int units : new int[] {10_000, 1_000_000}) {
      ScenarioSpec scaled = ScenarioBenchmark.scaled(example, units, 120);
      assertThat(scaled.months()).isEqualTo(120);
      assertThat(scaled.cohorts().stream().mapToLong(Cohort::units).sum()).isEqualTo(units);
      // the example has 600 units: towers 360, old blocks 180, villas 60
      assertThat(scaled.cohorts().get(0).units()).isEqualTo(units * 360 / 600);
      assertThat(scaled.cohorts().get(1).units()).isEqualTo(units * 180 / 600);
      for (Cohort cohort : scaled.cohorts()) {
        long counted =
            cohort.initialArrears().stream().mapToLong(Integer::longValue).sum()
                + cohort.initialPrepaid().stream().mapToLong(Integer::longValue).sum();
        if (!cohort.initialArrears().isEmpty()) {
          assertThat(counted).as(cohort.id()).isEqualTo(cohort.units());
        }
      }
      // spending grows with the community: 90,000.00 of staff a month for 600 units
      assertThat(scaled.spending().get(0).monthly().getAmount())
          .isEqualByComparingTo(
              new java.math.BigDecimal("90000.00")
                  .multiply(java.math.BigDecimal.valueOf(units))
                  .divide(java.math.BigDecimal.valueOf(600)));
    }
  }
}
