package org.propertytrust.scenario.projection;

import java.util.List;
import java.util.Locale;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * The limits on the work and memory of projections and simulations, checked before any work starts,
 * so that a spec or a number of runs too large for the machine is refused with a message instead of
 * running for hours or running out of memory.
 *
 * <p><b>Work.</b> One pass over a scenario (the expected-value projection, or one Monte Carlo run)
 * takes {@code months × Σ (moves + states)} steps, summed over cohorts: the possible moves of every
 * row of the cohort's roll-rate matrix (the moves with a positive probability) and its states
 * ({@code K + 1} arrears states and the prepaid states). A simulation of {@code N} runs takes
 * {@code N} passes; a comparison projects and simulates every scenario, {@code (1 + N)} passes
 * each. The total may not exceed {@value #MAX_STEPS} steps, a few minutes on two cores. The number
 * of units does not count: draws are made per cohort and state, not per unit.
 *
 * <p><b>Memory.</b> A simulation keeps every run's units per cohort and state and its figures of
 * the month: about {@code runs × (8 × (cohorts × states + 24) + 96)} bytes, whatever the number of
 * months (percentiles are taken month by month, and scenarios are simulated one after another).
 * That may not exceed {@value #MAX_MEMORY_BYTES} bytes (1 GiB), nor half the Java heap's maximum
 * size when that is smaller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkBudget {
  /** The most steps a projection, simulation or comparison may take. */
  public static final long MAX_STEPS = 10_000_000_000L;

  /** The most memory a simulation's runs may hold, in bytes. */
  public static final long MAX_MEMORY_BYTES = 1L << 30;

  /** What one run holds besides its counts: its figures, cash, scratch and stream reference. */
  private static final int RUN_DOUBLES = Figure.values().length + 3;

  /** A run's random stream: an L64X128Mix object. */
  private static final int STREAM_BYTES = 96;

  private WorkBudget() {}

  /**
   * Returns the steps of one pass over a scenario: {@code months × Σ (moves + states)} over its
   * cohorts.
   *
   * @param spec the scenario; not null
   * @return the steps
   */
  public static long passSteps(ScenarioSpec spec) {
    return spec.months() * monthSteps(spec);
  }

  /**
   * Returns the memory a simulation's runs hold, in bytes (an estimate, on the high side).
   *
   * @param spec the scenario; not null
   * @param runs the number of runs
   * @return the bytes
   */
  public static long memoryBytes(ScenarioSpec spec, int runs) {
    return runs * runBytes(spec);
  }

  /**
   * Returns the memory a simulation may use: {@value #MAX_MEMORY_BYTES} bytes, or half the Java
   * heap's maximum size when that is smaller.
   *
   * @return the bytes
   */
  public static long memoryBudget() {
    return Math.min(MAX_MEMORY_BYTES, Runtime.getRuntime().maxMemory() / 2);
  }

  /**
   * Checks that the expected-value projection of a scenario is within the budget.
   *
   * @param spec the scenario; not null
   * @throws TrustException if it would take more than {@value #MAX_STEPS} steps
   */
  public static void checkProjection(ScenarioSpec spec) {
    checkSteps(List.of(spec), 0, false);
  }

  /**
   * Checks that a Monte Carlo simulation of a scenario is within the budget.
   *
   * @param spec the scenario; not null
   * @param runs the number of runs
   * @throws TrustException if it would take more than {@value #MAX_STEPS} steps, or more memory
   *     than {@link #memoryBudget()}
   */
  public static void checkSimulation(ScenarioSpec spec, int runs) {
    checkMemory(List.of(spec), runs);
    checkSteps(List.of(spec), runs, true);
  }

  /**
   * Checks that a comparison is within the budget: every scenario projected and, when {@code runs}
   * is positive, simulated.
   *
   * @param specs the scenarios; not null
   * @param runs the number of runs of each simulation, 0 for projections only
   * @throws TrustException if the comparison would take more than {@value #MAX_STEPS} steps, or a
   *     simulation more memory than {@link #memoryBudget()}
   */
  public static void checkComparison(List<ScenarioSpec> specs, int runs) {
    if (runs > 0) {
      checkMemory(specs, runs);
    }
    checkSteps(specs, runs, false);
  }

  private static long monthSteps(ScenarioSpec spec) {
    int states = spec.maxState() + 1 + spec.prepaidStates();
    long steps = 0;
    RollRates shared = spec.rollRates();
    long sharedMoves = moves(shared);
    for (Cohort cohort : spec.cohorts()) {
      long moves = cohort.rollRates().map(WorkBudget::moves).orElse(sharedMoves);
      steps += moves + states;
    }
    return steps;
  }

  private static long moves(RollRates rates) {
    long moves = 0;
    for (int k = 0; k <= rates.maxState(); k++) {
      for (int j = 0; j <= rates.maxState(); j++) {
        if (rates.probability(k, j) > 0) {
          moves++;
        }
      }
    }
    return moves;
  }

  private static long runBytes(ScenarioSpec spec) {
    long states = spec.maxState() + 1L + spec.prepaidStates();
    return 8 * (spec.cohorts().size() * states + RUN_DOUBLES) + STREAM_BYTES;
  }

  private static void checkMemory(List<ScenarioSpec> specs, int runs) {
    long budget = memoryBudget();
    for (ScenarioSpec spec : specs) {
      long perRun = runBytes(spec);
      long bytes = runs * perRun;
      if (bytes > budget) {
        long states = spec.maxState() + 1L + spec.prepaidStates();
        throw new TrustException(
            String.format(
                Locale.ROOT,
                "scenario %s: %,d runs × %,d cohorts × %,d states need about %,d MB for the runs'"
                    + " state, above the budget of %,d MB (1 GiB, or half the maximum Java heap if"
                    + " less); use at most %,d runs, or fewer cohorts",
                spec.name(),
                runs,
                spec.cohorts().size(),
                states,
                megabytes(bytes),
                megabytes(budget),
                Math.max(1, budget / perRun)));
      }
    }
  }

  private static void checkSteps(List<ScenarioSpec> specs, int runs, boolean simulationOnly) {
    long passes = simulationOnly ? runs : 1L + runs;
    double total = 0;
    long perPass = 0;
    boolean alike = true;
    for (ScenarioSpec spec : specs) {
      long steps = passSteps(spec);
      alike &= perPass == 0 || perPass == steps;
      perPass = Math.max(perPass, steps);
      total += (double) steps * passes;
    }
    if (total <= MAX_STEPS) {
      return;
    }
    ScenarioSpec first = specs.get(0);
    String what;
    if (specs.size() == 1 || alike) {
      what =
          String.format(
              Locale.ROOT,
              "%s%,d months × %,d cohort-state moves a month%s = %.2g steps",
              runs == 0
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "%,d %s × ",
                      passes,
                      simulationOnly ? "runs" : "passes (runs + 1)"),
              first.months(),
              monthSteps(first),
              specs.size() == 1 ? "" : String.format(Locale.ROOT, " × %d scenarios", specs.size()),
              total);
    } else {
      what =
          String.format(
              Locale.ROOT,
              "%,d passes of %d scenarios of up to %,d months = %.2g steps",
              passes,
              specs.size(),
              specs.stream().mapToInt(ScenarioSpec::months).max().orElse(0),
              total);
    }
    long allowedRuns = (long) Math.floor(MAX_STEPS / (total / passes)) - (simulationOnly ? 0 : 1);
    throw new TrustException(
        String.format(
            Locale.ROOT,
            "scenario %s is too much work: %s, above the budget of %.0e steps; %s",
            first.name(),
            what,
            (double) MAX_STEPS,
            runs > 0 && allowedRuns >= 1
                ? String.format(Locale.ROOT, "use at most %,d runs, or fewer months", allowedRuns)
                : "use fewer months or cohorts, or sparser roll-rate matrices"));
  }

  private static long megabytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
