package org.propertytrust.scenario.projection;

import java.time.YearMonth;
import org.joda.money.Money;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/** Scenarios the projection tests share. */
final class Specs {
  private Specs() {}

  static Money cny(String amount) {
    return Amounts.parseSigned(amount, Amounts.CNY);
  }

  /** A roll-rate matrix over 0..4 with every kind of move. */
  static RollRates fiveStates() {
    return RollRates.of(
        new double[][] {
          {0.88, 0.12, 0, 0, 0},
          {0.45, 0.25, 0.30, 0, 0},
          {0.25, 0.10, 0.20, 0.45, 0},
          {0.15, 0.05, 0.05, 0.20, 0.55},
          {0.08, 0.02, 0.02, 0.03, 0.85},
        });
  }

  /** Three cohorts, one starting with a backlog of arrears, prepayment, 10% remuneration. */
  static ScenarioSpec community(int months) {
    return ScenarioSpec.builder()
        .name("riverside")
        .start(YearMonth.of(2025, 1))
        .months(months)
        .rollRates(fiveStates())
        .addCohort(Cohort.ofBill("towers", 400, cny("180.00")))
        .addCohort(
            Cohort.builder()
                .id("old-blocks")
                .units(250)
                .monthlyBill(cny("95.50"))
                .addInitialArrears(120, 40, 30, 20, 40)
                .build())
        .addCohort(
            Cohort.builder()
                .id("villas")
                .units(150)
                .monthlyBill(cny("420.00"))
                .addInitialPrepaid(0, 10, 0, 5)
                .build())
        .prepayment(Prepayment.of(0.02, 6))
        .addPublicRevenue(MonthlyAmount.of("parking", cny("6000.00")))
        .addSpending(MonthlyAmount.of("services", cny("120000.00")))
        .openingCash(cny("30000.00"))
        .remuneration(RemunerationTerms.percentOfCollected(Percent.of(10)))
        .build();
  }

  /**
   * Three cohorts of {@code units} units each, a tenth of them in each arrears state 1..4 at the
   * start and the rest current, prepayment, over 120 months.
   */
  static ScenarioSpec spread(String name, int units) {
    ImmutableScenarioSpec.Builder spec =
        ScenarioSpec.builder()
            .name(name)
            .start(YearMonth.of(2025, 1))
            .months(120)
            .rollRates(fiveStates())
            .prepayment(Prepayment.of(0.02, 6))
            .remuneration(RemunerationTerms.percentOfCollected(Percent.of(10)));
    int tenth = units / 10;
    String[] bills = {"100.00", "80.00", "60.00"};
    for (int c = 0; c < bills.length; c++) {
      spec.addCohort(
          Cohort.builder()
              .id("cohort-" + c)
              .units(units)
              .monthlyBill(cny(bills[c]))
              .addInitialArrears(units - 4 * tenth, tenth, tenth, tenth, tenth)
              .build());
    }
    return spec.build();
  }
}
