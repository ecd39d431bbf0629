package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;
import org.propertytrust.core.statement.MonthlyStatement;
import org.propertytrust.core.statement.Statements;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.ValidationReport;

/** The README's "from Java" snippet, on the maple-court example. */
class ReadmeSnippetTest {
  @Test
  void theSnippetRunsAsDocumented() {
    TrustBook book = TrustBookReader.strict().read(Path.of(Cli.example("maple-court.json")));
    ValidationReport report = RuleSet.standard().without("ledger.out-of-order").validate(book);
    CollectionMetrics april = Metrics.month(book, YearMonth.of(2024, 4));
    MonthlyStatement notice = Statements.monthly(book, YearMonth.of(2024, 3));
    assertThat(report.isClean()).isTrue();
    assertThat(april.currentRate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.8081"));
    assertThat(notice.cash().closing().getAmount()).isEqualByComparingTo("331.00");
  }
}
