package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Validating a book as a stream (its sections first, then its entries one at a time) gives the same
 * report as validating it whole, and an as-of date judges exactly the entries dated by then.
 */
class StreamingValidationPropertiesTest {
  /** A book and an as-of date: none, or a day from its first entry to 40 days after its last. */
  private record Case(TrustBook book, Optional<LocalDate> asOf) {
    @Override
    public String toString() {
      return book.community().id() + " as of " + asOf;
    }
  }

  private static Gen<Case> withAsOf(Gen<TrustBook> books) {
    return rs -> {
      TrustBook book = books.generate(rs);
      if (rs.next(Constraint.between(0, 2)) == 0) {
        return new Case(book, Optional.empty());
      }
      LocalDate first =
          book.entries().stream().map(Entry::date).min(Comparator.naturalOrder()).get();
      LocalDate last =
          book.entries().stream().map(Entry::date).max(Comparator.naturalOrder()).get();
      long span = last.toEpochDay() - first.toEpochDay() + 40;
      return new Case(book, Optional.of(first.plusDays(rs.next(Constraint.between(0, span)))));
    };
  }

  private static ValidationReport streamed(TrustBook book, Optional<LocalDate> asOf) {
    Validation validation =
        RuleSet.standard().begin(ImmutableTrustBook.copyOf(book).withEntries(List.of()), asOf);
    for (Entry entry : book.entries()) {
      validation.accept(entry);
    }
    return validation.finish();
  }

  private static void streamingEqualsWhole(Case c) {
    ValidationReport whole = RuleSet.standard().validate(c.book(), c.asOf());
    assertThat(streamed(c.book(), c.asOf())).isEqualTo(whole);
    if (c.asOf().isEmpty()) {
      assertThat(RuleSet.standard().validate(c.book(), Optional.of(whole.asOf())))
          .as("the default as-of date is the latest entry date")
          .isEqualTo(whole);
    }
  }

  @Test
  void streamingGivesTheSameReportForBooksOfTheLibrarysOperations() {
    qt(60)
        .forAll(withAsOf(FurtherOperations.operatedBook()))
        .checkAssert(c -> streamingEqualsWhole(c));
  }

  @Test
  void streamingGivesTheSameReportForFaultyBooks() {
    qt(90)
        .forAll(withAsOf(Faults.planted().map(Faults.Planted::book)))
        .checkAssert(c -> streamingEqualsWhole(c));
  }

  @Test
  void entriesAfterTheAsOfDateAreNotJudged() {
    qt(60)
        .forAll(withAsOf(Faults.planted().map(Faults.Planted::book)))
        .assuming(c -> c.asOf().isPresent())
        .checkAssert(
            c -> {
              LocalDate asOf = c.asOf().get();
              TrustBook upToAsOf =
                  ImmutableTrustBook.copyOf(c.book())
                      .withEntries(
                          c.book().entries().stream()
                              .filter(e -> !e.date().isAfter(asOf))
                              .toList());
              assertThat(RuleSet.standard().validate(c.book(), c.asOf()))
                  .isEqualTo(RuleSet.standard().validate(upToAsOf, c.asOf()));
            });
  }
}
