package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trust scenario} on hostile input: every case ends with exit 2 and a one-line reason on
 * standard error, never a stack trace, an out-of-memory error or hours of work.
 */
class ScenarioHostileSpecsTest {
  @TempDir Path dir;

  /** A spec of {@code cohorts} cohorts of 100 units billed 100.00, with a 7-state matrix. */
  private static String spec(int cohorts, int months, String cohortExtra) {
    StringJoiner list = new StringJoiner(",\n    ");
    for (int c = 0; c < cohorts; c++) {
      list.add(
          "{\"id\": \"c"
              + c
              + "\", \"units\": 100, \"monthlyBill\": \"100.00\""
              + cohortExtra
              + "}");
    }
    return "{\"format\": \"trust-scenario/1\", \"name\": \"hostile\", \"start\": \"2025-01\","
        + " \"months\": "
        + months
        + ",\n \"rollRates\": [[0.97, 0.03, 0, 0, 0, 0, 0], [0.7, 0.12, 0.18, 0, 0, 0, 0],"
        + " [0.5, 0.1, 0.12, 0.28, 0, 0, 0], [0.36, 0.06, 0.06, 0.14, 0.38, 0, 0],"
        + " [0.26, 0.04, 0.03, 0.05, 0.14, 0.48, 0], [0.18, 0.02, 0.02, 0.02, 0.05, 0.13, 0.58],"
        + " [0.12, 0.02, 0.01, 0.01, 0.01, 0.03, 0.8]],\n \"cohorts\": [\n    "
        + list
        + "],\n \"remuneration\": {\"basis\": \"PERCENT_OF_COLLECTED\", \"percent\": \"10\"}}";
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Runs {@code trust scenario} and checks that it was refused cleanly; returns standard error. */
  private static String refused(String... args) {
    String[] line = new String[args.length + 3];
    line[0] = "--lang";
    line[1] = "en";
    line[2] = "scenario";
    System.arraycopy(args, 0, line, 3, args.length);
    Cli.Result result = Cli.run(line);
    assertThat(result.exit()).as(result.err()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("trust: ")
        .doesNotContain("\tat ", "Exception", "unexpected error", "OutOfMemory");
    // Nothing was projected before the refusal.
    assertThat(result.out()).doesNotContain("Scenario hostile");
    return result.err();
  }

  @Test
  void notJson() throws IOException {
    assertThat(refused(file("bad.json", "{\"format\": \"trust-scenario/1\", ").toString()))
        .startsWith("trust: scenario spec is not valid JSON");
  }

  @Test
  void rowsNotSummingToOne() throws IOException {
    String text = spec(1, 12, "").replace("[0.97, 0.03,", "[0.97, 0.13,");
    assertThat(refused(file("rows.json", text).toString()))
        .contains("/rollRates: roll-rate row 0 must sum to 1, not 1.1");
  }

  @Test
  void aProbabilityThatIsNotANumber() throws IOException {
    String text = spec(1, 12, "").replace("[0.97, 0.03,", "[\"NaN\", 0.03,");
    assertThat(refused(file("nan.json", text).toString()))
        .contains(
            "/rollRates/0/0: must be a probability, a number from 0 to 1 (such as 0.25 or"
                + " \"0.25\"), not string \"NaN\"");
  }

  @Test
  void negativeCounts() throws IOException {
    String text =
        spec(1, 12, ", \"initialArrears\": [101, -1, 0, 0, 0, 0, 0]")
            .replace("\"units\": 100,", "\"units\": -5,");
    assertThat(refused(file("negative.json", text).toString()))
        .contains(
            "/cohorts/0/units: must be between 0 and 1000000000, not -5",
            "/cohorts/0/initialArrears/1: must be between 0 and 1000000000, not -1");
  }

  @Test
  void amountsTooLargeToBeExact() throws IOException {
    String text =
        spec(1, 12, "")
            .replace(
                "\"units\": 100, \"monthlyBill\": \"100.00\"",
                "\"units\": 1000000000, \"monthlyBill\": \"999999999999999.99\"");
    assertThat(refused(file("overflow.json", text).toString(), "--runs", "0"))
        .contains("too large to compute exactly", "cohort c0 alone bills 1000000000 units");
  }

  @Test
  void tenThousandCohortsOverACentury() throws IOException {
    // 101 passes x 1,200 months x 10,000 x (34 moves + 7 states) = 5.0e10 steps: hours of work.
    assertThat(refused(file("work.json", spec(10_000, 1200, "")).toString(), "--runs", "100"))
        .contains(
            "is too much work: 101 passes (runs + 1) × 1,200 months × 410,000 cohort-state moves a"
                + " month = 5.0e+10 steps, above the budget of 1e+10 steps; use at most 19 runs");
  }

  @Test
  void aMillionRunsOfAHundredAndFiftyCohorts() throws IOException {
    assertThat(refused(file("memory.json", spec(150, 1, "")).toString(), "--runs", "1000000"))
        .contains("1,000,000 runs × 150 cohorts × 7 states need about", "use at most");
  }

  @Test
  void aBookGivenAsASpec() {
    String err = refused(Cli.example("three-units.json"));
    assertThat(err.strip().lines()).hasSize(1);
    assertThat(err).contains("not \"trust-book/1\"", "--from-book");
  }

  @Test
  void optionsThatDoNotApply() throws IOException {
    String spec = file("ok.json", spec(1, 12, "")).toString();
    assertThat(refused(spec, "--months", "6")).contains("--months applies to --from-book only");
    assertThat(refused("--example", "--max-state", "9"))
        .contains("--max-state applies to --from-book only");
    assertThat(refused(spec, "--runs", "-1")).contains("--runs must be from 0");
    assertThat(refused("--from-book", Cli.example("three-units.json"), "--max-state", "121"))
        .contains("--max-state must be from 1 to 120, not 121");
  }

  @Test
  void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWork() {
    Path nowhere = dir.resolve("missing").resolve("out.csv");
    assertThat(refused("--example", "--csv", nowhere.toString()))
        .isEqualTo(
            "trust: cannot write "
                + nowhere
                + ": the folder "
                + nowhere.getParent()
                + " does not exist\n");
    assertThat(refused("--example", "--chart", dir.toString()))
        .contains("cannot write " + dir + ": it is a directory");
  }

  @Test
  void aBookOfManyUnitsOverACenturyIsCalibrated() throws IOException {
    // 60,000 units and one charge for January 1925 posted in December 2024. A state per unit and
    // month would not fit in the test's 1 GB heap.
    StringJoiner units = new StringJoiner(",");
    for (int i = 0; i < 60_000; i++) {
      units.add("{\"id\": \"U" + i + "\", \"areaM2\": \"80.00\"}");
    }
    String book =
        book(
            "[" + units + "]",
            "[{\"id\": \"E1\", \"date\": \"2024-12-01\", \"kind\": \"CHARGE\", \"lines\":"
                + " [{\"account\": \"receivable\", \"unit\": \"U1\", \"period\": \"1925-01\","
                + " \"fee\": \"property\", \"debit\": \"120.00\"},"
                + " {\"account\": \"income:property\", \"credit\": \"120.00\"}]}]");
    Cli.Result result =
        Cli.run(
            "--lang",
            "en",
            "scenario",
            "--from-book",
            file("century.json", book).toString(),
            "--months",
            "3",
            "--runs",
            "0");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Roll rates estimated from three-units, 1925-01 to 2024-12")
        .contains("Scenario three-units, 3 months");
  }

  @Test
  void arrearsDeeperThanTheCapAreWarnedAbout() throws IOException {
    StringJoiner entries = new StringJoiner(",\n");
    for (int m = 1; m <= 6; m++) {
      String p = "2024-0" + m;
      entries.add(
          "{\"id\": \"C"
              + m
              + "\", \"date\": \""
              + p
              + "-01\", \"kind\": \"CHARGE\", \"lines\": ["
              + receivable("A", p, "debit")
              + ", "
              + receivable("B", p, "debit")
              + ", {\"account\": \"income:property\", \"credit\": \"300.00\"}]}");
      entries.add(payment("PB" + m, p + "-10", "B", p));
    }
    entries.add(payment("PA5", "2024-05-20", "A", "2024-01"));
    String book =
        book(
            "[{\"id\": \"A\", \"areaM2\": \"100.00\"}, {\"id\": \"B\", \"areaM2\": \"100.00\"}]",
            "[" + entries + "]");
    Path file = file("deep.json", book);
    Cli.Result capped =
        Cli.run(
            "--lang",
            "en",
            "scenario",
            "--from-book",
            file.toString(),
            "--max-state",
            "2",
            "--runs",
            "0");
    assertThat(capped.exit()).as(capped.err()).isZero();
    // A had 1, 2, 3, 4, 4 and 5 months open at the month ends (it paid January's bill in May).
    assertThat(capped.out())
        .contains(
            "Warning: the cap of the arrears states, K = 2, hides deeper arrears. Counted moves"
                + " with more than 2 months open: 4; moves counted as 2 -> 2 (paid nothing, oldest"
                + " bill written off) in which a bill was paid: 1. The forecast starts 1 unit(s) 2"
                + " months behind and leaves out 450.00 of their older receivables. Units had up"
                + " to 5 months open: --max-state 6 counts them as they are.");
    Cli.Result deep =
        Cli.run("--lang", "en", "scenario", "--from-book", file.toString(), "--runs", "0");
    assertThat(deep.exit()).as(deep.err()).isZero();
    assertThat(deep.out()).doesNotContain("Warning");
  }

  /**
   * The three-units book (its community, parties and contract: fee property at 1.50/m²) with other
   * units and entries, and none of the sections that name its entries.
   */
  private static String book(String units, String entries) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode book =
        (ObjectNode) mapper.readTree(Cli.EXAMPLES.resolve("three-units.json").toFile());
    book.set("units", mapper.readTree(units));
    book.set("entries", mapper.readTree(entries));
    for (String section :
        new String[] {"expenditures", "votes", "bankStatements", "disclosures", "tickets"}) {
      book.remove(section);
    }
    return mapper.writeValueAsString(book);
  }

  private static String receivable(String unit, String period, String side) {
    return "{\"account\": \"receivable\", \"unit\": \""
        + unit
        + "\", \"period\": \""
        + period
        + "\", \"fee\": \"property\", \""
        + side
        + "\": \"150.00\"}";
  }

  private static String payment(String id, String date, String unit, String period) {
    return "{\"id\": \""
        + id
        + "\", \"date\": \""
        + date
        + "\", \"kind\": \"PAYMENT\", \"lines\": [{\"account\": \"cash\", \"debit\": \"150.00\"},"
        + " "
        + receivable(unit, period, "credit")
        + "]}";
  }
}
