package org.propertytrust.scenario.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.scenario.projection.Band;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.Figure;
import org.propertytrust.scenario.projection.MonthBands;
import org.propertytrust.scenario.projection.MonthFigures;
import org.propertytrust.scenario.projection.Outcome;

/**
 * Writes results as CSV: a header row, then one row per scenario and month, ready for {@code
 * pandas.read_csv} or R's {@code read.csv}.
 *
 * <p>Columns, in order:
 *
 * <ul>
 *   <li>{@code scenario}, {@code month} ({@code YYYY-MM}), {@code month_index} (1 for the first);
 *   <li>the expected value of every {@link Figure}, named by {@link Figure#column()} ({@code
 *       billed}, {@code collected_current}, …, {@code household_rate});
 *   <li>{@code units_state_0} … {@code units_state_K}: expected units in each arrears state, and
 *       {@code units_prepaid_1} … {@code units_prepaid_H}: expected units with that many months
 *       paid in advance; {@code arrears_state_1} … {@code arrears_state_K}: open bills by state;
 *   <li>when any scenario was simulated: for every figure {@code <figure>_p5}, {@code
 *       <figure>_p50}, {@code <figure>_p95}, {@code <figure>_mean}, {@code <figure>_sd}, then
 *       {@code p_negative_cash}, {@code runs} and {@code seed}.
 * </ul>
 *
 * <p>Amounts are plain decimal strings at the currency's scale ({@code 1234.50}, no grouping, no
 * currency), rates and unit counts have 4 decimal places, an absent value (a rate with nothing
 * billed, a state a scenario does not have, a scenario not simulated) is an empty field. Nothing
 * depends on the default locale. Fields are quoted only when they contain a comma, quote or line
 * break (RFC 4180); lines end with {@code \n}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioCsv {
  private ScenarioCsv() {}

  /**
   * Writes a comparison to a file (UTF-8), replacing it.
   *
   * @param comparison the results; not null
   * @param file the file; not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Comparison comparison, Path file) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(comparison, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + IoProblem.reason(e), e);
    }
  }

  /**
   * Writes a comparison.
   *
   * @param comparison the results; not null
   * @param out where to write; not null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Comparison comparison, Writer out) {
    try {
      out.write(toCsv(comparison));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }

  /**
   * Returns a comparison as CSV text.
   *
   * @param comparison the results; not null
   * @return the CSV text, header first
   */
  public static String toCsv(Comparison comparison) {
    int maxState = 0;
    int prepaid = 0;
    boolean simulated = false;
    for (Outcome outcome : comparison.outcomes()) {
      maxState = Math.max(maxState, outcome.scenario().maxState());
      prepaid = Math.max(prepaid, outcome.scenario().prepaidStates());
      simulated |= outcome.simulation().isPresent();
    }
    List<String> header = new ArrayList<>();
    header.add("scenario");
    header.add("month");
    header.add("month_index");
    for (Figure figure : Figure.values()) {
      header.add(figure.column());
    }
    for (int s = 0; s <= maxState; s++) {
      header.add("units_state_" + s);
    }
    for (int m = 1; m <= prepaid; m++) {
      header.add("units_prepaid_" + m);
    }
    for (int s = 1; s <= maxState; s++) {
      header.add("arrears_state_" + s);
    }
    if (simulated) {
      for (Figure figure : Figure.values()) {
        for (String statistic : List.of("p5", "p50", "p95", "mean", "sd")) {
          header.add(figure.column() + "_" + statistic);
        }
      }
      header.add("p_negative_cash");
      header.add("runs");
      header.add("seed");
    }
    StringBuilder out = new StringBuilder();
    line(out, header);
    for (Outcome outcome : comparison.outcomes()) {
      for (MonthFigures month : outcome.expected().months()) {
        List<String> row = new ArrayList<>(header.size());
        row.add(outcome.name());
        row.add(month.month().toString());
        row.add(Integer.toString(month.index()));
        for (Figure figure : Figure.values()) {
          row.add(month.value(figure).map(BigDecimal::toPlainString).orElse(""));
        }
        for (int s = 0; s <= maxState; s++) {
          row.add(
              s < month.unitsByState().size() ? month.unitsByState().get(s).toPlainString() : "");
        }
        for (int m = 1; m <= prepaid; m++) {
          row.add(
              m <= month.prepaidUnits().size()
                  ? month.prepaidUnits().get(m - 1).toPlainString()
                  : "");
        }
        for (int s = 1; s <= maxState; s++) {
          row.add(
              s < month.arrearsByState().size()
                  ? Amounts.format(month.arrearsByState().get(s))
                  : "");
        }
        if (simulated) {
          Optional<MonthBands> bands = outcome.simulation().map(sim -> sim.month(month.index()));
          for (Figure figure : Figure.values()) {
            Optional<Band> band = bands.flatMap(b -> b.band(figure));
            row.add(band.map(b -> b.p5().toPlainString()).orElse(""));
            row.add(band.map(b -> b.p50().toPlainString()).orElse(""));
            row.add(band.map(b -> b.p95().toPlainString()).orElse(""));
            row.add(band.map(b -> b.mean().toPlainString()).orElse(""));
            row.add(band.map(b -> b.standardDeviation().toPlainString()).orElse(""));
          }
          row.add(bands.map(b -> b.probabilityNegativeCash().toPlainString()).orElse(""));
          row.add(outcome.simulation().map(s -> Integer.toString(s.runs())).orElse(""));
          row.add(outcome.simulation().map(s -> Long.toString(s.seed())).orElse(""));
        }
        line(out, row);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append('\n');
  }

  private static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
