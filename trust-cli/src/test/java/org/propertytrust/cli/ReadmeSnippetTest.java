package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;
import org.propertytrust.core.money.Rate;
import org.propertytrust.core.statement.MonthlyStatement;
import org.propertytrust.core.statement.Statements;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.ValidationReport;

/**
 * The README's "from Java" snippet, on the maple-court example: {@link
 * #theReadmeShowsExactlyTheCodeCompiledHere()} checks that README.md shows the code between the
 * markers below, so the two cannot drift apart.
 */
class ReadmeSnippetTest {
  private static final String BEGIN = "// README: begin";
  private static final String END = "// README: end";

  /** The README reads "book.json"; here it is the maple-court example. */
  private static final String BOOK = Cli.example("maple-court.json");

  @Test
  void theSnippetRunsAsDocumented() {
    List<Object> values = new ArrayList<>();
    // README: begin
    TrustBook book = TrustBookReader.strict().read(Path.of(BOOK));
    ValidationReport report = RuleSet.standard().without("ledger.out-of-order").validate(book);
    CollectionMetrics april = Metrics.month(book, YearMonth.of(2024, 4));
    Optional<Rate> rate = april.currentRate();
    values.add(rate.map(Rate::toString).orElse("-"));
    MonthlyStatement notice = Statements.monthly(book, YearMonth.of(2024, 3));
    // README: end
    assertThat(report.isClean()).isTrue();
    // 720.00 collected of 891.00 billed, by hand: 0.80808… → 0.8081
    assertThat(values).containsExactly("0.8081");
    assertThat(rate).hasValueSatisfying(r -> assertThat(r).hasToString("0.8081"));
    assertThat(notice.cash().closing().getAmount()).isEqualByComparingTo("331.00");
  }

  @Test
  void theReadmeShowsExactlyTheCodeCompiledHere() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("```java\n(TrustBook book = .*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has the reading example").isTrue();
    String shown = block.group(1).replace("Path.of(\"book.json\")", "Path.of(BOOK)");

    String source =
        Files.readString(
            Path.of("src/test/java/org/propertytrust/cli/ReadmeSnippetTest.java"),
            StandardCharsets.UTF_8);
    int from = source.indexOf(BEGIN + "\n", source.indexOf("void theSnippetRunsAsDocumented"));
    int to = source.indexOf("    " + END + "\n", from);
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    String compiled =
        source
            .substring(from + BEGIN.length(), to)
            .replace(
                "values.add(rate.map(Rate::toString).orElse(\"-\"));",
                "rate.map(Rate::toString).orElse(\"-\");");
    // the README comments on the code; the code itself must be the same
    assertThat(code(compiled)).isEqualTo(code(shown));
  }

  /** The code without line comments and white space. */
  private static String code(String java) {
    return java.replaceAll("//[^\n]*", "").replaceAll("\\s+", "");
  }
}
