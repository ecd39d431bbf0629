package org.propertytrust.scenario.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.SimulationOptions;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

class ScenarioCsvTest {
  /** The worked example of docs/scenarios.md, with a name that needs quoting. */
  static ScenarioSpec workedExample(String name) {
    return ScenarioSpec.builder()
        .name(name)
        .start(YearMonth.of(2025, 1))
        .months(3)
        .rollRates(RollRates.of(new double[][] {{0.9, 0.1}, {0.6, 0.4}}))
        .addCohort(Cohort.ofBill("all", 100, Amounts.parse("200.00", Amounts.CNY)))
        .addPublicRevenue(MonthlyAmount.of("parking", Amounts.parse("1000.00", Amounts.CNY)))
        .addSpending(MonthlyAmount.of("services", Amounts.parse("15000.00", Amounts.CNY)))
        .openingCash(Amounts.parse("5000.00", Amounts.CNY))
        .remuneration(RemunerationTerms.percentOfCollected(Percent.of(10)))
        .build();
  }

  @Test
  void expectedValuesOneRowPerMonth() {
    Comparison comparison = Scenarios.compare(List.of(workedExample("worked, example")));
    String csv = ScenarioCsv.toCsv(comparison);
    String[] lines = csv.split("\n");
    assertThat(lines[0])
        .isEqualTo(
            "scenario,month,month_index,billed,collected_current,arrears_recovered,collected,"
                + "prepayments_received,prepayments_applied,written_off,opening_arrears,"
                + "closing_arrears,opening_prepaid,closing_prepaid,public_revenue,spending,"
                + "remuneration,trustee_result,owners_surplus,opening_cash,closing_cash,"
                + "current_rate,combined_rate,household_rate,units_state_0,units_state_1,"
                + "arrears_state_1");
    assertThat(lines[2])
        .isEqualTo(
            "\"worked, example\",2025-02,2,20000.00,17400.00,1200.00,18600.00,0.00,0.00,"
                + "800.00,2000.00,2600.00,0.00,0.00,1000.00,15000.00,1860.00,1860.00,2740.00,"
                + "7200.00,9940.00,0.8700,0.8455,0.8700,87.0000,13.0000,2600.00");
    assertThat(lines).hasSize(4);
  }

  @Test
  void theDefaultLocaleDoesNotMatter() {
    Comparison comparison = Scenarios.compare(workedExample("w"), SimulationOptions.of(50, 1));
    Locale before = Locale.getDefault();
    String german;
    try {
      Locale.setDefault(Locale.GERMANY);
      german = ScenarioCsv.toCsv(comparison);
    } finally {
      Locale.setDefault(before);
    }
    assertThat(german).isEqualTo(ScenarioCsv.toCsv(comparison)).doesNotContain(";");
  }

  @Test
  void simulationColumnsFollowTheExpectedValues() {
    Comparison comparison = Scenarios.compare(workedExample("w"), SimulationOptions.of(20, 3));
    String[] lines = ScenarioCsv.toCsv(comparison).split("\n");
    List<String> header = List.of(lines[0].split(","));
    assertThat(header)
        .contains("collected_p5", "collected_p50", "collected_p95", "collected_mean")
        .contains("current_rate_sd", "p_negative_cash", "runs", "seed");
    List<String> row = List.of(lines[1].split(",", -1));
    assertThat(row.get(header.indexOf("billed_p50"))).isEqualTo("20000.00");
    assertThat(row.get(header.indexOf("runs"))).isEqualTo("20");
    assertThat(row.get(header.indexOf("seed"))).isEqualTo("3");
    assertThat(row.get(header.indexOf("current_rate_p5"))).matches("0\\.\\d{4}|1\\.0000");
  }
}
