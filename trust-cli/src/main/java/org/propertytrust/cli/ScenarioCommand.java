package org.propertytrust.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.cli.render.Table;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.calibration.Calibration;
import org.propertytrust.scenario.calibration.CalibrationOptions;
import org.propertytrust.scenario.calibration.CalibrationResult;
import org.propertytrust.scenario.calibration.ImmutableCalibrationOptions;
import org.propertytrust.scenario.chart.ScenarioCharts;
import org.propertytrust.scenario.format.ScenarioCsv;
import org.propertytrust.scenario.format.ScenarioJson;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.Figure;
import org.propertytrust.scenario.projection.MonthBands;
import org.propertytrust.scenario.projection.MonthFigures;
import org.propertytrust.scenario.projection.Outcome;
import org.propertytrust.scenario.projection.SimulationOptions;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trust scenario SPEC.json} and {@code trust scenario --from-book BOOK.json}: collection
 * rate projections (see docs/scenarios.md).
 */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = {
      "Project a community's collection rate month by month: an exact expected-value projection",
      "and a seeded Monte Carlo with P5/P50/P95, for each remuneration model or variant in the spec.",
      "With --from-book the roll rates are first estimated from the book's payment history."
    })
final class ScenarioCommand extends Base implements Callable<Integer> {
  /** Where the scenario comes from: exactly one. */
  static final class Source {
    @Parameters(
        paramLabel = "SPEC",
        arity = "0..1",
        description = "A scenario spec (trust-scenario/1 JSON).")
    Optional<Path> spec = Optional.empty();

    @Option(
        names = "--from-book",
        paramLabel = "BOOK",
        description = "Calibrate on a book (trust-book/1), then project.")
    Optional<String> book = Optional.empty();

    @Option(names = "--example", description = "Run the bundled example scenario.")
    boolean example;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = "--months",
      paramLabel = "N",
      description = "Months to project with --from-book, 1 to 1200 (default: 24).")
  Optional<Integer> months = Optional.empty();

  @Option(
      names = "--max-state",
      paramLabel = "K",
      description = {
        "With --from-book: the cap of the arrears states, 1 to 120 (default: 6). A unit with K or",
        "more months open is in state K; choose K above the deepest arrears the book shows."
      })
  Optional<Integer> maxState = Optional.empty();

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Monte Carlo runs (default: 1000; 0 for the expected-value projection only).")
  int runs = 1000;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed: the same seed gives the same output on any machine (default: 1).")
  long seed = 1;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Write one row per scenario and month (for pandas or R).")
  Optional<Path> csv = Optional.empty();

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the results as JSON (trust-scenario-result/1).")
  Optional<Path> json = Optional.empty();

  @Option(
      names = "--chart",
      paramLabel = "FILE.png",
      description = "Draw the collection-rate fan (P5-P95) and trust cash as a PNG.")
  Optional<Path> chart = Optional.empty();

  @Option(
      names = "--write-spec",
      paramLabel = "FILE",
      description = "Save the scenario spec used (the calibrated one with --from-book).")
  Optional<Path> writeSpec = Optional.empty();

  @Override
  String bookName() {
    return source.book.map(BookInput::displayName).orElse("the book");
  }

  @Override
  public Integer call() {
    Messages m = messages();
    csv.ifPresent(file -> fileName("--csv", file));
    json.ifPresent(file -> fileName("--json", file));
    chart.ifPresent(file -> fileName("--chart", file));
    writeSpec.ifPresent(file -> fileName("--write-spec", file));
    checkOptions();
    List<Optional<Path>> outputs = List.of(csv, json, chart, writeSpec);
    for (Optional<Path> file : outputs) {
      file.ifPresent(ScenarioCommand::checkWritable);
    }
    ScenarioSpec spec;
    if (source.book.isPresent()) {
      TrustBook book = readBook(new BookInput(source.book.get(), stdin(), false));
      ImmutableCalibrationOptions.Builder options = CalibrationOptions.builder();
      maxState.ifPresent(options::maxState);
      CalibrationResult calibration = Calibration.fromBook(book, options.build());
      printCalibration(calibration, m);
      spec = calibration.forecast(months.orElse(24));
      printCapWarning(calibration, m);
    } else if (source.example) {
      spec = Scenarios.example();
    } else {
      Path file = source.spec.orElseThrow();
      spec = FileProblems.reading(file, () -> Scenarios.readSpec(file));
    }
    writeSpec.ifPresent(file -> FileProblems.writing(file, () -> Scenarios.writeSpec(spec, file)));
    Comparison comparison =
        runs == 0
            ? Scenarios.compare(spec)
            : Scenarios.compare(spec, SimulationOptions.of(runs, seed));
    for (Outcome outcome : comparison.outcomes()) {
      printOutcome(outcome, m);
    }
    csv.ifPresent(file -> FileProblems.writing(file, () -> ScenarioCsv.write(comparison, file)));
    json.ifPresent(file -> FileProblems.writing(file, () -> ScenarioJson.write(comparison, file)));
    chart.ifPresent(
        file -> FileProblems.writing(file, () -> ScenarioCharts.writePng(comparison, file)));
    for (Optional<Path> file : outputs) {
      file.ifPresent(f -> out().println(m.get("scenario.wrote", f)));
    }
    out().flush();
    return TrustCommand.OK;
  }

