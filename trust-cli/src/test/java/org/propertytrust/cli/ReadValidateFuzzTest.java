package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.json.BookReadException;
import org.propertytrust.json.ReadOptions;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.json.UnknownFields;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.Validation;
import org.propertytrust.rules.ValidationReport;
import org.propertytrust.rules.Violation;

/**
 * Reading then validating arbitrary bytes, as {@code trust validate} does: whatever reads, the
 * rules judge without throwing (a book that loads is never a crash, whatever its business problems)
 * and the report is well formed (the one exception allowed is the documented {@link TrustException}
 * for sums that would overflow a {@code long} of minor units): every violation names a rule of the
 * catalog with that rule's severity, a message and only the documented ref kinds; the error and
 * warning counts add up; a report is clean exactly when it has no error; validating entry by entry
 * (streaming) gives the same report as validating the whole book; and validating as of an earlier
 * date judges no entry dated after it.
 *
 * <p>In {@code mvn verify} this runs in regression mode on the inputs in {@code
 * ReadValidateFuzzTestInputs/readThenValidate} (the reference books, books with every section and
 * books whose rules fire). To fuzz (docs/reliability.md): {@code JAZZER_FUZZ=1
 * JAZZER_MAX_DURATION=60m mvn -B -ntp package -pl
 * trust-core,trust-rules,trust-json,trust-scenario,trust-cli -Dtest=ReadValidateFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
 */
class ReadValidateFuzzTest {
  private static final TrustBookReader READER =
      TrustBookReader.withOptions(
          ReadOptions.builder()
              .unknownFields(UnknownFields.WARN)
              .maxDocumentLength(1 << 20)
              .maxStringLength(10_000)
              .build());

  private static final Set<String> REF_KINDS =
      Set.of("entry", "expenditure", "unit", "period", "fee", "vote", "ticket", "party", "account");

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "trust-book.dict")
  void readThenValidate(byte[] data) {
    TrustBook book;
    try {
      book = READER.read(data);
    } catch (BookReadException unreadable) {
      assertThat(unreadable.problems()).isNotEmpty();
      return;
    }
    RuleSet rules = RuleSet.standard();
    ValidationReport report;
    try {
      report = rules.validate(book);
    } catch (TrustException e) {
      // The one documented refusal: sums kept in long minor units would overflow.
      assertThat(e.getMessage()).contains("overflows");
      return;
    }
    wellFormed(rules, book, report);

    Validation streaming =
        rules.begin(
            ImmutableTrustBook.copyOf(book).withEntries(List.<Entry>of()), Optional.empty());
    book.entries().forEach(streaming::accept);
    assertThat(streaming.finish()).isEqualTo(report);

    Optional<LocalDate> first =
        book.entries().stream().map(Entry::date).min(Comparator.naturalOrder());
    if (first.isPresent()) {
      LocalDate asOf = first.get();
      ValidationReport early = rules.validate(book, Optional.of(asOf));
      wellFormed(rules, book, early);
      assertThat(early.asOf()).isEqualTo(asOf);
      long judged = book.entries().stream().filter(e -> !e.date().isAfter(asOf)).count();
      assertThat(early.entriesChecked()).isEqualTo(judged);
    }
  }

  private static void wellFormed(RuleSet rules, TrustBook book, ValidationReport report) {
    Set<String> ids = rules.rules().stream().map(Rule::id).collect(Collectors.toSet());
    assertThat(report.book()).isEqualTo(book.community().id());
    for (Violation v : report.violations()) {
      assertThat(ids).contains(v.rule());
      assertThat(v.severity()).isEqualTo(rules.severity(v.rule()));
      assertThat(v.message()).isNotBlank();
      assertThat(REF_KINDS).containsAll(v.refs().keySet());
    }
    long errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
    assertThat(report.errors()).isEqualTo(errors);
    assertThat(report.warnings()).isEqualTo(report.violations().size() - errors);
    assertThat(report.isClean()).isEqualTo(errors == 0);
    assertThat(report.countsByRule().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.violations().size());
  }
}
