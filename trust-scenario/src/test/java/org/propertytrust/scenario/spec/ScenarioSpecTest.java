package org.propertytrust.scenario.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Collections;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;

/** Structural checks of the model, each naming the offending value. */
class ScenarioSpecTest {
  private static Money cny(String amount) {
    return Amounts.parse(amount, Amounts.CNY);
  }

  private static ImmutableScenarioSpec valid() {
    return ScenarioSpec.builder()
        .name("s")
        .start(YearMonth.of(2025, 1))
        .months(12)
        .rollRates(RollRates.uniform(2, 0.5, 0.2))
        .addCohort(Cohort.ofBill("a", 10, cny("100.00")))
        .remuneration(RemunerationTerms.lumpSum())
        .build();
  }

  @Test
  void everyStructuralProblemIsReportedTogether() {
    assertThatThrownBy(
            () ->
                ScenarioSpec.builder()
                    .name("s")
                    .start(YearMonth.of(2025, 1))
                    .months(0)
                    .allocation(AllocationPolicy.EXPLICIT)
                    .rollRates(RollRates.uniform(2, 0.5, 0.2))
                    .addCohort(Cohort.ofBill("a", 1, cny("1.00")))
                    .addCohort(Cohort.ofArea("a", 1, "50.00"))
                    .addCohort(
                        Cohort.builder()
                            .id("b")
                            .units(2)
                            .monthlyBill(Money.of(CurrencyUnit.USD, 5))
                            .rollRates(RollRates.uniform(3, 0.5, 0.2))
                            .addInitialArrears(1, 1)
                            .build())
                    .remuneration(RemunerationTerms.lumpSum())
                    .build())
        .isInstanceOf(TrustException.class)
        .satisfies(
            e ->
                assertThat(((TrustException) e).problems())
                    .containsExactly(
                        "scenario s months must be between 1 and 1200: 0",
                        "scenario s allocation must be OLDEST_FIRST or SAME_PERIOD_FIRST, not"
                            + " EXPLICIT",
                        "cohort a appears twice",
                        "cohort a is billed by area, but the scenario has no fees",
                        "scenario s cohort b monthlyBill must be in the scenario's currency CNY:"
                            + " USD 5.00",
                        "cohort b rollRates has 4 states, the scenario's 3 (0..2)",
                        "cohort b initialArrears must count the 3 states 0..2, not 2: [1, 1]"));
  }

