package org.propertytrust.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.projection.Projection;
import org.propertytrust.scenario.projection.Simulation;
import org.propertytrust.scenario.projection.SimulationOptions;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ImmutableMonthlyAmount;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * The Monte Carlo of a scenario: the shipped example community (three cohorts, arrears states 0 to
 * 6, prepayment) scaled to {@code units} units, 120 months, 10,000 runs on every core, wall time
 * per simulation. Its cost must not grow with the number of units: it draws counts per state and
 * cohort, never one unit at a time. The expected-value projection of the same scenario is measured
 * beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx2g"})
public class ScenarioBenchmark {
  /** The number of units in the community. */
  @Param({"10000", "1000000"})
  public int units;

  private ScenarioSpec spec;
  private SimulationOptions options;

  /** Scales the example to the unit count and 120 months. */
  @Setup(Level.Trial)
  public void setUp() {
    spec = scaled(Scenarios.example(), units, 120);
    options = SimulationOptions.builder().runs(10_000).seed(7).build();
  }

  /**
   * 10,000 seeded Monte Carlo runs with their per-month percentiles.
   *
   * @return the simulation
   */
  @Benchmark
  public Simulation monteCarlo() {
    return Scenarios.simulate(spec, options);
  }

  /**
   * The exact expected-value projection.
   *
   * @return the projection
   */
  @Benchmark
  public Projection expectedValue() {
    return Scenarios.project(spec);
  }

  /**
   * Returns a scenario like {@code spec} with {@code units} units in the same proportions per
   * cohort and state, public revenue and spending scaled alike, over {@code months} months.
   *
   * @param spec the scenario; not null
   * @param units the units wanted
   * @param months the months
   * @return the scaled scenario
   */
  static ScenarioSpec scaled(ScenarioSpec spec, int units, int months) {
    long total = spec.cohorts().stream().mapToLong(Cohort::units).sum();
    List<Cohort> cohorts = new ArrayList<>();
    long assigned = 0;
    for (int i = 0; i < spec.cohorts().size(); i++) {
      Cohort cohort = spec.cohorts().get(i);
      int size =
          i == spec.cohorts().size() - 1
              ? (int) (units - assigned)
              : (int) (cohort.units() * (long) units / total);
      assigned += size;
      cohorts.add(scaledCohort(cohort, size));
    }
    BigDecimal factor =
        BigDecimal.valueOf(units).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP);
    return ImmutableScenarioSpec.copyOf(spec)
        .withMonths(months)
        .withCohorts(cohorts)
        .withPublicRevenue(scaledAmounts(spec.publicRevenue(), factor))
        .withSpending(scaledAmounts(spec.spending(), factor))
        .withOpeningCash(spec.openingCash().multipliedBy(factor, RoundingMode.HALF_UP));
  }

  private static Cohort scaledCohort(Cohort cohort, int size) {
    List<Integer> prepaid = scaledCounts(cohort.initialPrepaid(), cohort.units(), size);
    List<Integer> arrears = scaledCounts(cohort.initialArrears(), cohort.units(), size);
    long prepaidUnits = prepaid.stream().mapToLong(Integer::longValue).sum();
    if (!arrears.isEmpty()) {
      // what rounding down left over is current
      long counted = arrears.stream().mapToLong(Integer::longValue).sum() + prepaidUnits;
      arrears.set(0, (int) (arrears.get(0) + size - counted));
    }
    // one builder, not copies: each copy checks that the counts add up to the units
    return Cohort.builder()
        .id(cohort.id())
        .units(size)
        .areaM2(cohort.areaM2())
        .monthlyBill(cohort.monthlyBill())
        .rollRates(cohort.rollRates())
        .addAllInitialArrears(arrears)
        .addAllInitialPrepaid(prepaid)
        .build();
  }

  private static List<Integer> scaledCounts(List<Integer> counts, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int count : counts) {
      out.add((int) ((long) count * to / from));
    }
    return out;
  }

  private static List<MonthlyAmount> scaledAmounts(List<MonthlyAmount> amounts, BigDecimal factor) {
    List<MonthlyAmount> out = new ArrayList<>();
    for (MonthlyAmount amount : amounts) {
      Money monthly = amount.monthly().multipliedBy(factor, RoundingMode.HALF_UP);
      out.add(ImmutableMonthlyAmount.copyOf(amount).withMonthly(monthly));
    }
    return out;
  }
}
