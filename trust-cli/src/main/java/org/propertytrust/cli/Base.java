package org.propertytrust.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.json.ReadProblem;
import org.propertytrust.json.ReadResult;
import picocli.CommandLine;

/** What the subcommands share: the output streams, the root's options, the book's name. */
abstract class Base {
  private static final ThreadLocal<InputStream> STDIN = new ThreadLocal<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand TrustCommand root;

  static void streams(InputStream in) {
    STDIN.set(in);
  }

  InputStream stdin() {
    InputStream in = STDIN.get();
    return in == null ? System.in : in;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Messages messages() {
    return Messages.forLang(root.lang.map(Language::tag));
  }

  /** Whether the command prints JSON. */
  boolean json() {
    return false;
  }

  /** The book the command reads, for messages: its file name, or "standard input". */
  String bookName() {
    return "the book";
  }

  /**
   * A command line that asks for something impossible, found after parsing: reported like any other
   * usage error (the message and a pointer to --help, exit code 2).
   */
  CommandLine.ParameterException usage(String key, Object... args) {
    return new CommandLine.ParameterException(spec.commandLine(), messages().get(key, args));
  }

  /** Rejects an empty file name given to an option (it would name the current folder). */
  Path fileName(String option, Path file) {
    if (file.toString().isBlank()) {
      throw usage("error.emptyFileName", option);
    }
    return file;
  }

  /** The renderer a --format value names, or a usage error. */
  Renderer renderer(String option, String format) {
    try {
      return Renderer.of(format);
    } catch (IllegalArgumentException e) {
      throw usage("error.format", Renderer.plain(format), option);
    }
  }

  /** Prints a warning on standard error. */
  void warn(String key, Object... args) {
    err().println("trust: " + messages().get("warning", messages().get(key, args)));
  }

  /** Reads a whole book, printing the warnings of a lenient read. */
  TrustBook readBook(BookInput input) {
    ReadResult result = input.read();
    printWarnings(result.warnings());
    return result.book();
  }

  /** Prints the warnings of a lenient read, one line each with its JSON path. */
  void printWarnings(List<ReadProblem> warnings) {
    for (ReadProblem warning : warnings) {
      warn("warning.read", Renderer.plain(warning.path()), Renderer.plain(warning.message()));
    }
  }

  /**
   * Warns when a month lies after the book's last entry: its figures are zeros because nothing
   * happened yet, which a typo in the year makes easy to miss.
   */
  void warnIfAfterLastEntry(TrustBook book, YearMonth month) {
    Optional<LocalDate> last =
        book.entries().stream().map(Entry::date).max(Comparator.naturalOrder());
    if (last.isEmpty()) {
      warn("warning.noEntries", bookName());
    } else if (month.atDay(1).isAfter(last.get())) {
      Messages m = messages();
      warn("warning.afterLastEntry", m.month(month), bookName(), m.date(last.get()));
    }
  }
}