  @Test
  void cohortsCheckTheirCounts() {
    assertThatThrownBy(() -> Cohort.ofBill("a", -1, cny("1.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("cohort a units must be between 0 and 1000000000: -1");
    assertThatThrownBy(
            () ->
                Cohort.builder()
                    .id("a")
                    .units(5)
                    .areaM2(new java.math.BigDecimal("80.00"))
                    .monthlyBill(cny("1.00"))
                    .addInitialPrepaid(3, 3)
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cohort a must have exactly one of areaM2 and monthlyBill; cohort a initialPrepaid"
                + " counts 6 units, more than its 5");
    assertThatThrownBy(
            () ->
                Cohort.builder()
                    .id("a")
                    .units(0)
                    .monthlyBill(cny("1.00"))
                    .addAllInitialPrepaid(Collections.nCopies(121, 0))
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("cohort a initialPrepaid counts units up to 121 months ahead; at most 120");
    Cohort cohort =
        Cohort.builder().id("a").units(5).monthlyBill(cny("1.00")).addInitialPrepaid(0, 2).build();
    assertThat(cohort.initialUnits(0)).isEqualTo(3);
    assertThat(cohort.initialUnits(-2)).isEqualTo(2);
    assertThat(cohort.initialUnits(-1)).isZero();
    assertThat(cohort.initialUnits(1)).isZero();
  }

  @Test
  void remunerationTermsMatchTheirScheme() {
    assertThatThrownBy(
            () ->
                RemunerationTerms.builder()
                    .scheme(RemunerationScheme.LUMP_SUM)
                    .percent(Percent.of(5))
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("a LUMP_SUM remuneration has no amount, percent or includePublicRevenue");
    assertThatThrownBy(() -> RemunerationTerms.fixedMonthly(cny("1.00").negated()))
        .isInstanceOf(TrustException.class)
        .hasMessage("remuneration amount must not be negative: CNY -1.00");
    assertThat(RemunerationTerms.percentOfCollected(Percent.of(10)).describe())
        .isEqualTo("10% of collected");
    assertThat(RemunerationTerms.fixedMonthly(cny("12000.00")).describe())
        .isEqualTo("fixed 12000.00/month");
  }

  @Test
  void prepaymentAndAmountsAreChecked() {
    assertThatThrownBy(() -> Prepayment.of(1.5, 12))
        .isInstanceOf(TrustException.class)
        .hasMessage("prepayment probability must lie between 0 and 1: 1.5");
    assertThatThrownBy(() -> Prepayment.of(0.1, 0))
        .isInstanceOf(TrustException.class)
        .hasMessage("prepayment months must be between 1 and 120: 0");
    assertThatThrownBy(() -> MonthlyAmount.of("parking", cny("5.00").negated()))
        .isInstanceOf(TrustException.class)
        .hasMessage("monthly amount parking must not be negative: CNY -5.00");
  }

  @Test
  void variantsExpandIntoScenarios() {
    ScenarioSpec spec =
        valid()
            .withVariants(
                Variant.ofRemuneration("fixed", RemunerationTerms.fixedMonthly(cny("10.00"))),
                Variant.builder()
                    .name("better")
                    .rollRates(RollRates.uniform(2, 0.9, 0.05))
                    .build());
    assertThat(spec.expand())
        .extracting(ScenarioSpec::name)
        .containsExactly("s", "fixed", "better");
    assertThat(spec.expand().get(1).remuneration().amount()).contains(cny("10.00"));
    assertThat(spec.expand().get(2).rollRates()).isEqualTo(RollRates.uniform(2, 0.9, 0.05));
    assertThat(spec.expand()).allMatch(s -> s.variants().isEmpty());
    assertThatThrownBy(
            () -> valid().withVariants(Variant.ofRemuneration("s", RemunerationTerms.lumpSum())))
        .isInstanceOf(TrustException.class)
        .hasMessage("variant name s is used twice (or is the scenario's own name)");
  }

  @Test
  void theReachOfTheAmountsIsBoundedSoThatFiguresStayExact() {
    // |-50.00| + 2 x ((12 months + K 1 + no prepaid month) x 10 units x 100.00
    //   + 12 x (5.00 + 7.00 + 3.00)), in cents: 5,000 + 2 x (1,300,000 + 18,000)
    ScenarioSpec small =
        valid()
            .withRollRates(RollRates.uniform(1, 0.5, 0.2))
            .withPublicRevenue(MonthlyAmount.of("parking", cny("5.00")))
            .withSpending(MonthlyAmount.of("cleaning", cny("7.00")))
            .withRemuneration(RemunerationTerms.fixedMonthly(cny("3.00")))
            .withOpeningCash(Amounts.parseSigned("-50.00", Amounts.CNY));
    assertThat(small.amountReach()).isEqualByComparingTo("2641000");

    // One month, K = 1: the reach is 2 x 2 x units x bill. With a bill of 2^30 cents,
    // 2^21 units reach 2^53 exactly; one unit fewer stays below.
    ImmutableScenarioSpec edge =
        valid().withMonths(1).withRollRates(RollRates.uniform(1, 0.5, 0.2));
    Money bill = Money.ofMinor(Amounts.CNY, 1L << 30);
    ScenarioSpec below = edge.withCohorts(Cohort.ofBill("a", (1 << 21) - 1, bill));
    assertThat(below.amountReach()).isEqualByComparingTo(String.valueOf((1L << 53) - (1L << 32)));
    assertThatThrownBy(() -> edge.withCohorts(Cohort.ofBill("a", 1 << 21, bill)))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith(
            "scenario s is too large to compute exactly: its amounts can reach CNY"
                + " 90071992547409.92")
        .hasMessageContaining("cohort a alone bills 2097152 units x CNY 10737418.24 a month");
  }

  @Test
  void aBillOfAThousandTrillionForABillionUnitsIsRefusedNamingTheCohort() {
    assertThatThrownBy(
            () ->
                valid()
                    .withCohorts(
                        Cohort.ofBill("small", 10, cny("100.00")),
                        Cohort.ofBill("towers", 1_000_000_000, cny("999999999999999.99"))))
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("too large to compute exactly")
        .hasMessageContaining("cohort towers alone bills 1000000000 units");
    assertThatThrownBy(
            () -> Cohort.ofBill("huge", 1, Money.of(Amounts.CNY, new java.math.BigDecimal("1E15"))))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cohort huge monthlyBill must be below 10^15 in magnitude: CNY 1000000000000000.00");
  }
}
