package org.propertytrust.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.statement.MonthlyStatement;
import org.propertytrust.core.statement.Statements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trust statement BOOK --period YYYY-MM}: the monthly statement to disclose (公示). */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description = {
      "Print the monthly statement (公示) a committee pins on the notice board.",
      "It is public: owners' names are masked unless --full is given for internal use."
    })
final class StatementCommand extends Base implements Callable<Integer> {
  @Mixin BookArgument source;

  @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month.")
  YearMonth period;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "A cut-off inside the month (default: its last day).")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(
      names = "--format",
      paramLabel = "text|markdown|html",
      description = "Output format (default: text).")
  String format = "text";

  @Option(names = "--full", description = "Show owners' names unmasked (internal use only).")
  boolean full;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to a file instead of standard output.")
  Optional<Path> output = Optional.empty();

  @Override
  String bookName() {
    return source.displayName();
  }

  @Override
  public Integer call() {
    Renderer renderer = renderer("--format", format);
    output.ifPresent(file -> fileName("--output", file));
    LocalDate cutOff = asOf.orElse(period.atEndOfMonth());
    if (cutOff.isBefore(period.atDay(1)) || cutOff.isAfter(period.atEndOfMonth())) {
      Messages m = messages();
      throw usage(
          "error.asOfOutsideMonth",
          m.date(cutOff),
          m.month(period),
          m.date(period.atDay(1)),
          m.date(period.atEndOfMonth()));
    }
    TrustBook trustBook = readBook(source.input(stdin()));
    warnIfAfterLastEntry(trustBook, period);
    MonthlyStatement statement = Statements.monthly(trustBook, period, cutOff);
    String text = renderer.render(StatementView.of(trustBook, statement, messages(), full));
    if (output.isPresent()) {
      FileProblems.write(output.get(), text.getBytes(StandardCharsets.UTF_8));
    } else {
      out().print(text);
      out().flush();
    }
    return TrustCommand.OK;
  }
}
