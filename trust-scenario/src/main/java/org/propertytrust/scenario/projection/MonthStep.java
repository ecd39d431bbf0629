package org.propertytrust.scenario.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.propertytrust.scenario.spec.RemunerationScheme;

/**
 * One month of a scenario, shared by the expected-value projection and the Monte Carlo runs: the
 * only difference between the two is the {@link Splitter}.
 */
final class MonthStep {
  private static final long MICRO_PERCENT = 100_000_000L;

  private MonthStep() {}

  /**
   * Advances the counts of one run (or of the expectation) by one month, adding the month's fee
   * flows to {@code flows}.
   *
   * @param sc the scenario
   * @param counts the units per state of every cohort, at {@code base + c * S + index(s)}
   * @param base where this run's counts start
   * @param next scratch of {@code S} doubles
   * @param out scratch of at least {@code K + 2} doubles
   * @param splitter expectation or draws
   * @param flows the month's figures, reset by the caller
   * @param trackStates whether to fill {@code unitsByState} and {@code arrearsByState}
   */
  static void advance(
      CompiledScenario sc,
      double[] counts,
      int base,
      double[] next,
      double[] out,
      Splitter splitter,
      MonthFlows flows,
      boolean trackStates) {
    int h = sc.prepaidStates;
    int k = sc.maxState;
    int s = sc.states;
    double q = sc.prepayProbability;
    int prepayIndex = h - sc.prepayMonths;
    double prepayMoney = sc.prepayMonths;
    for (int c = 0; c < sc.cohorts; c++) {
      int o = base + c * s;
      double bill = sc.bill[c];
      java.util.Arrays.fill(next, 0, s, 0);
      double opening = 0;
      for (int state = 1; state <= k; state++) {
        opening += counts[o + h + state] * state;
      }
      double openingPrepaid = 0;
      for (int m = 1; m <= h; m++) {
        openingPrepaid += counts[o + h - m] * m;
      }
      flows.openingArrears += opening * bill;
      flows.openingPrepaid += openingPrepaid * bill;
      flows.billed += sc.units[c] * bill;
      boolean billedUnits = bill > 0;
      if (billedUnits) {
        flows.householdBilled += sc.units[c];
      }

      double current = 0;
      double arrears = 0;
      double written = 0;
      double paidUnits = 0;
      double applied = 0;
      double prepaying = 0;
      for (int m = 1; m <= h; m++) {
        double n = counts[o + h - m];
        if (n != 0) {
          applied += n;
          next[h - m + 1] += n;
        }
      }
      CompiledScenario.Row[] rows = sc.rows[c];
      for (int from = 0; from <= k; from++) {
        double n = counts[o + h + from];
        if (n == 0) {
          continue;
        }
        CompiledScenario.Row row = rows[from];
        splitter.split(n, row, out);
        int[] targets = row.targets;
        for (int i = 0; i < targets.length; i++) {
          double flow = out[i];
          if (flow == 0) {
            continue;
          }
          current += flow * row.paidCurrent[i];
          arrears += flow * row.paidArrears[i];
          written += flow * row.writtenOff[i];
          paidUnits += flow * row.paidCurrent[i];
          next[h + targets[i]] += flow;
        }
      }
      if (q > 0 && next[h] > 0) {
        // Every unit ending current prepays independently with probability q: one binomial
        // draw over all of them, exactly as one draw per move would be.
        prepaying = splitter.binomial(next[h], q);
        next[prepayIndex] += prepaying;
        next[h] -= prepaying;
      }
      flows.collectedCurrent += (current + applied) * bill;
      flows.prepaymentsApplied += applied * bill;
      flows.arrearsRecovered += arrears * bill;
      flows.writtenOff += written * bill;
      flows.prepaymentsReceived += prepaying * prepayMoney * bill;
      if (billedUnits) {
        flows.householdPaid += paidUnits + applied;
      }

      double closing = 0;
      for (int state = 1; state <= k; state++) {
        closing += next[h + state] * state;
      }
      double closingPrepaid = 0;
      for (int m = 1; m <= h; m++) {
        closingPrepaid += next[h - m] * m;
      }
      flows.closingArrears += closing * bill;
      flows.closingPrepaid += closingPrepaid * bill;
      System.arraycopy(next, 0, counts, o, s);
      if (trackStates) {
        for (int i = 0; i < s; i++) {
          flows.unitsByState[i] += next[i];
        }
        for (int state = 1; state <= k; state++) {
          flows.arrearsByState[state] += next[h + state] * state * bill;
        }
      }
    }
  }

  /**
   * Adds the month's public revenue, spending and remuneration, and the trust account's cash.
   *
   * @param sc the scenario
   * @param flows the month's fee flows, from {@link #advance}
   * @param openingCash the cash before the month
   * @param roundRemuneration whether to round a percentage remuneration HALF_UP to the minor unit
   *     (a run, where collections are whole minor units) or keep it exact (an expectation)
   */
  static void settle(
      CompiledScenario sc, MonthFlows flows, double openingCash, boolean roundRemuneration) {
    flows.publicRevenue = sc.publicRevenue;
    flows.spending = sc.spending;
    flows.openingCash = openingCash;
    double collected = flows.collected();
    double remuneration;
    switch (sc.scheme) {
      case FIXED_MONTHLY:
        remuneration = sc.fixedRemuneration;
        break;
      case PERCENT_OF_COLLECTED:
        double base = collected + (sc.includePublicRevenue ? sc.publicRevenue : 0);
        remuneration = roundRemuneration ? percentOf(sc.percent, base) : base * sc.percentFraction;
        break;
      default:
        remuneration = 0;
        break;
    }
    flows.remuneration = remuneration;
    if (sc.scheme == RemunerationScheme.LUMP_SUM) {
      flows.trusteeResult = collected - sc.spending;
      flows.ownersSurplus = sc.publicRevenue;
      flows.closingCash = openingCash + sc.publicRevenue;
    } else {
      flows.trusteeResult = remuneration;
      flows.ownersSurplus = collected + sc.publicRevenue - sc.spending - remuneration;
      double feeCash = collected - flows.prepaymentsApplied + flows.prepaymentsReceived;
      flows.closingCash = openingCash + feeCash + sc.publicRevenue - sc.spending - remuneration;
    }
  }

  /**
   * Returns {@code percent / 100 × base} rounded HALF_UP to a whole minor unit, exactly, for a base
   * of whole minor units (DOMAIN.md §4).
   */
  static double percentOf(BigDecimal percent, double base) {
    long minor = (long) base;
    long micro = percent.movePointRight(6).longValueExact();
    long high = Math.multiplyHigh(minor, micro);
    long product = minor * micro;
    if (high == 0 && product >= 0) {
      long whole = product / MICRO_PERCENT;
      long rest = product % MICRO_PERCENT;
      return whole + (rest * 2 >= MICRO_PERCENT ? 1 : 0);
    }
    return BigDecimal.valueOf(minor)
        .multiply(percent)
        .movePointLeft(2)
        .setScale(0, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