  /**
   * Refuses options that do not apply or are out of range. (These messages are in English only: the
   * message bundles have no keys for them yet.)
   */
  private void checkOptions() {
    if (source.book.isEmpty() && months.isPresent()) {
      throw usage(
          "io.other",
          "--months applies to --from-book only: a spec sets its own months (its \"months\")");
    }
    if (source.book.isEmpty() && maxState.isPresent()) {
      throw usage(
          "io.other",
          "--max-state applies to --from-book only: a spec sets its own roll-rate matrix");
    }
    if (runs < 0 || runs > SimulationOptions.MAX_RUNS) {
      throw usage(
          "io.other",
          "--runs must be from 0 (expected values only) to "
              + SimulationOptions.MAX_RUNS
              + ", not "
              + runs);
    }
    if (maxState.isPresent() && (maxState.get() < 1 || maxState.get() >= RollRates.MAX_STATES)) {
      throw usage(
          "io.other",
          "--max-state must be from 1 to "
              + (RollRates.MAX_STATES - 1)
              + ", not "
              + maxState.get());
    }
  }

  /** Refuses, before any work, an output file that cannot be written. */
  private static void checkWritable(Path file) {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    Text problem = null;
    if (Files.isDirectory(absolute)) {
      problem = new Text("io.isDirectory");
    } else if (folder == null || !Files.isDirectory(folder)) {
      problem = new Text("io.noFolder", file.getParent() == null ? folder : file.getParent());
    } else if (Files.exists(absolute) ? !Files.isWritable(absolute) : !Files.isWritable(folder)) {
      problem = new Text("io.denied");
    }
    if (problem != null) {
      throw new CommandException("error.write", file, problem);
    }
  }

  /** Warns when the cap of the arrears states hid part of the book's arrears. */
  private void printCapWarning(CalibrationResult c, Messages m) {
    Optional<YearMonth> last = c.lastMonth();
    if (last.isEmpty()
        || c.unitMonthsAboveCap() + c.capMovesWithPayment() + c.unitsBeyondCap(last.get()) == 0) {
      return;
    }
    String template =
        m.isChinese()
            ? "注意：欠费状态上限 K = %1$d 掩盖了更深的欠费。计入的转移中欠费超过 %1$d 个月的：%2$d 次；"
                + "按 %1$d→%1$d（未缴、最早一月核销）计入但当月缴了费的：%3$d 次。预测把 %4$d 户按欠 %1$d"
                + " 个月起算，未计入其更早的应收 %5$s。账本中最多欠 %6$d 个月：可用 --max-state %7$d 重新估计。"
            : "Warning: the cap of the arrears states, K = %1$d, hides deeper arrears. Counted moves"
                + " with more than %1$d months open: %2$d; moves counted as %1$d -> %1$d (paid"
                + " nothing, oldest bill written off) in which a bill was paid: %3$d. The forecast"
                + " starts %4$d unit(s) %1$d months behind and leaves out %5$s of their older"
                + " receivables. Units had up to %6$d months open: --max-state %7$d counts them as"
                + " they are.";
    out()
        .println(
            String.format(
                Locale.ROOT,
                template,
                c.options().maxState(),
                c.unitMonthsAboveCap(),
                c.capMovesWithPayment(),
                c.unitsBeyondCap(last.get()),
                m.money(c.arrearsBeyondCap(last.get())),
                c.deepestArrears(),
                Math.min(RollRates.MAX_STATES - 1, c.deepestArrears() + 1)));
    out().println();
  }

  private void printCalibration(CalibrationResult c, Messages m) {
    out()
        .println(
            m.get(
                "scenario.calibrated",
                Renderer.plain(c.book()),
                c.firstMonth().map(m::month).orElse("—"),
                c.lastMonth().map(m::month).orElse("—")));
    RollRates rates = c.rollRates();
    String[] headers = new String[rates.states() + 1];
    headers[0] = m.get("scenario.from");
    for (int j = 0; j < rates.states(); j++) {
      headers[j + 1] = m.get("scenario.state", j) + "#";
    }
    Table table = new Table(headers);
    for (int i = 0; i < rates.states(); i++) {
      String[] row = new String[rates.states() + 1];
      row[0] = m.get("scenario.state", i) + (c.fallbackRows().contains(i) ? " *" : "");
      for (int j = 0; j < rates.states(); j++) {
        row[j + 1] =
            BigDecimal.valueOf(rates.probability(i, j))
                .setScale(3, RoundingMode.HALF_UP)
                .toPlainString();
      }
      table.row(row);
    }
    out().print(Renderer.textTable(table));
    if (!c.fallbackRows().isEmpty()) {
      out().println(m.get("scenario.fallback"));
    }
    out().println();
  }

  private void printOutcome(Outcome outcome, Messages m) {
    out().println(m.get("scenario.heading", outcome.name(), outcome.scenario().months()));
    Table table =
        new Table(
            m.get("demo.month"),
            m.get("statement.billed") + "#",
            m.get("statement.collected") + "#",
            m.get("metric.currentRate") + "#",
            "P5–P95#",
            m.get("scenario.cash") + "#",
            m.get("scenario.trustee") + "#");
    for (MonthFigures month : outcome.expected().months()) {
      String band = "";
      if (outcome.simulation().isPresent()) {
        MonthBands bands = outcome.simulation().get().month(month.index());
        band =
            bands
                .band(Figure.CURRENT_RATE)
                .map(b -> percent(b.p5()) + "–" + percent(b.p95()))
                .orElse("—");
      }
      table.row(
          m.month(month.month()),
          m.money(month.billed()),
          m.money(month.collected()),
          month.currentRate().map(ScenarioCommand::percent).orElse("—"),
          band,
          m.money(month.closingCash()),
          m.money(month.trusteeResult()));
    }
    out().print(Renderer.textTable(table));
    out().println();
  }

  private static String percent(BigDecimal rate) {
    return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
