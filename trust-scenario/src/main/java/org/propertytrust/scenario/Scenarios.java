package org.propertytrust.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.scenario.calibration.Calibration;
import org.propertytrust.scenario.calibration.CalibrationResult;
import org.propertytrust.scenario.format.ScenarioSpecJson;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.ExpectedProjection;
import org.propertytrust.scenario.projection.ImmutableComparison;
import org.propertytrust.scenario.projection.ImmutableOutcome;
import org.propertytrust.scenario.projection.MonteCarlo;
import org.propertytrust.scenario.projection.Outcome;
import org.propertytrust.scenario.projection.Projection;
import org.propertytrust.scenario.projection.Simulation;
import org.propertytrust.scenario.projection.SimulationOptions;
import org.propertytrust.scenario.projection.WorkBudget;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * The entry points of scenarios, for applications and the command line: read a spec, project it,
 * simulate it, compare it with its variants.
 *
 * <pre>{@code
 * ScenarioSpec spec = Scenarios.readSpec(Path.of("sunny-garden.json"));
 * Comparison result = Scenarios.compare(spec, SimulationOptions.of(1000, 42));
 * ScenarioCsv.write(result, Path.of("out.csv"));
 * ScenarioCharts.writePng(result, Path.of("out.png"));
 *
 * ScenarioSpec forecast = Scenarios.fromBook(book, 24);   // a book read by trust-json
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scenarios {
  private static final String EXAMPLE = "example-scenario.json";

  private Scenarios() {}

  /**
   * Reads a scenario spec from a JSON file ({@code trust-scenario/1}, see {@link
   * ScenarioSpecJson}).
   *
   * @param file the file; not null
   * @return the spec
   * @throws TrustException listing every problem with its JSON path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ScenarioSpec readSpec(Path file) {
    return ScenarioSpecJson.read(file);
  }

  /**
   * Writes a scenario spec to a JSON file.
   *
   * @param spec the spec; not null
   * @param file the file; not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeSpec(ScenarioSpec spec, Path file) {
    ScenarioSpecJson.write(spec, file);
  }

  /**
   * Returns the example scenario shipped with the library: "sunny-garden", 600 units in three
   * cohorts over 24 months, a backlog of arrears at the start and collection rising towards 92%,
   * 10% remuneration compared with a fixed fee and the lump-sum model.
   *
   * @return the spec
   */
  public static ScenarioSpec example() {
    try (InputStream in = Scenarios.class.getResourceAsStream(EXAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the example scenario is missing from the library");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return ScenarioSpecJson.read(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Calibrates a book's payment history with the default options: the transition counts, the
   * roll-rate matrix, the prepayment propensity and the observed figures.
   *
   * @param book the book; not null
   * @return the calibration
   */
  public static CalibrationResult calibrate(TrustBook book) {
    return Calibration.fromBook(book);
  }

  /**
   * Returns a scenario for the months after a book, calibrated from its history ({@code trust
   * scenario --from-book BOOK.json --months 24}).
   *
   * @param book the book; not null
   * @param months the months to project, 1 to {@value ScenarioSpec#MAX_MONTHS}
   * @return the scenario, starting the month after the book's last month
   * @throws TrustException if the book has no charges
   */
  public static ScenarioSpec fromBook(TrustBook book, int months) {
    return Calibration.fromBook(book).forecast(months);
  }

  /**
   * Projects a scenario's expected figures, month by month.
   *
   * @param spec the scenario; not null
   * @return the projection
   * @throws TrustException if the work or memory needed exceeds the budget ({@link WorkBudget})
   */
  public static Projection project(ScenarioSpec spec) {
    return ExpectedProjection.project(spec);
  }

  /**
   * Runs a seeded Monte Carlo of a scenario on every available processor.
   *
   * @param spec the scenario; not null
   * @param runs the number of runs, 1 to {@value SimulationOptions#MAX_RUNS}
   * @param seed the seed
   * @return the per-month percentiles
   * @throws TrustException if the work or memory needed exceeds the budget ({@link WorkBudget})
   */
  public static Simulation simulate(ScenarioSpec spec, int runs, long seed) {
    return MonteCarlo.simulate(spec, runs, seed);
  }

  /**
   * Runs a seeded Monte Carlo of a scenario.
   *
   * @param spec the scenario; not null
   * @param options the runs, seed and parallelism; not null
   * @return the per-month percentiles
   * @throws TrustException if the work or memory needed exceeds the budget ({@link WorkBudget})
   */
  public static Simulation simulate(ScenarioSpec spec, SimulationOptions options) {
    return MonteCarlo.simulate(spec, options);
  }

  /**
   * Projects a scenario and each of its variants ({@link ScenarioSpec#expand()}).
   *
   * @param spec the scenario; not null
   * @return the comparison, the scenario first
   * @throws TrustException if the work or memory needed exceeds the budget ({@link WorkBudget})
   */
  public static Comparison compare(ScenarioSpec spec) {
    return compare(spec.expand(), Optional.empty());
  }

  /**
   * Projects and simulates a scenario and each of its variants, all with the same seed.
   *
   * <p>With the same seed every scenario draws the same random numbers (common random numbers), so
   * variants that differ only in remuneration have exactly the same collections run by run, and the
   * comparison shows the remuneration models' effect alone.
   *
   * @param spec the scenario; not null
   * @param options the runs, seed and parallelism; not null
   * @return the comparison, the scenario first
   * @throws TrustException if the work or memory needed exceeds the budget ({@link WorkBudget})
   */
  public static Comparison compare(ScenarioSpec spec, SimulationOptions options) {
    return compare(spec.expand(), Optional.of(options));
  }

  /**
   * Projects each of a list of scenarios (a sweep, see {@link
   * org.propertytrust.scenario.spec.Sweeps}).
   *
   * @param specs the scenarios, with distinct names; not null, not empty
   * @return the comparison, in the order of the scenarios
   * @throws TrustException if two scenarios share a name or there are none, or the work or memory
   *     needed exceeds the budget ({@link WorkBudget})
   */
  public static Comparison compare(List<ScenarioSpec> specs) {
    return compare(specs, Optional.empty());
  }

  /**
   * Projects and simulates each of a list of scenarios, all with the same seed (common random
   * numbers, as {@link #compare(ScenarioSpec, SimulationOptions)} explains).
   *
   * @param specs the scenarios, with distinct names; not null, not empty
   * @param options the runs, seed and parallelism; not null
   * @return the comparison, in the order of the scenarios
   * @throws TrustException if two scenarios share a name or there are none, or the work or memory
   *     needed exceeds the budget ({@link WorkBudget})
   */
  public static Comparison compare(List<ScenarioSpec> specs, SimulationOptions options) {
    return compare(specs, Optional.of(options));
  }

  private static Comparison compare(List<ScenarioSpec> specs, Optional<SimulationOptions> options) {
    WorkBudget.checkComparison(specs, options.map(SimulationOptions::runs).orElse(0));
    ImmutableComparison.Builder out = Comparison.builder();
    for (ScenarioSpec spec : specs) {
      ImmutableOutcome.Builder outcome =
          Outcome.builder().scenario(spec).expected(ExpectedProjection.project(spec));
      options.ifPresent(o -> outcome.simulation(MonteCarlo.simulate(spec, o)));
      out.addOutcome(outcome.build());
    }
    return out.build();
  }
}
