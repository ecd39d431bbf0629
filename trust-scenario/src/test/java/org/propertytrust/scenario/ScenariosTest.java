package org.propertytrust.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.Figure;
import org.propertytrust.scenario.projection.MonthFigures;
import org.propertytrust.scenario.projection.Outcome;
import org.propertytrust.scenario.projection.SimulationOptions;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;
import org.propertytrust.scenario.spec.Sweeps;

class ScenariosTest {
  @Test
  void remunerationModelsAreComparedOnTheSameCommunity() {
    ScenarioSpec spec = Scenarios.example();
    Comparison comparison = Scenarios.compare(spec, SimulationOptions.of(200, 7));
    assertThat(comparison.outcomes())
        .extracting(Outcome::name)
        .containsExactly("sunny-garden", "fixed-fee", "lump-sum");
    Outcome percent = comparison.outcome("sunny-garden").orElseThrow();
    Outcome fixed = comparison.outcome("fixed-fee").orElseThrow();
    Outcome lump = comparison.outcome("lump-sum").orElseThrow();
    for (int month = 1; month <= spec.months(); month++) {
      MonthFigures p = percent.expected().month(month);
      MonthFigures f = fixed.expected().month(month);
      MonthFigures l = lump.expected().month(month);
      // Collections do not depend on how the company is paid...
      assertThat(f.collected()).isEqualTo(p.collected());
      assertThat(l.collected()).isEqualTo(p.collected());
      // ...and with the same seed every run collects the same in every variant.
      assertThat(fixed.simulation().orElseThrow().month(month).band(Figure.COLLECTED))
          .isEqualTo(percent.simulation().orElseThrow().month(month).band(Figure.COLLECTED));
      // The company earns 10% of collected (an expectation, rounded with the other flows so
      // that the cent lost in one month is found in the next), 12,000.00, or collected less
      // spending.
      assertThat(p.remuneration().getAmount())
          .isCloseTo(
              p.collected().getAmount().divide(BigDecimal.TEN, 3, java.math.RoundingMode.HALF_UP),
              org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
      assertThat(f.trusteeResult()).isEqualTo(Money.parse("CNY 12000.00"));
      assertThat(l.trusteeResult()).isEqualTo(l.collected().minus(spec.spendingMonthly()));
      assertThat(l.ownersSurplus()).isEqualTo(spec.publicRevenueMonthly());
      // Whatever the model, what the owners keep plus what the company earns is the same.
      assertThat(p.ownersSurplus().plus(p.trusteeResult()))
          .isEqualTo(l.ownersSurplus().plus(l.trusteeResult()));
    }
  }

  @Test
  void aSweepTowardsBetterBehaviourRaisesCollection() {
    ScenarioSpec base = Scenarios.example();
    RollRates everyonePays =
        RollRates.of(
            new double[][] {
              {1, 0, 0, 0, 0, 0, 0},
              {1, 0, 0, 0, 0, 0, 0},
              {1, 0, 0, 0, 0, 0, 0},
              {1, 0, 0, 0, 0, 0, 0},
              {1, 0, 0, 0, 0, 0, 0},
              {1, 0, 0, 0, 0, 0, 0},
              {1, 0, 0, 0, 0, 0, 0},
            });
    List<ScenarioSpec> sweep = Sweeps.towards(base, everyonePays, List.of(0.0, 0.5, 1.0));
    assertThat(sweep)
        .extracting(ScenarioSpec::name)
        .containsExactly("sunny-garden-blend-0", "sunny-garden-blend-0.5", "sunny-garden-blend-1");
    Comparison comparison = Scenarios.compare(sweep);
    BigDecimal previous = BigDecimal.ZERO;
    for (Outcome outcome : comparison.outcomes()) {
      BigDecimal rate = outcome.expected().month(6).currentRate().orElseThrow();
      assertThat(rate).isGreaterThan(previous);
      previous = rate;
    }
    // Everyone paying up every month collects every bill and every arrear at once.
    MonthFigures all = comparison.outcomes().get(2).expected().month(1);
    assertThat(all.currentRate()).contains(new BigDecimal("1.0000"));
    assertThat(all.combinedRate()).contains(new BigDecimal("1.0000"));
    assertThat(all.closingArrears().isZero()).isTrue();
    // The weight 0 scenario is the base scenario under another name.
    assertThat(comparison.outcomes().get(0).expected().month(6).currentRate())
        .isEqualTo(Scenarios.project(base).month(6).currentRate());
  }

  @Test
  void aBookBecomesAForecast() {
    ScenarioSpec spec =
        Scenarios.fromBook(org.propertytrust.core.fixtures.ExampleBooks.mapleCourt(), 24);
    assertThat(spec.start()).isEqualTo(java.time.YearMonth.of(2024, 5));
    assertThat(spec.months()).isEqualTo(24);
    assertThat(
            Scenarios.calibrate(org.propertytrust.core.fixtures.ExampleBooks.mapleCourt()).book())
        .isEqualTo("maple-court");
    assertThat(Scenarios.compare(spec).outcomes()).hasSize(1);
  }

  @Test
  void namesInAComparisonAreUnique() {
    ScenarioSpec spec = Scenarios.example();
    assertThatThrownBy(() -> Scenarios.compare(List.of(spec, spec)))
        .isInstanceOf(TrustException.class)
        .hasMessage("a comparison cannot have two scenarios named sunny-garden");
  }

  @Test
  void moneyParametersAreSweptWithExactAmounts() {
    ScenarioSpec base = Scenarios.example();
    Money low = Money.parse("CNY 150000.00");
    Money odd = Money.parse("CNY 150000.10");
    List<ScenarioSpec> sweep =
        Sweeps.grid(
            base,
            "spending",
            List.of(low, odd),
            (spec, amount) ->
                ImmutableScenarioSpec.copyOf(spec)
                    .withSpending(MonthlyAmount.of("services", amount)));
    assertThat(sweep)
        .extracting(ScenarioSpec::name)
        .containsExactly("sunny-garden-spending-150000", "sunny-garden-spending-150000.1");
    assertThat(sweep.get(1).spendingMonthly()).isEqualTo(odd);
    // 0.10 more spending a month is exactly 0.10 less cash each month: 2.40 over 24 months.
    Money cashLow = Scenarios.project(sweep.get(0)).month(24).closingCash();
    Money cashOdd = Scenarios.project(sweep.get(1)).month(24).closingCash();
    assertThat(cashLow.minus(cashOdd)).isEqualTo(Money.parse("CNY 2.40"));
    List<ScenarioSpec> decimals =
        Sweeps.grid(
            base,
            "cash",
            List.of(new BigDecimal("0.10"), new BigDecimal("25.50")),
            (spec, amount) ->
                ImmutableScenarioSpec.copyOf(spec)
                    .withOpeningCash(Money.of(spec.currency(), amount)));
    assertThat(decimals)
        .extracting(ScenarioSpec::name)
        .containsExactly("sunny-garden-cash-0.1", "sunny-garden-cash-25.5");
  }
}
