package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command says when it is asked for something it cannot do: one line naming the problem
 * (and, for a wrong command line, one line pointing to --help), exit code 2, never a page of usage
 * or a stack trace.
 */
class CommandLineErrorsTest {
  @TempDir Path dir;

  private static final String THREE_UNITS = Cli.example("three-units.json");

  /** Runs in English and checks the two lines of a usage error; returns the first. */
  private static String usageError(String command, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "en";
    System.arraycopy(args, 0, all, 2, args.length);
    Cli.Result r = Cli.run(all);
    String what = String.join(" ", args);
    assertThat(r.exit()).as(what).isEqualTo(2);
    assertThat(r.out()).as(what).isEmpty();
    String[] lines = r.err().split("\n");
    assertThat(lines).as(what + ": " + r.err()).hasSize(2);
    assertThat(lines[0]).as(what).startsWith("trust: ").doesNotContain("option option");
    assertThat(lines[1]).isEqualTo("Run '" + command + " --help' for usage.");
    assertThat(r.err()).doesNotContain("Usage:", "\tat ");
    return lines[0];
  }

  @Test
  void aWrongCommandLineGetsOneLineAndAPointerToHelp() {
    assertThat(usageError("trust validate", "validate", THREE_UNITS, "--bogus"))
        .isEqualTo("trust: unknown option: '--bogus'");
    assertThat(usageError("trust metrics", "metrics", THREE_UNITS))
        .isEqualTo("trust: missing required option: '--period=YYYY-MM'");
    assertThat(usageError("trust metrics", "metrics", THREE_UNITS, "--period", "2024-13"))
        .isEqualTo(
            "trust: invalid value for --period: '2024-13' is not a month: expected YYYY-MM, such as"
                + " 2024-03");
    assertThat(usageError("trust validate", "validate", THREE_UNITS, "--severity", "x=FOO"))
        .startsWith("trust: invalid value for --severity: ")
        .contains("ERROR", "WARNING", "FOO");
    assertThat(usageError("trust validate", "validate", THREE_UNITS, "--severity", "foo"))
        .isEqualTo(
            "trust: value for option '--severity' (RULE=LEVEL) should be in KEY=VALUE format but"
                + " was foo");
    assertThat(usageError("trust", "no-such-command"))
        .isEqualTo(
            "trust: unknown command 'no-such-command'; the commands are validate, metrics,"
                + " statement, rules, demo, scenario");
    assertThat(
            usageError(
                "trust metrics", "metrics", THREE_UNITS, "--period", "2024-02", "--to", "2024-01"))
        .isEqualTo(
            "trust: --to 2024-01 is before --period 2024-02: a range must not end before it starts");
    assertThat(
            usageError(
                "trust statement",
                "statement",
                THREE_UNITS,
                "--period",
                "2024-02",
                "--format",
                "pdf"))
        .isEqualTo("trust: unknown format 'pdf' for --format: expected text, markdown or html");
  }

