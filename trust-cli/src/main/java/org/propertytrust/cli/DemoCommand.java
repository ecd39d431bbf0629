package org.propertytrust.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.cli.render.Table;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.handover.HandoverReport;
import org.propertytrust.core.handover.Handovers;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;
import org.propertytrust.core.metrics.MetricsQuery;
import org.propertytrust.core.statement.Statements;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trust demo}: four communities from Zhonglou's "阳光信托" case studies, as books embedded in
 * the jar. For each it validates the book, prints the figures the case is known for (computed by
 * the library from the book) and the month's statement.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the library on four demo communities from Zhonglou's case studies:",
      "广景山庄 (92% collection), 红星新村 (cleaning fee 0 -> 75%),",
      "怡和花园 (¥140,000 recovered at handover), 清潭花苑18幢 (100% collection)."
    })
final class DemoCommand extends Base implements Callable<Integer> {
  /**
   * A demo book: its resource name, the months its trend shows, the month its statement shows (the
   * month its case is seen in), and the fee its case is about.
   */
  record Demo(String id, YearMonth from, YearMonth to, YearMonth statement, String fee) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo(
              "guangjing-villa",
              YearMonth.of(2024, 1),
              YearMonth.of(2024, 6),
              YearMonth.of(2024, 6),
              "property"),
          new Demo(
              "hongxing-village",
              YearMonth.of(2024, 1),
              YearMonth.of(2024, 6),
              YearMonth.of(2024, 6),
              "cleaning"),
          // the statement of March, when the outgoing company hands the prepaid fees back
          new Demo(
              "yihe-garden",
              YearMonth.of(2024, 3),
              YearMonth.of(2024, 5),
              YearMonth.of(2024, 3),
              "property"),
          new Demo(
              "qingtan-18",
              YearMonth.of(2024, 1),
              YearMonth.of(2024, 6),
              YearMonth.of(2024, 6),
              "property"));

  @Option(
      names = "--write",
      paramLabel = "DIR",
      description = "Write the demo books as JSON files into DIR, to try the other commands on.")
  Optional<Path> write = Optional.empty();

  @Option(
      names = "--statement",
      paramLabel = "text|markdown|html",
      description = "Format of the statements shown (default: text).")
  String format = "text";

  /** Reads a demo book from the jar. */
  static TrustBook load(String id) {
    String resource = "/org/propertytrust/cli/demo/" + id + ".json";
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CommandException("error.demoMissing", resource);
      }
      return TrustBookReader.strict().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String id) {
    String resource = "/org/propertytrust/cli/demo/" + id + ".json";
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CommandException("error.demoMissing", resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Integer call() {
    Messages m = messages();
    Renderer renderer = renderer("--statement", format);
    if (write.isPresent()) {
      Path folder = fileName("--write", write.get());
      FileProblems.createFolder(folder);
      for (Demo demo : DEMOS) {
        Path file = folder.resolve(demo.id() + ".json");
        FileProblems.write(file, bytes(demo.id()));
        out().println(m.get("demo.written", file));
      }
      return TrustCommand.OK;
    }
    boolean clean = true;
    for (Demo demo : DEMOS) {
      TrustBook book = load(demo.id());
      out().println("=".repeat(72));
      out().println(m.get("demo." + demo.id() + ".title", book.community().name()));
      out().println(m.get("demo." + demo.id() + ".case"));
      out().println("=".repeat(72));
      ValidationReport report = RuleSet.standard().validate(book);
      clean &= report.isClean();
      out().println(ValidateCommand.verdict(report, m));
      out().println();
      Table trend =
          new Table(
              m.get("demo.month"),
              m.get("statement.billed") + " (" + m.fee(demo.fee()) + ")#",
              m.get("metric.collectedCurrent") + "#",
              m.get("metric.currentRate") + "#",
              m.get("metric.householdRate") + "#");
      for (YearMonth month = demo.from(); !month.isAfter(demo.to()); month = month.plusMonths(1)) {
        CollectionMetrics metrics =
            Metrics.compute(book, MetricsQuery.builder().from(month).addFees(demo.fee()).build());
        trend.row(
            m.month(month),
            m.money(metrics.billed()),
            m.money(metrics.collectedCurrent()),
            m.rate(metrics.currentRate()),
            m.rate(metrics.householdRate()));
      }
      out().print(Renderer.textTable(trend));
      for (var handover : book.handovers()) {
        HandoverReport h = Handovers.report(book, handover, demo.to().atEndOfMonth());
        out().println();
        out()
            .println(
                m.get(
                    "demo.handover",
                    book.party(handover.from()).map(p -> p.name()).orElse(handover.from()),
                    m.date(handover.date()),
                    m.money(h.owed()),
                    m.money(h.recovered()),
                    m.money(h.open()),
                    m.date(h.deadline())));
      }
      out().println();
      out()
          .print(
              renderer.render(
                  StatementView.of(book, Statements.monthly(book, demo.statement()), m, false)));
      out().println();
    }
    out().println(m.get("demo.try"));
    out().flush();
    return clean ? TrustCommand.OK : TrustCommand.ERRORS_FOUND;
  }
}
