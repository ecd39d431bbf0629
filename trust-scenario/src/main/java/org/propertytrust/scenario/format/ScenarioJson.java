package org.propertytrust.scenario.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.joda.money.Money;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.scenario.projection.Band;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.Figure;
import org.propertytrust.scenario.projection.MonthBands;
import org.propertytrust.scenario.projection.MonthFigures;
import org.propertytrust.scenario.projection.Outcome;
import org.propertytrust.scenario.projection.Simulation;

/**
 * Writes results as JSON, format {@code trust-scenario-result/1}:
 *
 * <pre>{@code
 * { "format": "trust-scenario-result/1",
 *   "scenarios": [
 *     { "name": "sunny-garden", "remuneration": "10% of collected",
 *       "spec": { ...the trust-scenario/1 spec... },
 *       "expected": [ { "month": "2025-01", "index": 1, "billed": "130224.00", ...,
 *                       "currentRate": "0.8005", "combinedRate": "0.6402", ...,
 *                       "unitsByState": ["...", ...], "prepaidUnits": [...],
 *                       "arrearsByState": ["0.00", ...] }, ... ],
 *       "simulation": { "runs": 1000, "seed": 42, "percentiles": "nearest-rank",
 *                       "months": [ { "month": "2025-01", "index": 1,
 *                                     "probabilityNegativeCash": "0.0000",
 *                                     "collected": { "p5": "...", "p50": "...", "p95": "...",
 *                                                    "mean": "...", "standardDeviation": "..." },
 *                                     ... } ] } } ] }
 * }</pre>
 *
 * <p>Figures use the keys of {@link Figure#key()}. Amounts and rates are decimal strings (amounts
 * at the currency's scale, rates and unit counts with 4 places), {@code null} where a rate is
 * absent, as {@code trust metrics --json} prints them; {@code simulation} is absent when none was
 * run. Output is deterministic.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioJson {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "trust-scenario-result/1";

  private ScenarioJson() {}

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
      out.write(toJson(comparison));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /**
   * Returns a comparison as JSON text, ending with a line break.
   *
   * @param comparison the results; not null
   * @return the JSON text
   */
  public static String toJson(Comparison comparison) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    ArrayNode scenarios = root.putArray("scenarios");
    for (Outcome outcome : comparison.outcomes()) {
      ObjectNode node = scenarios.addObject();
      node.put("name", outcome.name());
      node.put("remuneration", outcome.scenario().remuneration().describe());
      node.set("spec", ScenarioSpecJson.tree(outcome.scenario()));
      ArrayNode expected = node.putArray("expected");
      for (MonthFigures month : outcome.expected().months()) {
        expected.add(month(month));
      }
      outcome.simulation().ifPresent(sim -> node.set("simulation", simulation(sim)));
    }
    return JsonText.print(root);
  }

  private static ObjectNode month(MonthFigures month) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("month", month.month().toString());
    node.put("index", month.index());
    for (Figure figure : Figure.values()) {
      put(node, figure.key(), month.value(figure));
    }
    ArrayNode units = node.putArray("unitsByState");
    month.unitsByState().forEach(u -> units.add(u.toPlainString()));
    ArrayNode prepaid = node.putArray("prepaidUnits");
    month.prepaidUnits().forEach(u -> prepaid.add(u.toPlainString()));
    ArrayNode arrears = node.putArray("arrearsByState");
    for (Money amount : month.arrearsByState()) {
      arrears.add(Amounts.format(amount));
    }
    return node;
  }

  private static ObjectNode simulation(Simulation simulation) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("runs", simulation.runs());
    node.put("seed", simulation.seed());
    node.put("percentiles", "nearest-rank");
    ArrayNode months = node.putArray("months");
    for (MonthBands bands : simulation.months()) {
      ObjectNode month = months.addObject();
      month.put("month", bands.month().toString());
      month.put("index", bands.index());
      month.put("probabilityNegativeCash", bands.probabilityNegativeCash().toPlainString());
      for (Figure figure : Figure.values()) {
        Optional<Band> band = bands.band(figure);
        if (band.isEmpty()) {
          month.putNull(figure.key());
          continue;
        }
        ObjectNode b = month.putObject(figure.key());
        b.put("p5", band.get().p5().toPlainString());
        b.put("p50", band.get().p50().toPlainString());
        b.put("p95", band.get().p95().toPlainString());
        b.put("mean", band.get().mean().toPlainString());
        b.put("standardDeviation", band.get().standardDeviation().toPlainString());
      }
    }
    return node;
  }

  private static void put(ObjectNode node, String key, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(key, value.get().toPlainString());
    } else {
      node.putNull(key);
    }
  }
}
