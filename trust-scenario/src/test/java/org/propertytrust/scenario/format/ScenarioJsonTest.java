package org.propertytrust.scenario.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.SimulationOptions;

class ScenarioJsonTest {
  @Test
  void resultsAreDecimalStringsWithTheSpecAndTheBands() throws Exception {
    Comparison comparison =
        Scenarios.compare(ScenarioCsvTest.workedExample("w"), SimulationOptions.of(30, 8));
    String json = ScenarioJson.toJson(comparison);
    assertThat(ScenarioJson.toJson(comparison)).isEqualTo(json);
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("format").asText()).isEqualTo("trust-scenario-result/1");
    JsonNode scenario = root.get("scenarios").get(0);
    assertThat(scenario.get("name").asText()).isEqualTo("w");
    assertThat(scenario.get("remuneration").asText()).isEqualTo("10% of collected");
    assertThat(ScenarioSpecJson.parse(scenario.get("spec").toString()))
        .isEqualTo(ScenarioCsvTest.workedExample("w"));
    JsonNode feb = scenario.get("expected").get(1);
    assertThat(feb.get("month").asText()).isEqualTo("2025-02");
    assertThat(feb.get("collected").asText()).isEqualTo("18600.00");
    assertThat(feb.get("combinedRate").asText()).isEqualTo("0.8455");
    assertThat(feb.get("unitsByState").get(1).asText()).isEqualTo("13.0000");
    JsonNode simulation = scenario.get("simulation");
    assertThat(simulation.get("runs").asInt()).isEqualTo(30);
    assertThat(simulation.get("percentiles").asText()).isEqualTo("nearest-rank");
    JsonNode band = simulation.get("months").get(0).get("billed");
    assertThat(band.get("p5").asText()).isEqualTo("20000.00");
    assertThat(band.get("standardDeviation").asText()).isEqualTo("0.00");
  }
}
