package org.propertytrust.scenario.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;

class RollRatesTest {
  @Test
  void aValidMatrixKeepsItsRows() {
    RollRates rates =
        RollRates.of(new double[][] {{0.9, 0.1, 0}, {0.5, 0.3, 0.2}, {0.2, 0.1, 0.7}});
    assertThat(rates.maxState()).isEqualTo(2);
    assertThat(rates.states()).isEqualTo(3);
    assertThat(rates.probability(1, 2)).isEqualTo(0.2);
    assertThat(rates.toLists().get(2)).containsExactly(0.2, 0.1, 0.7);
    assertThat(rates).isEqualTo(RollRates.of(rates.toLists()));
  }

  @Test
  void aRowThatDoesNotSumToOneIsNamed() {
    assertThatThrownBy(() -> RollRates.of(new double[][] {{0.9, 0.1}, {0.5, 0.45}}))
        .isInstanceOf(TrustException.class)
        .hasMessage("roll-rate row 1 must sum to 1, not 0.95: [0.5, 0.45]");
  }

  @Test
  void aRowWithinTheToleranceIsAccepted() {
    RollRates rates = RollRates.of(new double[][] {{0.9, 0.1 + 1e-12}, {0.5, 0.5}});
    assertThat(rates.probability(0, 0) + rates.probability(0, 1)).isEqualTo(1.0);
  }

  @Test
  void everyProblemIsReportedWithItsStates() {
    assertThatThrownBy(
            () -> RollRates.of(new double[][] {{0.8, 0.1, 0.1}, {-0.1, 0.6, 0.5}, {0.5, 0.5}}))
        .isInstanceOf(TrustException.class)
        .satisfies(
            e ->
                assertThat(((TrustException) e).problems())
                    .containsExactly(
                        "roll rate 0 -> 2 must be 0 (after its bill a unit in state 0 owes at"
                            + " most 1 months): 0.1",
                        "roll rate 1 -> 0 must lie between 0 and 1: -0.1",
                        "roll-rate row 2 must have 3 probabilities (states 0..2), not 2: [0.5,"
                            + " 0.5]"));
  }

  @Test
  void sizeIsChecked() {
    assertThatThrownBy(() -> RollRates.of(new double[][] {{1}}))
        .isInstanceOf(TrustException.class)
        .hasMessage("a roll-rate matrix must have 2 to 121 states (0..K), not 1");
    assertThatThrownBy(() -> RollRates.of(new double[][] {{Double.NaN, 1}, {0.5, 0.5}}))
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("roll rate 0 -> 0 must lie between 0 and 1: NaN");
  }

  @Test
  void uniformBuildsTheThreeWayMatrix() {
    double[][] expected = {
      {0.7, 0.3, 0, 0},
      {0.6, 0.1, 0.3, 0},
      {0.6, 0, 0.1, 0.3},
      {0.6, 0, 0, 0.4},
    };
    double[][] actual = RollRates.uniform(3, 0.6, 0.1).toArray();
    for (int k = 0; k < 4; k++) {
      for (int j = 0; j < 4; j++) {
        assertThat(actual[k][j]).as("%s -> %s", k, j).isCloseTo(expected[k][j], within(1e-15));
      }
    }
  }

  @Test
  void blendIsTheConvexCombination() {
    RollRates poor = RollRates.of(new double[][] {{0.6, 0.4}, {0.2, 0.8}});
    RollRates good = RollRates.of(new double[][] {{1.0, 0.0}, {0.6, 0.4}});
    RollRates half = poor.blend(good, 0.5);
    assertThat(half.probability(0, 0)).isCloseTo(0.8, within(1e-15));
    assertThat(half.probability(0, 1)).isCloseTo(0.2, within(1e-15));
    assertThat(half.probability(1, 0)).isCloseTo(0.4, within(1e-15));
    assertThat(half.probability(1, 1)).isCloseTo(0.6, within(1e-15));
    assertThatThrownBy(() -> poor.blend(RollRates.uniform(2, 0.5, 0.1), 0.5))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot blend roll rates over 2 states with roll rates over 3 states");
  }
}
