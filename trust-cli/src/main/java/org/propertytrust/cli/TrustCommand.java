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
import org.propertytrust.cli.render.Renderer;
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
      description =
          "Language of messages and statements: zh or en (default: from the system locale).")
  Optional<Language> lang = Optional.empty();

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
    // Errors found while parsing come before --lang is known: look for it first.
    Messages early = Messages.forLang(languageIn(args).map(Language::tag));
    CommandLine line = new CommandLine(root);
    line.registerConverter(YearMonth.class, text -> month(text, early));
    line.registerConverter(LocalDate.class, text -> date(text, early));
    line.registerConverter(Language.class, text -> language(text, early));
    PrintWriter stdout = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
    line.setOut(stdout);
    line.setErr(stderr);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(
        (e, given) -> {
          if (root.debug) {
            e.printStackTrace(stderr);
          }
          Messages m =
              root.lang.isPresent() ? Messages.forLang(root.lang.map(Language::tag)) : early;
          stderr.println("trust: " + usageMessage(e, m));
          stderr.println(m.get("usage.hint", e.getCommandLine().getCommandSpec().qualifiedName()));
          return UNUSABLE;
        });
    line.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          Object target = command.getCommand();
          Messages m = Messages.forLang(root.lang.map(Language::tag));
          boolean json = target instanceof Base && ((Base) target).json();
          String name = target instanceof Base ? ((Base) target).bookName() : "the book";
          if (root.debug) {
            e.printStackTrace(stderr);
          }
          if (e instanceof BookReadException read) {
            if (json) {
              stdout.println(JsonReports.problems(null, read.problems()));
            } else {
              stderr.println(
                  "trust: "
                      + m.get(
                          "error.unreadable",
                          name,
                          m.plural("count.problems", read.problems().size())));
              for (ReadProblem p : read.problems()) {
                stderr.println(
                    "  "
                        + Renderer.plain(p.path().isEmpty() ? m.get("error.document") : p.path())
                        + ": "
                        + Renderer.plain(p.message()));
              }
            }
            return UNUSABLE;
          }
          if (e instanceof UnreadableBook unreadable && json) {
            stdout.println(JsonReports.problems(null, unreadable.problems()));
            return UNUSABLE;
          }
          String message;
          if (e instanceof CommandException c) {
            message = c.message(m);
          } else if (e instanceof TrustException
              || e instanceof IllegalArgumentException
              || e instanceof UncheckedIOException) {
            message = e.getMessage();
          } else {
            message = m.get("error.unexpected", e) + (root.debug ? "" : m.get("error.debugHint"));
          }
          stderr.println("trust: " + Renderer.plain(String.valueOf(message)));
          return UNUSABLE;
        });
    Base.streams(in);
    int exit;
    try {
      exit = line.execute(args);
    } catch (OutOfMemoryError e) {
      // nothing of the command's own state is needed any more: say what to do, not where
      Messages m = Messages.forLang(root.lang.map(Language::tag));
      stderr.println(
          "trust: " + m.get("error.outOfMemory", Runtime.getRuntime().maxMemory() >> 20));
      exit = UNUSABLE;
    }
    stdout.flush();
    stderr.flush();
    return exit;
  }

  /** The {@code --lang} of a command line, if it names a language the command speaks. */
  private static Optional<Language> languageIn(String[] args) {
    Optional<Language> found = Optional.empty();
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        try {
          found = Optional.of(Language.parse(value));
        } catch (IllegalArgumentException e) {
          // the parser reports it
        }
      }
    }
    return found;
  }

  /**
   * Puts a usage error in one line: the value and the option for a value that does not convert, the
   * list of commands for an unknown one, otherwise picocli's words.
   */
  private static String usageMessage(CommandLine.ParameterException e, Messages m) {
    if (e.getCause() instanceof CommandLine.TypeConversionException c
        && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
      return m.get("usage.invalid", option.longestName(), c.getMessage());
    }
    CommandLine command = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && command.getParent() == null
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      return m.get(
          "usage.unknownCommand",
          Renderer.plain(u.getUnmatched().get(0)),
          String.join(", ", command.getSubcommands().keySet()));
    }
    String text = Renderer.plain(String.valueOf(e.getMessage())).replace("option option", "option");
    if (text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && Character.isLowerCase(text.charAt(1))) {
      text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }

  private static YearMonth month(String text, Messages m) {
    YearMonth month;
    try {
      month = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(m.get("error.month", text));
    }
    if (month.getYear() < 1 || month.getYear() > 9999) {
      throw new CommandLine.TypeConversionException(m.get("error.year", text));
    }
    return month;
  }

  private static LocalDate date(String text, Messages m) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(m.get("error.date", text));
    }
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new CommandLine.TypeConversionException(m.get("error.year", text));
    }
    return date;
  }

  private static Language language(String text, Messages m) {
    try {
      return Language.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(m.get("error.lang", text));
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
