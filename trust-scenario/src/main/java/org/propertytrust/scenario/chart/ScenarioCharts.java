package org.propertytrust.scenario.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.projection.Band;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.Figure;
import org.propertytrust.scenario.projection.MonthFigures;
import org.propertytrust.scenario.projection.Outcome;
import org.propertytrust.scenario.projection.Simulation;

/**
 * Charts of scenario results: the current-period collection rate and the trust account's cash,
 * month by month, one over the other on a shared time axis.
 *
 * <p>For each simulated scenario a band shades the Monte Carlo's P5–P95 range, a solid line marks
 * its P50, and a dashed line the expected-value projection; a scenario that was not simulated shows
 * its expected values only. Scenarios whose collections are the same (variants differing only in
 * remuneration) share one collection band, labelled with all their names.
 *
 * <p>Charts are drawn with JFreeChart into images; no display is needed ({@code
 * java.awt.headless=true} works). Labels are formatted without the default locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioCharts {
  /** The default width of a chart, in pixels. */
  public static final int DEFAULT_WIDTH = 1200;

  /** The default height of a chart, in pixels. */
  public static final int DEFAULT_HEIGHT = 800;

  private static final Color[] PALETTE = {
    new Color(0x1f, 0x77, 0xb4),
    new Color(0xd6, 0x27, 0x28),
    new Color(0x2c, 0xa0, 0x2c),
    new Color(0xff, 0x7f, 0x0e),
    new Color(0x94, 0x67, 0xbd),
    new Color(0x8c, 0x56, 0x4b),
    new Color(0x17, 0xbe, 0xcf),
  };

  private ScenarioCharts() {}

  /**
   * Writes the chart of a comparison as a PNG file of the default size.
   *
   * @param comparison the results; not null
   * @param file the file; not null; replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writePng(Comparison comparison, Path file) {
    writePng(comparison, file, DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  /**
   * Writes the chart of a comparison as a PNG file.
   *
   * @param comparison the results; not null
   * @param file the file; not null; replaced
   * @param width the width in pixels, 200 to 10000
   * @param height the height in pixels, 200 to 10000
   * @throws TrustException if a size is out of range
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writePng(Comparison comparison, Path file, int width, int height) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writePng(comparison, out, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + file + ": " + reason(e), e);
    }
  }

  /**
   * Writes the chart of a comparison as PNG.
   *
   * @param comparison the results; not null
   * @param out where to write; not null; not closed
   * @param width the width in pixels, 200 to 10000
   * @param height the height in pixels, 200 to 10000
   * @throws TrustException if a size is out of range
   * @throws UncheckedIOException if writing fails
   */
  public static void writePng(Comparison comparison, OutputStream out, int width, int height) {
    checkSize(width, height);
    try {
      ChartUtils.writeChartAsPNG(out, chart(comparison), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart", e);
    }
  }

  /**
   * Draws the chart of a comparison into an image.
   *
   * @param comparison the results; not null
   * @param width the width in pixels, 200 to 10000
   * @param height the height in pixels, 200 to 10000
   * @return the image
   * @throws TrustException if a size is out of range
   */
  public static BufferedImage render(Comparison comparison, int width, int height) {
    checkSize(width, height);
    return chart(comparison).createBufferedImage(width, height);
  }

  /** Builds the chart of a comparison. */
  static JFreeChart chart(Comparison comparison) {
    DateAxis time = new DateAxis("Month");
    time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    time.setLocale(Locale.ROOT);
    SimpleDateFormat monthFormat = new SimpleDateFormat("yyyy-MM", Locale.ROOT);
    monthFormat.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    time.setDateFormatOverride(monthFormat);
    time.setLowerMargin(0.01);
    time.setUpperMargin(0.01);

    NumberAxis rateAxis = new NumberAxis("Current-period collection rate");
    rateAxis.setNumberFormatOverride(
        new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    rateAxis.setAutoRangeIncludesZero(false);
    XYPlot ratePlot = new XYPlot();
    ratePlot.setRangeAxis(rateAxis);

    String currency = comparison.outcomes().get(0).scenario().currency().getCode();
    NumberAxis cashAxis = new NumberAxis("Trust account cash (" + currency + ")");
    cashAxis.setNumberFormatOverride(
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    cashAxis.setAutoRangeIncludesZero(true);
    XYPlot cashPlot = new XYPlot();
    cashPlot.setRangeAxis(cashAxis);

    List<Outcome> outcomes = comparison.outcomes();
    List<List<String>> rateGroups = new ArrayList<>();
    List<Outcome> rateLeaders = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      int same = -1;
      for (int i = 0; i < rateLeaders.size(); i++) {
        if (sameCollections(rateLeaders.get(i), outcome)) {
          same = i;
          break;
        }
      }
      if (same >= 0) {
        rateGroups.get(same).add(outcome.name());
      } else {
        rateLeaders.add(outcome);
        List<String> names = new ArrayList<>();
        names.add(outcome.name());
        rateGroups.add(names);
      }
    }
    for (int i = 0; i < rateLeaders.size(); i++) {
      String label = String.join(" = ", rateGroups.get(i));
      addFigure(
          ratePlot,
          rateLeaders.get(i),
          Figure.CURRENT_RATE,
          label,
          colour(outcomes, rateLeaders.get(i)),
          false);
    }
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      addFigure(
          cashPlot,
          outcome,
          Figure.CLOSING_CASH,
          outcome.name() + " (" + outcome.scenario().remuneration().describe() + ")",
          colour(outcomes, outcome),
          true);
    }

    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(12);
    plot.add(ratePlot, 1);
    plot.add(cashPlot, 1);
    String title =
        outcomes.get(0).name()
            + ": collection rate and trust cash"
            + (outcomes.size() == 1 ? "" : " (" + outcomes.size() + " scenarios)");
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle(subtitle(outcomes), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
    for (List<String> group : rateGroups) {
      if (group.size() > 1) {
        chart.addSubtitle(
            new TextTitle(
                "same collections in " + String.join(", ", group) + " (one collection band)",
                new Font(Font.SANS_SERIF, Font.ITALIC, 12)));
      }
    }
    for (XYPlot sub : List.of(ratePlot, cashPlot)) {
      sub.setBackgroundPaint(Color.WHITE);
      sub.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
      sub.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    }
    return chart;
  }

  private static Color colour(List<Outcome> outcomes, Outcome outcome) {
    return PALETTE[outcomes.indexOf(outcome) % PALETTE.length];
  }

  private static boolean sameCollections(Outcome a, Outcome b) {
    if (!a.expected()
        .series(Figure.CURRENT_RATE)
        .equals(b.expected().series(Figure.CURRENT_RATE))) {
      return false;
    }
    Optional<List<Optional<Band>>> bandsA = a.simulation().map(s -> s.series(Figure.CURRENT_RATE));
    Optional<List<Optional<Band>>> bandsB = b.simulation().map(s -> s.series(Figure.CURRENT_RATE));
    return bandsA.equals(bandsB);
  }

  private static void addFigure(
      XYPlot plot, Outcome outcome, Figure figure, String label, Color colour, boolean inLegend) {
    Optional<Simulation> simulation = outcome.simulation();
    int dataset = plot.getDatasetCount();
    if (simulation.isPresent()) {
      YIntervalSeries band = new YIntervalSeries(label);
      for (var month : simulation.get().months()) {
        Optional<Band> b = month.band(figure);
        if (b.isPresent()) {
          band.add(
              x(month.month()),
              b.get().p50().doubleValue(),
              b.get().p5().doubleValue(),
              b.get().p95().doubleValue());
        }
      }
      YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
      bands.addSeries(band);
      DeviationRenderer renderer = new DeviationRenderer(true, false);
      renderer.setSeriesPaint(0, colour);
      renderer.setSeriesFillPaint(0, colour);
      renderer.setSeriesStroke(0, new BasicStroke(2f));
      renderer.setAlpha(0.18f);
      renderer.setSeriesVisibleInLegend(0, inLegend);
      plot.setDataset(dataset, bands);
      plot.setRenderer(dataset, renderer);
      dataset++;
    }
    XYSeries expected = new XYSeries(label + " (expected)");
    for (MonthFigures month : outcome.expected().months()) {
      month.value(figure).ifPresent(v -> expected.add(x(month.month()), v.doubleValue()));
    }
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, colour);
    line.setSeriesVisibleInLegend(0, inLegend && simulation.isEmpty());
    line.setSeriesStroke(
        0,
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    plot.setDataset(dataset, new XYSeriesCollection(expected));
    plot.setRenderer(dataset, line);
  }

  private static String subtitle(List<Outcome> outcomes) {
    Optional<Simulation> any =
        outcomes.stream().map(Outcome::simulation).flatMap(Optional::stream).findFirst();
    return any.map(
            s ->
                "shaded: P5 to P95 of "
                    + s.runs()
                    + " Monte Carlo runs (seed "
                    + s.seed()
                    + "); solid: P50; dashed: expected value")
        .orElse("expected values");
  }

  private static double x(YearMonth month) {
    return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static void checkSize(int width, int height) {
    TrustException.check(
        width >= 200 && width <= 10_000 && height >= 200 && height <= 10_000,
        "chart size must be 200 to 10000 pixels each way: %sx%s",
        width,
        height);
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException
        && ((java.nio.file.FileSystemException) e).getReason() != null) {
      return ((java.nio.file.FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