  @Test
  void theHintIsInTheLanguageAsked() {
    Cli.Result zh = Cli.run("--lang", "zh", "metrics", THREE_UNITS, "--period", "2024-13");
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err())
        .isEqualTo(
            "trust: --period 的值无效：'2024-13' 不是月份：应为 YYYY-MM，例如 2024-03\n"
                + "用法请运行 'trust metrics --help' 查看。\n");
  }

  @Test
  void onlyChineseAndEnglishAreAccepted() {
    for (String lang : new String[] {"fr", "xx-!!", ""}) {
      Cli.Result r = Cli.run("--lang", lang, "rules");
      assertThat(r.exit()).as(lang).isEqualTo(2);
      assertThat(r.out()).as(lang).isEmpty();
      assertThat(r.err())
          .as(lang)
          .startsWith(
              "trust: invalid value for --lang: '"
                  + lang
                  + "' is not a language of trust:"
                  + " expected zh or en\n")
          .doesNotContain("Usage:");
      // after the command too
      assertThat(Cli.run("rules", "--lang", lang).exit()).as(lang).isEqualTo(2);
    }
    for (String lang : new String[] {"zh", "ZH", "Zh"}) {
      Cli.Result r = Cli.run("--lang", lang, "rules");
      assertThat(r.exit()).as(lang).isZero();
      assertThat(r.out()).as(lang).contains("触发条件");
    }
    Cli.Result en = Cli.run("--lang", "EN", "rules");
    assertThat(en.exit()).isZero();
    assertThat(en.out()).contains("Violated when");
  }

  @Test
  void yearsRunFrom1To9999() {
    for (String[] args :
        new String[][] {
          {"validate", THREE_UNITS, "--as-of", "+999999999-12-31"},
          {"validate", THREE_UNITS, "--as-of", "0000-12-31"},
          {"metrics", THREE_UNITS, "--period", "+10000-01"},
          {"metrics", THREE_UNITS, "--period", "2024-02", "--to", "0000-01"},
          {"statement", THREE_UNITS, "--period", "2024-02", "--as-of", "+10000-02-01"}
        }) {
      Cli.Result r = Cli.run(args);
      String what = String.join(" ", args);
      assertThat(r.exit()).as(what).isEqualTo(2);
      assertThat(r.err()).as(what).contains("years run from 0001 to 9999").doesNotContain("\tat ");
    }
    assertThat(Cli.run("metrics", THREE_UNITS, "--period", "9999-12", "--json").exit()).isZero();
  }

  @Test
  void aFeeTheBookDoesNotHaveIsRefused() {
    Cli.Result r =
        Cli.run("--lang", "en", "metrics", THREE_UNITS, "--period", "2024-02", "--fee", "nosuch");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "trust: unknown fee 'nosuch' for --fee: the fees of "
                + THREE_UNITS
                + " are property, late-fee\n");
    Cli.Result lateFees =
        Cli.run("metrics", THREE_UNITS, "--period", "2024-02", "--fee", "late-fee", "--json");
    assertThat(lateFees.exit()).isZero();
    assertThat(lateFees.json().get("billed").asText()).isEqualTo("0.00");
  }

  @Test
  void aMonthAfterTheLastEntryIsMeasuredWithAWarning() {
    Cli.Result r = Cli.run("--lang", "en", "metrics", THREE_UNITS, "--period", "2030-02", "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("billed").asText()).isEqualTo("0.00");
    assertThat(r.err())
        .isEqualTo(
            "trust: warning: 2030-02 begins after the last entry of "
                + THREE_UNITS
                + " (2024-02-29): its figures show no activity\n");
    Cli.Result inside = Cli.run("metrics", THREE_UNITS, "--period", "2024-02", "--json");
    assertThat(inside.err()).isEmpty();
    Cli.Result statement = Cli.run("--lang", "en", "statement", THREE_UNITS, "--period", "2024-03");
    assertThat(statement.exit()).isZero();
    assertThat(statement.err()).contains("warning: 2024-03 begins after the last entry");
  }

  @Test
  void aStatementCutOffMustLieInsideTheMonth() {
    for (String asOf : new String[] {"2024-03-05", "2024-01-31"}) {
      String line =
          usageError(
              "trust statement", "statement", THREE_UNITS, "--period", "2024-02", "--as-of", asOf);
      assertThat(line)
          .isEqualTo(
              "trust: --as-of "
                  + asOf
                  + " is not inside the month 2024-02: the cut-off must lie from 2024-02-01 to"
                  + " 2024-02-29");
    }
    Cli.Result inside =
        Cli.run("statement", THREE_UNITS, "--period", "2024-02", "--as-of", "2024-02-29");
    assertThat(inside.exit()).isZero();
  }

  @Test
  void aFileThatCannotBeWrittenSaysWhy() throws IOException {
    Path file = dir.resolve("afile");
    Files.writeString(file, "x");
    String[][] cases = {
      {dir.resolve("nofolder").resolve("notice.html").toString(), "the folder "},
      {dir.toString(), "it is a directory"},
      {file.resolve("notice.html").toString(), file + " is a file, not a folder"}
    };
    for (String[] c : cases) {
      Cli.Result r =
          Cli.run("--lang", "en", "statement", THREE_UNITS, "--period", "2024-02", "-o", c[0]);
      assertThat(r.exit()).as(c[0]).isEqualTo(2);
      assertThat(r.err()).as(c[0]).startsWith("trust: cannot write " + c[0] + ": ").contains(c[1]);
      assertThat(r.err().split("\n")).hasSize(1);
    }
    Cli.Result missingFolder =
        Cli.run("--lang", "en", "statement", THREE_UNITS, "--period", "2024-02", "-o", cases[0][0]);
    assertThat(missingFolder.err())
        .contains("the folder " + dir.resolve("nofolder") + " does not exist");
    assertThat(
            usageError(
                "trust statement", "statement", THREE_UNITS, "--period", "2024-02", "-o", ""))
        .isEqualTo("trust: --output needs a file name, not an empty one");
    Cli.Result demo = Cli.run("--lang", "en", "demo", "--write", file.toString());
    assertThat(demo.exit()).isEqualTo(2);
    assertThat(demo.err())
        .isEqualTo("trust: cannot write " + file + ": a file of that name exists\n");
  }

  @Test
  void theReasonIsNamedForEachKindOfFailure() {
    Path file = dir.resolve("notice.html");
    assertThat(FileProblems.reason(file, new AccessDeniedException(file.toString())).english())
        .isEqualTo("permission denied");
    assertThat(FileProblems.reason(file, new NoSuchFileException(file.toString())).english())
        .isEqualTo("the folder " + dir + " does not allow new files");
    assertThat(
            FileProblems.reason(
                    file, new FileSystemException(file.toString(), null, "No space left on device"))
                .english())
        .isEqualTo("No space left on device");
    assertThat(FileProblems.readReason(file, new NoSuchFileException(file.toString())).english())
        .isEqualTo("no such file");
  }
}
