package org.propertytrust.scenario;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ImmutableCohort;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The generators of the scenario property tests: roll-rate matrices that respect the structure of
 * arrears moves, and whole scenarios. Runs use core's fixed seed ({@code Arbitraries.qt}).
 */
public final class ScenarioArbitraries {
  private ScenarioArbitraries() {}

  private static long between(RandomnessSource rs, long min, long max) {
    return rs.next(Constraint.between(min, max));
  }

  private static Money cny(long minor) {
    return Money.ofMinor(Amounts.CNY, minor);
  }

  /** A roll-rate matrix over 0..K, K from 1 to {@code maxK}, only possible moves weighted. */
  public static Gen<RollRates> rollRates(int maxK) {
    return rs -> {
      int k = (int) between(rs, 1, maxK);
      double[][] rows = new double[k + 1][k + 1];
      for (int from = 0; from <= k; from++) {
        int top = from < k ? from + 1 : k;
        long[] weights = new long[top + 1];
        long total = 0;
        for (int to = 0; to <= top; to++) {
          // often zero, so that rows with few moves and certain moves occur
          weights[to] = between(rs, 0, 3) == 0 ? 0 : between(rs, 0, 100);
          total += weights[to];
        }
        if (total == 0) {
          weights[(int) between(rs, 0, top)] = 1;
          total = 1;
        }
        for (int to = 0; to <= top; to++) {
          rows[from][to] = (double) weights[to] / total;
        }
      }
      return RollRates.of(rows);
    };
  }

  /** A scenario of 1 to 3 cohorts with up to {@code maxUnits} units each, 1 to 18 months. */
  public static Gen<ScenarioSpec> scenarios(int maxUnits) {
    return rs -> {
      RollRates rates = rollRates(5).generate(rs);
      int states = rates.states();
      ImmutableScenarioSpec.Builder spec =
          ScenarioSpec.builder()
              .name("generated")
              .start(YearMonth.of(2025, (int) between(rs, 1, 12)))
              .months((int) between(rs, 1, 18))
              .rollRates(rates)
              .allocation(
                  between(rs, 0, 1) == 0
                      ? AllocationPolicy.OLDEST_FIRST
                      : AllocationPolicy.SAME_PERIOD_FIRST)
              .openingCash(cny(between(rs, -1_000_000, 1_000_000)));
      int cohorts = (int) between(rs, 1, 3);
      for (int c = 0; c < cohorts; c++) {
        int units = (int) between(rs, 0, maxUnits);
        ImmutableCohort.Builder cohort =
            Cohort.builder().id("c" + c).units(units).monthlyBill(cny(between(rs, 0, 60_000)));
        int prepaid = 0;
        if (between(rs, 0, 3) == 0) {
          for (int m = 0; m < 3; m++) {
            int n = (int) between(rs, 0, (units - prepaid) / 3);
            cohort.addInitialPrepaid(n);
            prepaid += n;
          }
        }
        if (between(rs, 0, 2) == 0) {
          List<Integer> counts = new ArrayList<>();
          int left = units - prepaid;
          for (int s = 0; s < states - 1; s++) {
            int n = (int) between(rs, 0, left);
            counts.add(n);
            left -= n;
          }
          counts.add(left);
          cohort.addAllInitialArrears(counts);
        }
        if (between(rs, 0, 3) == 0) {
          cohort.rollRates(rollRates(5).generate(rs));
        }
        Cohort built = cohort.build();
        if (built.rollRates().isPresent() && built.rollRates().get().states() != states) {
          built = ImmutableCohort.copyOf(built).withRollRates(java.util.Optional.empty());
        }
        spec.addCohort(built);
      }
      if (between(rs, 0, 1) == 0) {
        spec.prepayment(Prepayment.of(between(rs, 0, 300) / 1000.0, (int) between(rs, 1, 12)));
      }
      if (between(rs, 0, 1) == 0) {
        spec.addPublicRevenue(MonthlyAmount.of("parking", cny(between(rs, 0, 2_000_000))));
      }
      if (between(rs, 0, 1) == 0) {
        spec.addSpending(MonthlyAmount.of("services", cny(between(rs, 0, 5_000_000))));
      }
      switch ((int) between(rs, 0, 2)) {
        case 0:
          spec.remuneration(RemunerationTerms.fixedMonthly(cny(between(rs, 0, 1_000_000))));
          break;
        case 1:
          spec.remuneration(
              RemunerationTerms.builder()
                  .scheme(org.propertytrust.scenario.spec.RemunerationScheme.PERCENT_OF_COLLECTED)
                  .percent(Percent.of(BigDecimal.valueOf(between(rs, 0, 2500), 2)))
                  .includePublicRevenue(between(rs, 0, 1) == 0)
                  .build());
          break;
        default:
          spec.remuneration(RemunerationTerms.lumpSum());
          break;
      }
      return spec.build();
    };
  }
}
