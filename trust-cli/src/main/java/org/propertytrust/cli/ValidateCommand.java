package org.propertytrust.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.cli.render.Table;
import org.propertytrust.json.BookStream;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.Validation;
import org.propertytrust.rules.ValidationReport;
import org.propertytrust.rules.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trust validate BOOK}: every rule of the catalog over a book, read as a stream. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a book against every rule of the catalog (see `trust rules`).",
      "Exit code 0: no error; 1: errors found; 2: the book could not be read.",
      "Violation messages are in English whatever --lang says; `trust rules` describes each rule in both."
    })
final class ValidateCommand extends Base implements Callable<Integer> {
  @Mixin BookArgument source;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Judge the book as of this date (default: its latest entry); later entries are not judged.")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off (repeatable).")
  List<String> disabled = new ArrayList<>();

  @Option(
      names = "--severity",
      paramLabel = "RULE=LEVEL",
      description = "Report a rule as ERROR or WARNING (repeatable).")
  Map<String, Severity> severities = new java.util.LinkedHashMap<>();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  boolean json() {
    return json;
  }

  @Override
  String bookName() {
    return source.displayName();
  }

  @Override
  public Integer call() {
    RuleSet rules = RuleSet.standard();
    for (String id : disabled) {
      rules = rules.without(id);
    }
    for (Map.Entry<String, Severity> s : severities.entrySet()) {
      rules = rules.withSeverity(s.getKey(), s.getValue());
    }
    BookInput input = source.input(stdin());
    ValidationReport report;
    try (BookStream stream = input.open()) {
      Validation validation = rules.begin(stream.header(), asOf);
      try {
        input.reading(
            () -> {
              stream.forEachEntry((index, entry) -> validation.accept(entry));
              return null;
            });
      } finally {
        // complete once the entries were read (or their reading failed): header and entries
        printWarnings(stream.warnings());
      }
      report = validation.finish();
    }
    if (json) {
      out().println(JsonReports.validation(report));
    } else {
      print(report, rules);
    }
    return report.isClean() ? TrustCommand.OK : TrustCommand.ERRORS_FOUND;
  }

  private void print(ValidationReport report, RuleSet rules) {
    Messages m = messages();
    if (!report.violations().isEmpty()) {
      Table table =
          new Table(
              m.get("validate.severity"),
              m.get("validate.rule"),
              m.get("validate.refs"),
              m.get("validate.message"));
      for (Violation v : report.violations()) {
        String title =
            rules.rule(v.rule()).map(r -> m.isChinese() ? " " + r.titleZh() : "").orElse("");
        table.row(m.get("severity." + v.severity()), v.rule() + title, refs(v), v.message());
      }
      out().print(Renderer.textTable(table));
    }
    out().println(verdict(report, m));
  }

  /** The one-line verdict on a book, in the messages' language. */
  static String verdict(ValidationReport report, Messages m) {
    return m.get(
        report.isClean() ? "validate.clean" : "validate.unclean",
        Renderer.plain(report.book()),
        m.plural("count.errors", report.errors()),
        m.plural("count.warnings", report.warnings()),
        m.plural("count.entries", report.entriesChecked()),
        m.date(report.asOf()));
  }

  private static String refs(Violation v) {
    StringBuilder out = new StringBuilder();
    v.refs()
        .forEach(
            (k, val) -> out.append(out.length() == 0 ? "" : " ").append(k).append('=').append(val));
    return out.toString();
  }
}
