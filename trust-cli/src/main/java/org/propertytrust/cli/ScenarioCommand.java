package org.propertytrust.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.cli.render.Table;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.calibration.CalibrationResult;
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
      description = "Months to project with --from-book (default: 24).")
  int months = 24;

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
    ScenarioSpec spec;
    if (source.book.isPresent()) {
      TrustBook book = readBook(new BookInput(source.book.get(), stdin(), false));
      CalibrationResult calibration = Scenarios.calibrate(book);
      printCalibration(calibration, m);
      spec = Scenarios.fromBook(book, months);
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
    for (Optional<Path> file : java.util.List.of(csv, json, chart, writeSpec)) {
      file.ifPresent(f -> out().println(m.get("scenario.wrote", f)));
    }
    out().flush();
    return TrustCommand.OK;
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
