package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The late-fee and vote faults come in variants, one per way DOMAIN.md §6 says the rule is
   * broken; each variant is found for its own reason, and for no other.
   */
  @Test
  void eachLateFeeAndVoteVariantIsFoundForItsOwnReason() {
    Map<Faults.Kind, List<Predicate<String>>> reasons =
        Map.of(
            Faults.Kind.LATE_FEE,
            List.of(
                m -> m.contains(") comes before "),
                m -> m.endsWith(") is not allowed: the contract has no late fee"),
                m -> m.endsWith(") is charged while nothing of that period is open"),
                m ->
                    m.startsWith("late fee FZ: ")
                        && m.endsWith(") is a second late fee on the same unit and period"),
                m -> exceedsTheCap(m).filter(cap -> !cap).isPresent(),
                m -> exceedsTheCap(m).filter(cap -> cap).isPresent()),
            Faults.Kind.VOTE_INVALID,
            List.of(
                m -> m.matches(".*: [0-9.]+ m² of [0-9.]+ m² took part, less than 2/3"),
                m -> m.matches(".*: [0-9]+ of [0-9]+ owners took part, less than 2/3"),
                m -> m.endsWith(" m² participating voted yes, not more than 1/2 (ORDINARY)"),
                m -> m.endsWith(" participating owners voted yes, not at least 3/4 (SPECIAL)")));
    reasons.forEach(
        (kind, byVariant) -> {
          assertThat(byVariant).hasSize(kind.variants());
          for (int variant = 0; variant < kind.variants(); variant++) {
            Predicate<String> reason = byVariant.get(variant);
            qt(4)
                .withFixedSeed(Arbitraries.SEED + 7L * variant)
                .forAll(Faults.planted(kind, variant))
                .checkAssert(
                    planted -> {
                      List<Violation> found =
                          RuleSet.standard().validate(planted.book()).violations();
                      assertThat(found).as("%s", planted).hasSize(1);
                      assertThat(found.get(0).message())
                          .as("%s", planted)
                          .doesNotContain("; ")
                          .matches(reason);
                    });
          }
        });
  }

  /**
   * Reads a late fee's "exceeds X (p% of the period's charges C, capped at Z)": whether the limit
   * exceeded is the cap (X = Z, below the percent) or the percent (X below Z).
   */
  private static Optional<Boolean> exceedsTheCap(String message) {
    Matcher m =
        Pattern.compile(
                ".* exceeds (CNY [0-9.]+) \\(5% of the period's charges CNY [0-9.]+, capped at"
                    + " (CNY [0-9.]+)\\)")
            .matcher(message);
    return m.matches() ? Optional.of(m.group(1).equals(m.group(2))) : Optional.empty();
  }

  /** Every variant of every kind of fault, 6 books each (396 in all), each seed fixed. */
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
