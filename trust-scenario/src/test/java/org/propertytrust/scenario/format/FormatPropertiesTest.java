package org.propertytrust.scenario.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.propertytrust.scenario.ScenarioArbitraries;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.projection.Comparison;

class FormatPropertiesTest {
  @Test
  void writingThenReadingASpecIsIdentity() {
    qt(300)
        .forAll(ScenarioArbitraries.scenarios(1000))
        .checkAssert(
            spec -> {
              String json = ScenarioSpecJson.toJson(spec);
              assertThat(ScenarioSpecJson.parse(json)).isEqualTo(spec);
            });
  }

  @Test
  void csvHasOneRowPerScenarioAndMonthAndAFullHeader() {
    qt(100)
        .forAll(ScenarioArbitraries.scenarios(200))
        .checkAssert(
            spec -> {
              Comparison comparison = Scenarios.compare(List.of(spec));
              String[] lines = ScenarioCsv.toCsv(comparison).split("\n", -1);
              assertThat(lines).hasSize(spec.months() + 2);
              assertThat(lines[lines.length - 1]).isEmpty();
              int columns = lines[0].split(",", -1).length;
              for (int i = 1; i <= spec.months(); i++) {
                assertThat(lines[i].split(",", -1)).hasSize(columns);
                assertThat(lines[i]).startsWith("generated," + spec.month(i) + "," + i + ",");
              }
            });
  }
}
