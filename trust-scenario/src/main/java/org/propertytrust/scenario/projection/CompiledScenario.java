package org.propertytrust.scenario.projection;

import java.math.BigDecimal;
import java.util.List;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.scenario.spec.ArrearsTransition;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.RemunerationScheme;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * A scenario as flat arrays, built once: money in minor units as {@code double}, the states of
 * every cohort at indices {@code 0..S-1} (index {@code H + s} for state {@code s} in {@code
 * -H..K}), and for every row of every cohort's matrix the possible moves with their probabilities,
 * their conditional probabilities for sequential binomial draws, and their money meaning.
 */
final class CompiledScenario {
  final ScenarioSpec spec;
  final int cohorts;
  final int maxState;
  final int prepaidStates;
  final int states;
  final int months;
  final double[] units;
  final double[] bill;
  final Row[][] rows;
  final double[][] initial;
  final double prepayProbability;
  final int prepayMonths;
  final double publicRevenue;
  final double spending;
  final double openingCash;
  final RemunerationScheme scheme;
  final double fixedRemuneration;
  final BigDecimal percent;
  final double percentFraction;
  final boolean includePublicRevenue;

  /** The possible moves out of one arrears state of one cohort. */
  static final class Row {
    final int from;
    final int[] targets;
    final double[] probabilities;
    final double[] conditional;
    final int[] paidCurrent;
    final int[] paidArrears;
    final int[] writtenOff;

    Row(int from, RollRates rates, AllocationPolicy allocation) {
      this.from = from;
      int k = rates.maxState();
      int n = 0;
      for (int j = 0; j <= k; j++) {
        if (rates.probability(from, j) > 0) {
          n++;
        }
      }
      // Moves in ascending order of probability, ties by state, so that the likeliest move is
      // last: it takes the units left over without a draw, and the draws before it have the
      // smallest means.
      Integer[] order = new Integer[n];
      int i = 0;
      for (int j = 0; j <= k; j++) {
        if (rates.probability(from, j) > 0) {
          order[i++] = j;
        }
      }
      java.util.Arrays.sort(
          order,
          java.util.Comparator.<Integer>comparingDouble(j -> rates.probability(from, j))
              .thenComparingInt(j -> j));
      targets = new int[n];
      probabilities = new double[n];
      conditional = new double[n];
      paidCurrent = new int[n];
      paidArrears = new int[n];
      writtenOff = new int[n];
      for (i = 0; i < n; i++) {
        int j = order[i];
        targets[i] = j;
        probabilities[i] = rates.probability(from, j);
        ArrearsTransition move = ArrearsTransition.of(from, j, k, allocation);
        paidCurrent[i] = move.paidCurrent();
        paidArrears[i] = move.paidArrears();
        writtenOff[i] = move.writtenOff();
      }
      double tail = 0;
      for (i = n - 1; i >= 0; i--) {
        tail += probabilities[i];
        conditional[i] = i == n - 1 ? 1.0 : Math.min(1.0, probabilities[i] / tail);
      }
    }
  }

  CompiledScenario(ScenarioSpec spec) {
    this.spec = spec;
    List<Cohort> list = spec.cohorts();
    this.cohorts = list.size();
    this.maxState = spec.maxState();
    this.prepaidStates = spec.prepaidStates();
    this.states = prepaidStates + maxState + 1;
    this.months = spec.months();
    this.units = new double[cohorts];
    this.bill = new double[cohorts];
    this.rows = new Row[cohorts][];
    this.initial = new double[cohorts][states];
    for (int c = 0; c < cohorts; c++) {
      Cohort cohort = list.get(c);
      units[c] = cohort.units();
      bill[c] = spec.monthlyBill(cohort).getAmountMinorLong();
      RollRates rates = spec.rollRates(cohort);
      rows[c] = new Row[maxState + 1];
      for (int k = 0; k <= maxState; k++) {
        rows[c][k] = new Row(k, rates, spec.allocation());
      }
      for (int s = -prepaidStates; s <= maxState; s++) {
        initial[c][prepaidStates + s] = cohort.initialUnits(s);
      }
    }
    this.prepayProbability =
        prepaidStates == 0 ? 0 : spec.prepayment().map(p -> p.probability()).orElse(0.0);
    this.prepayMonths = spec.prepayment().map(p -> p.months()).orElse(0);
    this.publicRevenue = spec.publicRevenueMonthly().getAmountMinorLong();
    this.spending = spec.spendingMonthly().getAmountMinorLong();
    this.openingCash = spec.openingCash().getAmountMinorLong();
    this.scheme = spec.remuneration().scheme();
    this.fixedRemuneration =
        spec.remuneration().amount().map(a -> a.getAmountMinorLong()).orElse(0L);
    this.percent = spec.remuneration().percent().map(p -> p.value()).orElse(BigDecimal.ZERO);
    this.percentFraction = percent.doubleValue() / 100;
    this.includePublicRevenue = spec.remuneration().includePublicRevenue();
  }

  /** Returns the index of state {@code s} ({@code -H..K}) within a cohort's block. */
  int index(int s) {
    return prepaidStates + s;
  }
}
