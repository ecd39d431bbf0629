package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsCommandTest {
  /** metrics --json equals the reference *.metrics.json field for field, for every month listed. */
  @ParameterizedTest
  @ValueSource(strings = {"three-units", "maple-court"})
  void theReferenceFiguresFieldForField(String book) {
    JsonNode expected = Cli.readJson(Cli.EXAMPLES.resolve(book + ".metrics.json"));
    int months = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> month = it.next();
      Cli.Result r =
          Cli.run("metrics", Cli.example(book + ".json"), "--period", month.getKey(), "--json");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.json()).as(book + " " + month.getKey()).isEqualTo(month.getValue());
      assertThat(r.json().fieldNames())
          .toIterable()
          .containsExactlyElementsOf(month.getValue()::fieldNames);
      months++;
    }
    assertThat(months).isEqualTo(2);
  }

  @Test
  void aRangeAnAsOfAndSelectedFees() {
    Cli.Result range =
        Cli.run(
            "metrics",
            Cli.example("three-units.json"),
            "--period",
            "2024-01",
            "--to",
            "2024-02",
            "--json");
    assertThat(range.exit()).isZero();
    assertThat(range.json().get("billed").asText()).isEqualTo("901.50");
    assertThat(range.json().get("from").asText()).isEqualTo("2024-01");
    assertThat(range.json().get("to").asText()).isEqualTo("2024-02");
    Cli.Result asOf =
        Cli.run(
            "metrics",
            Cli.example("three-units.json"),
            "--period",
            "2024-02",
            "--as-of",
            "2024-02-24",
            "--json");
    assertThat(asOf.json().get("collectedCurrent").asText()).isEqualTo("120.00");
    assertThat(asOf.json().get("asOf").asText()).isEqualTo("2024-02-24");
    Cli.Result cleaning =
        Cli.run(
            "metrics",
            Cli.example("maple-court.json"),
            "--period",
            "2024-04",
            "--fee",
            "cleaning",
            "--json");
    assertThat(cleaning.json().get("billed").asText()).isEqualTo("80.00");
    assertThat(cleaning.json().get("collectedCurrent").asText()).isEqualTo("60.00");
  }

  @Test
  void humanOutputInBothLanguages() {
    Cli.Result en =
        Cli.run("--lang", "en", "metrics", Cli.example("three-units.json"), "--period", "2024-02");
    assertThat(en.exit()).isZero();
    assertThat(en.out()).contains("Current collection rate", "66.72%", "Household collection rate");
    Cli.Result zh =
        Cli.run("--lang", "zh", "metrics", Cli.example("three-units.json"), "--period", "2024-02");
    assertThat(zh.out()).contains("当期收缴率", "66.72%", "户数收缴率", "综合收缴率", "76.25%");
  }

  @Test
  void aPathThatDoesNotExist() {
    Cli.Result r = Cli.run("metrics", Path.of("nope.json").toString(), "--period", "2024-02");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }
}
