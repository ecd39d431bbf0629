package org.propertytrust.scenario.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.quicktheories.generators.Generate;

class PercentilesTest {
  @Test
  void nearestRankOfTwentyValues() {
    double[] values = new double[20];
    for (int i = 0; i < 20; i++) {
      values[i] = 20 - i; // 20, 19, ..., 1
    }
    // ranks ceil(0.05 * 20) = 1, ceil(0.5 * 20) = 10, ceil(0.95 * 20) = 19
    assertThat(Percentiles.nearestRank(values, 5)).isEqualTo(1);
    assertThat(Percentiles.nearestRank(values, 50)).isEqualTo(10);
    assertThat(Percentiles.nearestRank(values, 95)).isEqualTo(19);
    assertThat(Percentiles.nearestRank(values, 100)).isEqualTo(20);
    assertThat(values[0]).isEqualTo(20);
  }

  @Test
  void nearestRankOfSmallSamples() {
    assertThat(Percentiles.nearestRank(new double[] {7}, 5)).isEqualTo(7);
    // ceil(0.05 * 3) = 1, ceil(0.5 * 3) = 2, ceil(0.95 * 3) = 3
    double[] three = {3, 1, 2};
    assertThat(Percentiles.nearestRank(three, 5)).isEqualTo(1);
    assertThat(Percentiles.nearestRank(three, 50)).isEqualTo(2);
    assertThat(Percentiles.nearestRank(three, 95)).isEqualTo(3);
    assertThat(Percentiles.rank(50, 4)).isEqualTo(2);
    assertThatThrownBy(() -> Percentiles.rank(0, 4))
        .isInstanceOf(TrustException.class)
        .hasMessage("percentile must lie in (0, 100]: 0.0");
  }

  @Test
  void selectionAgreesWithSorting() {
    qt(300)
        .forAll(
            Generate.intArrays(Generate.range(1, 300), Generate.range(-50, 50)),
            Generate.range(1, 100))
        .checkAssert(
            (ints, percentile) -> {
              double[] values = Arrays.stream(ints).asDoubleStream().toArray();
              double[] sorted = values.clone();
              Arrays.sort(sorted);
              int rank = (int) Math.ceil(percentile / 100.0 * values.length);
              assertThat(Percentiles.nearestRank(values, percentile))
                  .isEqualTo(sorted[Math.max(rank, 1) - 1]);
            });
  }
}
