package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.fixtures.Arbitraries;

/**
 * The laws of the catalog (DESIGN.md, Tests): a book written by the library's own operations is
 * clean under every rule, and one fault planted in such a book is found by exactly its rule.
 */
class RulesPropertiesTest {
  @Test
  void simulatedBooksHaveNoViolation() {
    qt(60)
        .forAll(Arbitraries.simulatedBook())
        .checkAssert(book -> assertThat(RuleSet.standard().validate(book).violations()).isEmpty());
  }

  @Test
  void furtherOperationsOfTheLibraryKeepABookFreeOfViolations() {
    qt(150)
        .forAll(FurtherOperations.operatedBook())
        .checkAssert(book -> assertThat(RuleSet.standard().validate(book).violations()).isEmpty());
  }

  @Test
  void theFaultsCoverEveryRuleOfTheCatalogOnce() {
    assertThat(Arrays.stream(Faults.Kind.values()).map(Faults.Kind::rule))
        .containsExactlyElementsOf(RuleSet.standard().rules().stream().map(Rule::id).toList());
  }

  /** Every variant of every kind of fault, 6 books each (330 in all), each seed fixed. */
  @Test
  void eachPlantedFaultIsFoundByExactlyItsRule() {
    for (Faults.Kind kind : Faults.Kind.values()) {
      for (int variant = 0; variant < kind.variants(); variant++) {
        qt(6)
            .withFixedSeed(Arbitraries.SEED + 100L * kind.ordinal() + variant)
            .forAll(Faults.planted(kind, variant))
            .checkAssert(
                planted -> {
                  ValidationReport report = RuleSet.standard().validate(planted.book());
                  assertThat(Fixtures.ruleIds(report))
                      .as("%s: %s", planted, report.violations())
                      .containsExactly(planted.rule());
                  assertThat(report.violations())
                      .extracting(Violation::severity)
                      .containsOnly(RuleSet.standard().severity(planted.rule()));
                });
      }
    }
  }
}
