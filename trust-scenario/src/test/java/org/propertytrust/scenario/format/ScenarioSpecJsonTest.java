package org.propertytrust.scenario.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.spec.RemunerationScheme;
import org.propertytrust.scenario.spec.ScenarioSpec;

class ScenarioSpecJsonTest {
  private static Money cny(String amount) {
    return Amounts.parse(amount, Amounts.CNY);
  }

  @Test
  void theExampleScenarioReads() {
    ScenarioSpec spec = Scenarios.example();
    assertThat(spec.name()).isEqualTo("sunny-garden");
    assertThat(spec.start()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(spec.months()).isEqualTo(24);
    assertThat(spec.totalUnits()).isEqualTo(600);
    assertThat(spec.cohorts()).hasSize(3);
    assertThat(spec.maxState()).isEqualTo(6);
    // towers: 1.80 x 89.50 = 161.10, plus the lift fee 15.00
    assertThat(spec.monthlyBill(spec.cohorts().get(0))).isEqualTo(cny("176.10"));
    // old blocks: 1.80 x 72.00 = 129.60 + 15.00
    assertThat(spec.monthlyBill(spec.cohorts().get(1))).isEqualTo(cny("144.60"));
    assertThat(spec.monthlyBill(spec.cohorts().get(2))).isEqualTo(cny("680.00"));
    assertThat(spec.remuneration().percent()).contains(Percent.of(10));
    assertThat(spec.variants()).hasSize(2);
    assertThat(spec.expand().get(2).remuneration().scheme()).isEqualTo(RemunerationScheme.LUMP_SUM);
    assertThat(spec.publicRevenueMonthly()).isEqualTo(cny("11500.00"));
    assertThat(spec.spendingMonthly()).isEqualTo(cny("115000.00"));
  }

  @Test
  void writingThenReadingGivesAnEqualSpec(@TempDir Path dir) {
    ScenarioSpec spec = Scenarios.example();
    Path file = dir.resolve("spec.json");
    Scenarios.writeSpec(spec, file);
    assertThat(Scenarios.readSpec(file)).isEqualTo(spec);
    String json = ScenarioSpecJson.toJson(spec);
    assertThat(ScenarioSpecJson.toJson(ScenarioSpecJson.parse(json))).isEqualTo(json);
    assertThat(json).contains("    [0.97, 0.03, 0.0, 0.0, 0.0, 0.0, 0.0],\n").doesNotContain("\r");
  }

  @Test
  void aMinimalSpecTakesItsDefaults() {
    ScenarioSpec spec =
        ScenarioSpecJson.parse(
            "{\"format\": \"trust-scenario/1\", \"name\": \"m\", \"start\": \"2025-03\","
                + " \"months\": 2, \"rollRates\": [[1, 0], [\"0.5\", 0.5]],"
                + " \"cohorts\": [{\"id\": \"a\", \"units\": 3, \"monthlyBill\": \"10.00\"}],"
                + " \"remuneration\": {\"basis\": \"LUMP_SUM\"}}");
    assertThat(spec.currency()).isEqualTo(Amounts.CNY);
    assertThat(spec.openingCash()).isEqualTo(cny("0.00"));
    assertThat(spec.prepayment()).isEmpty();
    assertThat(spec.rollRates().probability(1, 0)).isEqualTo(0.5);
  }

  @Test
  void everyProblemIsReportedWithItsPath() {
    String json =
        "{\"format\": \"trust-scenario/1\", \"name\": \"bad\", \"start\": \"2025-13\","
            + " \"months\": 0, \"colour\": \"blue\","
            + " \"rollRates\": [[0.9, 0.2], [0.5, \"x\"]],"
            + " \"cohorts\": [{\"id\": \"a\", \"units\": -3, \"monthlyBill\": \"120.505\"},"
            + "               {\"id\": \"b\", \"units\": 5, \"monthlyBill\": 120}],"
            + " \"openingCash\": \"1e5\","
            + " \"remuneration\": {\"basis\": \"SHARE\"}}";
    assertThatThrownBy(() -> ScenarioSpecJson.parse(json))
        .isInstanceOf(TrustException.class)
        .satisfies(
            e ->
                assertThat(((TrustException) e).problems())
                    .containsExactlyInAnyOrder(
                        "/colour: unknown field; expected one of [allocation, cohorts, currency,"
                            + " fees, format, months, name, openingCash, prepayment,"
                            + " publicRevenue, remuneration, rollRates, spending, start,"
                            + " variants]",
                        "/start: must be a month YYYY-MM, not \"2025-13\"",
                        "/months: must be between 1 and 1200, not 0",
                        "/rollRates/1/1: must be a probability, a number from 0 to 1 (such as"
                            + " 0.25 or \"0.25\"), not string \"x\"",
                        "/cohorts/0/units: must be between 0 and 1000000000, not -3",
                        "/cohorts/0/monthlyBill: amount has 3 decimals; at most 2 are allowed:"
                            + " \"120.505\"",
                        "/cohorts/1/monthlyBill: must be a decimal string such as \"120.50\","
                            + " not a number",
                        "/openingCash: amount has 'e' at position 2; expected only digits and"
                            + " one point (no exponent, sign or spaces): \"1e5\"",
                        "/remuneration/basis: must be one of [FIXED_MONTHLY,"
                            + " PERCENT_OF_COLLECTED, LUMP_SUM], not \"SHARE\""));
  }

  @Test
  void structuralProblemsOfTheValuesAreReportedAtTheirObject() {
    String json =
        "{\"format\": \"trust-scenario/1\", \"name\": \"bad\", \"start\": \"2025-01\","
            + " \"months\": 3, \"rollRates\": [[0.9, 0.2], [0.5, 0.5]],"
            + " \"cohorts\": [{\"id\": \"a\", \"units\": 3, \"monthlyBill\": \"1.00\","
            + " \"initialArrears\": [1, 1]}],"
            + " \"remuneration\": {\"basis\": \"FIXED_MONTHLY\"}}";
    assertThatThrownBy(() -> ScenarioSpecJson.parse(json))
        .isInstanceOf(TrustException.class)
        .satisfies(
            e ->
                assertThat(((TrustException) e).problems())
                    .containsExactlyInAnyOrder(
                        "/rollRates: roll-rate row 0 must sum to 1, not 1.1: [0.9, 0.2]",
                        "/cohorts/0: cohort a initialArrears and initialPrepaid must count its 3"
                            + " units, not 2: [1, 1] and []",
                        "/remuneration: a FIXED_MONTHLY remuneration has an amount and no"
                            + " percent or includePublicRevenue"));
  }

  @Test
  void badJsonAndWrongFormatsAreRefused() {
    assertThatThrownBy(() -> ScenarioSpecJson.parse("{\"name\": "))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith("scenario spec is not valid JSON");
    assertThatThrownBy(() -> ScenarioSpecJson.parse("{\"format\": \"trust-book/1\"}"))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "/format: must be \"trust-scenario/1\", not \"trust-book/1\": this is a book, not a"
                + " scenario spec; calibrate a scenario on it with Calibration.fromBook (trust"
                + " scenario --from-book BOOK.json)");
    // A book's sections are not reported one by one as unknown fields.
    assertThatThrownBy(
            () ->
                ScenarioSpecJson.parse(
                    "{\"format\": \"trust-book/1\", \"community\": {}, \"units\": []}"))
        .isInstanceOf(TrustException.class)
        .satisfies(e -> assertThat(((TrustException) e).problems()).hasSize(1));
    assertThatThrownBy(() -> ScenarioSpecJson.parse("[1, 2]"))
        .isInstanceOf(TrustException.class)
        .hasMessage("/: must be an object, not array [1,2]");
    assertThatThrownBy(() -> ScenarioSpecJson.parse("{\"units\": 1e-91000000000}"))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith("scenario spec has a number that cannot be read: ")
        .hasMessageContaining("1e-91000000000");
    assertThatThrownBy(() -> ScenarioSpecJson.parse("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void readsFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.json");
    Files.writeString(file, ScenarioSpecJson.toJson(Scenarios.example()));
    assertThat(ScenarioSpecJson.read(file).cohorts().get(0).areaM2())
        .contains(new BigDecimal("89.50"));
  }
}
