package org.propertytrust.scenario.projection;

import java.util.ArrayList;
import java.util.List;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * The expected-value projection: the exact expected number of units in every state of every cohort
 * is carried from month to month (the state vector times the roll-rate matrix, with prepayment),
 * and every figure is the expectation of the amounts the moves mean ({@link
 * org.propertytrust.scenario.spec.ArrearsTransition}).
 *
 * <p>Amounts are expectations: linear figures (billed, collected, arrears, cash, remuneration) are
 * exactly the means a Monte Carlo converges to. The rates are ratios of expected amounts, {@code
 * E[collected] ÷ E[billed + openingArrears]}, which for the combined rate differs slightly from the
 * mean of per-run rates. The cost is {@code months × cohorts × states²} at most ({@link
 * WorkBudget#passSteps}), independent of the number of units.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpectedProjection {
  private ExpectedProjection() {}

  /**
   * Projects a scenario's expected figures month by month.
   *
   * @param spec the scenario; not null
   * @return the projection, one entry per month
   * @throws org.propertytrust.core.TrustException if the projection would exceed the work budget
   *     ({@link WorkBudget})
   */
  public static Projection project(ScenarioSpec spec) {
    WorkBudget.checkProjection(spec);
    CompiledScenario sc = new CompiledScenario(spec);
    return Assembly.projection(sc, flows(sc));
  }

  /** The exact expected flows of every month, before rounding. */
  static List<MonthFlows> flows(CompiledScenario sc) {
    double[] counts = new double[sc.cohorts * sc.states];
    for (int c = 0; c < sc.cohorts; c++) {
      System.arraycopy(sc.initial[c], 0, counts, c * sc.states, sc.states);
    }
    double[] next = new double[sc.states];
    double[] out = new double[sc.maxState + 2];
    Splitter expectation = new Splitter.Expectation();
    List<MonthFlows> months = new ArrayList<>(sc.months);
    double cash = sc.openingCash;
    for (int t = 0; t < sc.months; t++) {
      MonthFlows flows = new MonthFlows(sc);
      MonthStep.advance(sc, counts, 0, next, out, expectation, flows, true);
      MonthStep.settle(sc, flows, cash, false);
      cash = flows.closingCash;
      months.add(flows);
    }
    return months;
  }
}
