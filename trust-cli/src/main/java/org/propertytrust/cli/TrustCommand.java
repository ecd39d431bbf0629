package org.propertytrust.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.propertytrust.core.TrustException;
import org.propertytrust.json.BookReadException;
import org.propertytrust.json.ReadProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code trust} command: validate books, print their collection-rate metrics and monthly
 * statements, list the rules, and show the demo communities.
 *
 * <p>Exit codes: 0 when the work was done and no ERROR was found; 1 when validation found at least
 * one ERROR; 2 when a book could not be read or the command line is wrong. No input makes it print
 * a stack trace unless {@code --debug} is given.
 */
@Command(
    name = "trust",
    mixinStandardHelpOptions = true,
    versionProvider = TrustCommand.Version.class,
    description = {
      "Trust-based property finance (信托制物业): validate a community's book, print its",
      "collection-rate metrics and its monthly statement (公示)."
    },
    subcommands = {
      ValidateCommand.class,
      MetricsCommand.class,
      StatementCommand.class,
      RulesCommand.class,
      DemoCommand.class,
      ScenarioCommand.class
    },
    usageHelpAutoWidth = true)
public final class TrustCommand implements Callable<Integer> {
  /** The exit code when the work was done and no error was found. */
  public static final int OK = 0;

  /** The exit code when validation found at least one error. */
  public static final int ERRORS_FOUND = 1;

  /** The exit code when a book could not be read or the command line is wrong. */
  public static final int UNUSABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "zh|en",
      description = "Language of messages and statements (default: from the system locale).")
  Optional<String> lang = Optional.empty();

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean debug;

  /** Creates the command; picocli fills in its options. */
  public TrustCommand() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /**
   * Runs the command line in-process.
   *
   * @param args the arguments; not null
   * @param in standard input, for {@code -}; not null
   * @param out standard output; not null
   * @param err standard error; not null
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    TrustCommand root = new TrustCommand();
    CommandLine line = new CommandLine(root);
    line.registerConverter(YearMonth.class, TrustCommand::month);
    line.registerConverter(LocalDate.class, TrustCommand::date);
    PrintWriter stdout = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
    line.setOut(stdout);
    line.setErr(stderr);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          Object target = command.getCommand();
          boolean json = target instanceof Base && ((Base) target).json();
          if (root.debug) {
            e.printStackTrace(stderr);
          }
          if (e instanceof BookReadException read) {
            String name = target instanceof Base ? ((Base) target).bookName() : "the book";
            if (json) {
              stdout.println(JsonReports.problems(null, read.problems()));
            } else {
              stderr.println(
                  "trust: cannot read " + name + ": " + read.problems().size() + " problem(s)");
              for (ReadProblem p : read.problems()) {
                stderr.println(
                    "  " + (p.path().isEmpty() ? "(document)" : p.path()) + ": " + p.message());
              }
            }
            return UNUSABLE;
          }
          String message =
              e instanceof CommandException
                      || e instanceof TrustException
                      || e instanceof IllegalArgumentException
                      || e instanceof UncheckedIOException
                  ? e.getMessage()
                  : "unexpected error: "
                      + e
                      + (root.debug ? "" : " (run with --debug for details)");
          stderr.println("trust: " + message);
          return UNUSABLE;
        });
    Base.streams(in);
    int exit = line.execute(args);
    stdout.flush();
    stderr.flush();
    return exit;
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a month: expected YYYY-MM, such as 2024-03");
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date: expected YYYY-MM-DD, such as 2024-03-31");
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return OK;
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TrustCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "trust " + (version == null ? "(development build)" : version),
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
