package org.propertytrust.cli;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.json.BookReadException;
import org.propertytrust.json.ReadOptions;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.json.UnknownFields;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.ValidationReport;
import org.propertytrust.rules.Violation;

/**
 * Reading then validating arbitrary bytes, as {@code trust validate} does: whatever reads, the
 * rules judge without throwing (a book that loads is never a crash, whatever its business problems;
 * the one exception allowed is the documented {@link TrustException} for sums that would overflow a
 * {@code long} of minor units), and the report is well formed: every violation names a rule of the
 * catalog with that rule's severity, a message and only the documented ref kinds; the error and
 * warning counts add up; a report is clean exactly when it has no error; it judges every entry, as
 * of the latest entry date; and validating as of the first entry date judges exactly the entries
 * dated by then.
 *
 * <p>Each execution reads once and validates once (twice when the entries span more than one day).
 * A book whose entries span more than {@value #MANY_MONTHS} months costs a violation per month
 * without a disclosure (a year-9024 date gives some 84,000): such books are validated only when a
 * hash of the input is a multiple of {@value #ONE_IN}, so that they stay covered without taking the
 * fuzzer's time. That validating a book streamed from a file, as {@code trust validate} does, gives
 * the same report as validating it in memory is checked by {@link ReadValidateReplayTest} on the
 * committed inputs.
 *
 * <p>In {@code mvn verify} this runs in regression mode on the inputs in {@code
 * ReadValidateFuzzTestInputs/readThenValidate}: compact seeds ({@code seed-*}, at most 4 KB each:
 * books with every section and books whose rules fire), the reference books, the inputs earlier
 * runs kept, and a minimised corpus. docs/reliability.md gives the command that fuzzes it and why
 * it sets {@code JAZZER_INSTRUMENT} (without it, Jazzer gives coverage feedback only for the
 * classes in directories of the class path, not for those in jars) and {@code -max_len}.
 */
class ReadValidateFuzzTest {
  static final TrustBookReader READER =
      TrustBookReader.withOptions(
          ReadOptions.builder()
              .unknownFields(UnknownFields.WARN)
              .maxDocumentLength(1 << 20)
              .maxStringLength(1_000)
              .maxLinesPerEntry(100)
              .build());

  static final RuleSet RULES = RuleSet.standard();

  /** The catalog: each rule id with the severity it reports with. */
  private static final Map<String, Severity> SEVERITIES = new HashMap<>();

  static {
    for (Rule rule : RULES.rules()) {
      SEVERITIES.put(rule.id(), RULES.severity(rule.id()));
    }
  }

  private static final Set<String> REF_KINDS =
      Set.of("entry", "expenditure", "unit", "period", "fee", "vote", "ticket", "party", "account");

  /** Entries spanning more months than this are validated for one input in {@link #ONE_IN}. */
  static final int MANY_MONTHS = 240;

  static final int ONE_IN = 64;

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "trust-book.dict")
  void readThenValidate(byte[] data) {
    TrustBook book;
    try {
      book = READER.read(data);
    } catch (BookReadException unreadable) {
      check(!unreadable.problems().isEmpty(), "a refusal lists no problem");
      return;
    }
    LocalDate first = null;
    LocalDate last = null;
    for (Entry e : book.entries()) {
      LocalDate d = e.date();
      if (first == null || d.isBefore(first)) {
        first = d;
      }
      if (last == null || d.isAfter(last)) {
        last = d;
      }
    }
    if (first != null
        && YearMonth.from(first).until(YearMonth.from(last), ChronoUnit.MONTHS) > MANY_MONTHS
        && Math.floorMod(Arrays.hashCode(data), ONE_IN) != 0) {
      return;
    }
    ValidationReport report;
    try {
      report = RULES.validate(book);
    } catch (TrustException e) {
      // The one documented refusal: sums kept in long minor units would overflow.
      check(String.valueOf(e.getMessage()).contains("overflows"), "validation threw " + e);
      return;
    }
    wellFormed(book, report);
    check(report.entriesChecked() == book.entries().size(), "not every entry was judged");
    if (last != null) {
      check(report.asOf().equals(last), "the report is not as of the latest entry date");
    }
    if (first != null && first.isBefore(last)) {
      ValidationReport early = RULES.validate(book, Optional.of(first));
      wellFormed(book, early);
      check(early.asOf().equals(first), "the report is not as of the date asked for");
      int judged = 0;
      for (Entry e : book.entries()) {
        if (!e.date().isAfter(first)) {
          judged++;
        }
      }
      check(early.entriesChecked() == judged, "an entry after the as-of date was judged");
    }
  }

  /** The report's shape, checked without building a message unless it is wrong. */
  static void wellFormed(TrustBook book, ValidationReport report) {
    check(report.book().equals(book.community().id()), "the report names another book");
    int errors = 0;
    for (Violation v : report.violations()) {
      Severity severity = SEVERITIES.get(v.rule());
      if (severity == null
          || v.severity() != severity
          || v.message().isBlank()
          || !REF_KINDS.containsAll(v.refs().keySet())) {
        throw new AssertionError("a violation outside the catalog or its shape: " + v);
      }
      if (severity == Severity.ERROR) {
        errors++;
      }
    }
    int all = report.violations().size();
    check(report.errors() == errors, "the error count is wrong");
    check(report.warnings() == all - errors, "the warning count is wrong");
    check(report.isClean() == (errors == 0), "clean does not mean no error");
    int counted = 0;
    for (int n : report.countsByRule().values()) {
      counted += n;
    }
    check(counted == all, "the counts by rule do not add up");
  }

  static void check(boolean condition, String failure) {
    if (!condition) {
      throw new AssertionError(failure);
    }
  }
}
