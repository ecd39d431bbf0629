package org.propertytrust.scenario.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propertytrust.scenario.spec.ScenarioSpec;

class MonteCarloTest {
  private static final ScenarioSpec SPEC = Specs.community(24);

  @Test
  void theSameSeedGivesTheSameSimulation() {
    Simulation a = MonteCarlo.simulate(SPEC, options(300, 11, 1));
    Simulation b = MonteCarlo.simulate(SPEC, options(300, 11, 1));
    assertThat(a).isEqualTo(b);
    Simulation other = MonteCarlo.simulate(SPEC, options(300, 12, 1));
    assertThat(other.month(24).band(Figure.CLOSING_CASH))
        .isNotEqualTo(a.month(24).band(Figure.CLOSING_CASH));
  }

  @Test
  void theResultDoesNotDependOnParallelism() {
    Simulation one = MonteCarlo.simulate(SPEC, options(700, 5, 1));
    Simulation two = MonteCarlo.simulate(SPEC, options(700, 5, 2));
    Simulation seven = MonteCarlo.simulate(SPEC, options(700, 5, 7));
    assertThat(two).isEqualTo(one);
    assertThat(seven).isEqualTo(one);
  }

  @Test
  void bandsAreNearestRankPercentilesOfTheReplayedRuns() {
    int runs = 40;
    Simulation sim = MonteCarlo.simulate(SPEC, options(runs, 77, 3));
    List<Projection> paths = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      paths.add(MonteCarlo.path(SPEC, 77, r));
    }
    for (int month : new int[] {1, 12, 24}) {
      for (Figure figure :
          List.of(Figure.COLLECTED, Figure.CLOSING_CASH, Figure.CURRENT_RATE, Figure.WRITTEN_OFF)) {
        BigDecimal[] values = new BigDecimal[runs];
        for (int r = 0; r < runs; r++) {
          values[r] = paths.get(r).month(month).value(figure).orElseThrow();
        }
        Arrays.sort(values);
        Band band = sim.month(month).band(figure).orElseThrow();
        // 40 runs: P5 is rank ceil(2) = 2, P50 rank 20, P95 rank 38.
        assertThat(band.p5()).as("%s P5 month %s", figure, month).isEqualTo(values[1]);
        assertThat(band.p50()).as("%s P50 month %s", figure, month).isEqualTo(values[19]);
        assertThat(band.p95()).as("%s P95 month %s", figure, month).isEqualTo(values[37]);
      }
    }
  }

  @Test
  void meansConvergeToTheExpectedValuesWithinTheirStandardErrors() {
    int runs = 4000;
    Simulation sim = MonteCarlo.simulate(SPEC, SimulationOptions.of(runs, 2024));
    Projection expected = ExpectedProjection.project(SPEC);
    List<Figure> linear =
        List.of(
            Figure.COLLECTED_CURRENT,
            Figure.ARREARS_RECOVERED,
            Figure.WRITTEN_OFF,
            Figure.PREPAYMENTS_RECEIVED,
            Figure.PREPAYMENTS_APPLIED,
            Figure.CLOSING_ARREARS,
            Figure.REMUNERATION,
            Figure.CLOSING_CASH,
            // billed is fixed, so the mean current rate is E[collectedCurrent] / billed
            Figure.CURRENT_RATE,
            Figure.HOUSEHOLD_RATE);
    for (int month = 1; month <= SPEC.months(); month++) {
      for (Figure figure : linear) {
        Band band = sim.month(month).band(figure).orElseThrow();
        double mean = band.mean().doubleValue();
        double standardError = band.standardDeviation().doubleValue() / Math.sqrt(runs);
        double ev = expected.month(month).value(figure).orElseThrow().doubleValue();
        // Four standard errors, plus the rounding of the reported figures.
        double tolerance = 4 * standardError + (figure.isRate() ? 1e-4 : 0.03);
        assertThat(mean).as("%s in month %s", figure, month).isCloseTo(ev, within(tolerance));
      }
    }
  }

  @Test
  void oneRunIsExactInWholeCentsAndReplayable() {
    Projection path = MonteCarlo.path(SPEC, 9, 3);
    assertThat(path).isEqualTo(MonteCarlo.path(SPEC, 9, 3));
    Simulation single = MonteCarlo.simulate(SPEC, options(4, 9, 2));
    for (MonthFigures month : path.months()) {
      // the remuneration is 10% of whole cents, rounded HALF_UP to a cent
      BigDecimal tenth =
          month.collected().getAmount().divide(BigDecimal.TEN, 2, java.math.RoundingMode.HALF_UP);
      assertThat(month.remuneration().getAmount()).isEqualByComparingTo(tenth);
      // units are whole
      for (BigDecimal units : month.unitsByState()) {
        assertThat(units.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
      }
    }
    // run 3 of a 4-run simulation is the same path: it lies within every band
    for (MonthBands bands : single.months()) {
      BigDecimal cash = path.month(bands.index()).closingCash().getAmount();
      Band band = bands.band(Figure.CLOSING_CASH).orElseThrow();
      assertThat(cash).isBetween(band.p5(), band.p95());
    }
  }

  private static SimulationOptions options(int runs, long seed, int parallelism) {
    return SimulationOptions.builder().runs(runs).seed(seed).parallelism(parallelism).build();
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }
}
