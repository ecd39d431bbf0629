package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private Path faulty(String from, String to) throws IOException {
    String book =
        Files.readString(Path.of(Cli.example("three-units.json")), StandardCharsets.UTF_8);
    if (!book.contains(from)) {
      throw new AssertionError("the example has no " + from);
    }
    Path file = dir.resolve("faulty.json");
    Files.writeString(file, book.replace(from, to), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void bothReferenceBooksAreClean() {
    for (String name : new String[] {"three-units.json", "maple-court.json"}) {
      Cli.Result r = Cli.run("validate", Cli.example(name), "--json");
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode json = r.json();
      assertThat(json.get("errors").asInt()).isZero();
      assertThat(json.get("warnings").asInt()).isZero();
      assertThat(json.get("violations")).isEmpty();
      assertThat(json.fieldNames())
          .toIterable()
          .containsExactly("book", "errors", "warnings", "violations");
    }
    Cli.Result human = Cli.run("--lang", "en", "validate", Cli.example("three-units.json"));
    assertThat(human.exit()).isZero();
    assertThat(human.out())
        .contains(
            "three-units: clean — 0 errors, 0 warnings (9 entries checked, as of 2024-02-29)");
  }

  @Test
  void aLenientReadWarnsOfUnknownFieldsInsideEntriesToo() throws IOException {
    Path book =
        faulty(
            "{ \"account\": \"cash\", \"debit\": \"150.00\" },",
            "{ \"account\": \"cash\", \"debit\": \"150.00\", \"colour\": \"red\" },");
    Cli.Result strict = Cli.run("--lang", "en", "validate", book.toString());
    assertThat(strict.exit()).isEqualTo(2);
    assertThat(strict.err()).contains("/entries/1/lines/0", "colour");
    for (String command : new String[] {"validate", "metrics", "statement"}) {
      Cli.Result lenient =
          command.equals("validate")
              ? Cli.run("--lang", "en", command, book.toString(), "--lenient")
              : Cli.run(
                  "--lang", "en", command, book.toString(), "--lenient", "--period", "2024-01");
      assertThat(lenient.exit()).as(command).isZero();
      assertThat(lenient.err()).as(command).contains("/entries/1/lines/0/colour");
    }
  }

  @Test
  void aBookWithAnErrorExitsOneAndSaysWhereAndWhat() throws IOException {
    // E5's remuneration becomes 30.00: more than 10% of January's 270.00 collected
    Path book =
        faulty(
            "{ \"account\": \"expense:remuneration\", \"debit\": \"27.00\" },\n      { \"account\": \"cash\", \"credit\": \"27.00\" }",
            "{ \"account\": \"expense:remuneration\", \"debit\": \"30.00\" },\n      { \"account\": \"cash\", \"credit\": \"30.00\" }");
    Cli.Result r = Cli.run("validate", book.toString(), "--json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = r.json();
    assertThat(json.get("book").asText()).isEqualTo("three-units");
    assertThat(json.get("errors").asInt()).isGreaterThanOrEqualTo(1);
    JsonNode first = json.get("violations").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("trust.remuneration-exceeds-contract");
    assertThat(first.get("severity").asText()).isEqualTo("ERROR");
    assertThat(first.get("message").asText()).contains("CNY 30.00", "CNY 27.00");
    assertThat(first.get("refs").get("period").asText()).isEqualTo("2024-01");
    // the bank statement no longer reconciles either
    assertThat(json.get("violations").findValuesAsText("rule")).contains("recon.bank-mismatch");
  }

  @Test
  void rulesCanBeSwitchedOffOrDowngraded() throws IOException {
    Path book =
        faulty(
            "{ \"account\": \"expense:remuneration\", \"debit\": \"27.00\" },\n      { \"account\": \"cash\", \"credit\": \"27.00\" }",
            "{ \"account\": \"expense:remuneration\", \"debit\": \"30.00\" },\n      { \"account\": \"cash\", \"credit\": \"30.00\" }");
    Cli.Result r =
        Cli.run(
            "validate",
            book.toString(),
            "--json",
            "--disable",
            "recon.bank-mismatch",
            "--severity",
            "trust.remuneration-exceeds-contract=WARNING");
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.json().get("errors").asInt()).isZero();
    assertThat(r.json().get("warnings").asInt()).isEqualTo(1);
    Cli.Result unknown = Cli.run("validate", book.toString(), "--disable", "no.such-rule");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no rule has the id no.such-rule").doesNotContain("\tat ");
  }

  @Test
  void asOfLimitsWhatIsJudged() throws IOException {
    // E9 (2024-02-29) posts 50.00 of remuneration where February's contract formula gives 48.15
    Path book =
        faulty(
            "{ \"account\": \"expense:remuneration\", \"debit\": \"48.15\" },\n      { \"account\": \"cash\", \"credit\": \"48.15\" }",
            "{ \"account\": \"expense:remuneration\", \"debit\": \"50.00\" },\n      { \"account\": \"cash\", \"credit\": \"50.00\" }");
    Cli.Result all = Cli.run("validate", book.toString(), "--json");
    assertThat(all.exit()).isEqualTo(1);
    assertThat(all.json().get("violations").findValuesAsText("rule"))
        .contains("trust.remuneration-exceeds-contract");
    // judged as of the 15th of February, the entry of the 29th is not judged
    Cli.Result before = Cli.run("validate", book.toString(), "--as-of", "2024-02-15", "--json");
    assertThat(before.exit()).as(before.out()).isZero();
    assertThat(before.json().get("errors").asInt()).isZero();
    Cli.Result human =
        Cli.run("--lang", "en", "validate", book.toString(), "--as-of", "2024-02-15");
    assertThat(human.out()).contains("(7 entries checked, as of 2024-02-15)");
    Cli.Result bad = Cli.run("validate", Cli.example("three-units.json"), "--as-of", "2024-02-30");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("'2024-02-30' is not a date");
  }

  @Test
  void anUnreadableBookExitsTwoWithEveryProblemAndItsPath() throws IOException {
    Path book =
        faulty(
            "{ \"account\": \"cash\", \"debit\": \"150.00\" }",
            "{ \"account\": \"cash\", \"debit\": \"150.005\" }");
    Cli.Result r = Cli.run("validate", book.toString(), "--json");
    assertThat(r.exit()).isEqualTo(2);
    JsonNode problems = r.json().get("problems");
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).get("path").asText()).startsWith("/entries/");
    assertThat(problems.get(0).get("message").asText()).contains("150.005");
    assertThat(r.err()).doesNotContain("Exception");

    Cli.Result human = Cli.run("validate", book.toString());
    assertThat(human.exit()).isEqualTo(2);
    assertThat(human.err()).contains("cannot read", "/entries/").doesNotContain("\tat ");
  }

  @Test
  void standardInputIsReadToo() throws IOException {
    byte[] book = Files.readAllBytes(Path.of(Cli.example("maple-court.json")));
    Cli.Result r = Cli.runWithInput(book, "validate", "-", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("book").asText()).isEqualTo("maple-court");
  }

  @Test
  void badInputNeverShowsAStackTrace() throws IOException {
    Path empty = dir.resolve("empty.json");
    Files.write(empty, new byte[0]);
    Path binary = dir.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3});
    for (String[] args :
        new String[][] {
          {"validate", empty.toString()},
          {"validate", binary.toString()},
          {"validate", dir.resolve("missing.json").toString()},
          {"validate", dir.toString()},
          {"validate"},
          {"no-such-command"},
          {"metrics", Cli.example("three-units.json"), "--period", "2024-13"},
          {
            "metrics",
            Cli.example("three-units.json"),
            "--period",
            "2024-02",
            "--as-of",
            "2024-01-01"
          },
          {"statement", Cli.example("three-units.json"), "--period", "2024-02", "--format", "pdf"}
        }) {
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ").isNotBlank();
    }
    Cli.Result debug = Cli.run("--debug", "validate", empty.toString());
    assertThat(debug.exit()).isEqualTo(2);
    assertThat(debug.err()).contains("BookReadException", "\tat ");
  }

  @Test
  void oneErrorAndOneProblemAreSingular() throws IOException {
    Path book =
        faulty(
            "{ \"account\": \"expense:remuneration\", \"debit\": \"27.00\" },\n      { \"account\": \"cash\", \"credit\": \"27.00\" }",
            "{ \"account\": \"expense:remuneration\", \"debit\": \"30.00\" },\n      { \"account\": \"cash\", \"credit\": \"30.00\" }");
    Cli.Result one =
        Cli.run("--lang", "en", "validate", book.toString(), "--disable", "recon.bank-mismatch");
    assertThat(one.exit()).isEqualTo(1);
    assertThat(one.out())
        .contains(
            "three-units: NOT clean — 1 error, 0 warnings (9 entries checked, as of 2024-02-29)");
    Path unreadable =
        faulty(
            "{ \"account\": \"cash\", \"debit\": \"150.00\" }",
            "{ \"account\": \"cash\", \"debit\": \"150.005\" }");
    Cli.Result problem = Cli.run("--lang", "en", "validate", unreadable.toString());
    assertThat(problem.err()).startsWith("trust: cannot read " + unreadable + ": 1 problem\n");
  }

  @Test
  void aBookThatCannotBeOpenedIsAProblemOfTheDocumentInJson() {
    for (String[] args :
        new String[][] {
          {"validate", dir.resolve("missing.json").toString(), "--json"},
          {"validate", dir.toString(), "--json"},
          {"metrics", dir.resolve("missing.json").toString(), "--period", "2024-02", "--json"},
          {"metrics", dir.toString(), "--period", "2024-02", "--json"}
        }) {
      Cli.Result r = Cli.run(args);
      String what = String.join(" ", args);
      assertThat(r.exit()).as(what).isEqualTo(2);
      JsonNode json = r.json();
      assertThat(json.fieldNames()).toIterable().containsExactly("book", "problems");
      assertThat(json.get("book").isNull()).as(what).isTrue();
      assertThat(json.get("problems")).as(what).hasSize(1);
      JsonNode problem = json.get("problems").get(0);
      assertThat(problem.get("path").asText()).isEmpty();
      assertThat(problem.get("message").asText())
          .as(what)
          .startsWith("cannot read " + args[1] + ": ")
          .containsAnyOf("no such file", "it is a directory");
    }
  }

  @Test
  void standardInputIsCalledSo() {
    Cli.Result text = Cli.runWithInput(new byte[0], "--lang", "en", "validate", "-");
    assertThat(text.exit()).isEqualTo(2);
    assertThat(text.err())
        .startsWith("trust: cannot read standard input: 1 problem\n")
        .contains("(document): the input is empty")
        .doesNotContain("cannot read -");
    Cli.Result json = Cli.runWithInput(new byte[0], "validate", "-", "--json");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.json().get("problems").get(0).get("path").asText()).isEmpty();
    Cli.Result metrics =
        Cli.runWithInput(new byte[0], "--lang", "en", "metrics", "-", "--period", "2024-02");
    assertThat(metrics.err()).startsWith("trust: cannot read standard input: ");
  }
}
