package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.dr;
import static org.propertytrust.rules.Fixtures.entry;
import static org.propertytrust.rules.Fixtures.ruleIds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.statement.Disclosure;

/**
 * Configuring a rule set: switching rules off, changing severities, adding rules, the as-of date.
 */
class RuleSetTest {
  private static final TrustBook BOOK = ExampleBooks.threeUnits();

  /** The rule ids of DOMAIN.md §6, in its order, with their severities. */
  static final Map<String, Severity> CATALOG = catalog();

  private static Map<String, Severity> catalog() {
    java.util.LinkedHashMap<String, Severity> out = new java.util.LinkedHashMap<>();
    for (String id :
        List.of(
            "ledger.unbalanced",
            "ledger.duplicate-id",
            "ledger.unknown-account",
            "ledger.missing-dimension",
            "ledger.out-of-order",
            "ledger.negative-cash",
            "ledger.negative-subledger",
            "ledger.bad-reversal",
            "fee.rate-mismatch",
            "fee.duplicate-charge",
            "fee.allocation-order",
            "fee.late-fee",
            "trust.commingling",
            "trust.remuneration-exceeds-contract",
            "trust.remuneration-on-public-revenue",
            "approval.unlinked-expenditure",
            "approval.supervisor-missing",
            "approval.committee-missing",
            "approval.assembly-missing",
            "approval.self-approval",
            "approval.objection-open",
            "approval.over-budget",
            "vote.invalid",
            "recon.bank-mismatch",
            "disclosure.missing",
            "disclosure.late",
            "handover.incomplete",
            "service.sla-breach")) {
      out.put(id, Severity.ERROR);
    }
    for (String id :
        List.of(
            "ledger.out-of-order",
            "fee.allocation-order",
            "disclosure.late",
            "service.sla-breach")) {
      out.put(id, Severity.WARNING);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Three-units with one warning (F2 is dated before F1) and one error (F3 does not balance). */
  private static TrustBook warningAndError() {
    return append(
        BOOK,
        entry(
            "F1",
            "2024-03-05",
            EntryKind.PUBLIC_INCOME,
            dr("cash", "10.00"),
            cr("income:public:parking", "10.00")),
        entry(
            "F2",
            "2024-03-04",
            EntryKind.PUBLIC_INCOME,
            dr("cash", "10.00"),
            cr("income:public:parking", "10.00")),
        entry(
            "F3",
            "2024-03-06",
            EntryKind.PUBLIC_INCOME,
            dr("cash", "10.00"),
            cr("income:public:parking", "9.00")));
  }

  @Nested
  class TheStandardCatalog {
    @Test
    void hasEveryRuleOfTheDomainInItsOrderAtItsSeverity() {
      RuleSet standard = RuleSet.standard();
      assertThat(standard.rules()).extracting(Rule::id).containsExactlyElementsOf(CATALOG.keySet());
      for (Rule rule : standard.rules()) {
        assertThat(rule.severity()).as(rule.id()).isEqualTo(CATALOG.get(rule.id()));
        assertThat(standard.severity(rule.id())).isEqualTo(rule.severity());
        assertThat(rule.titleZh()).as(rule.id()).isNotBlank();
        assertThat(rule.description()).as(rule.id()).isNotBlank();
        assertThat(standard.rule(rule.id())).containsSame(rule);
      }
    }

    @Test
    void eachValidationStartsFreshChecks() {
      RuleSet standard = RuleSet.standard();
      TrustBook faulty = warningAndError();
      assertThat(standard.validate(faulty)).isEqualTo(standard.validate(faulty));
      assertThat(standard.validate(BOOK).violations()).isEmpty();
    }

    @Test
    void theReportCountsErrorsAndWarnings() {
      ValidationReport report = RuleSet.standard().validate(warningAndError());
      assertThat(report.book()).isEqualTo("three-units");
      assertThat(report.errors()).isEqualTo(1);
      assertThat(report.warnings()).isEqualTo(1);
      assertThat(report.isClean()).isFalse();
      assertThat(report.countsByRule())
          .containsExactly(Map.entry("ledger.out-of-order", 1), Map.entry("ledger.unbalanced", 1));
      assertThat(report.of("ledger.unbalanced")).hasSize(1);
      assertThat(report.of("fee.late-fee")).isEmpty();
      assertThat(report.entriesChecked()).isEqualTo(12);
    }
  }

  @Nested
  class SwitchingRulesOff {
    @Test
    void aRuleSwitchedOffReportsNothing() {
      ValidationReport report =
          RuleSet.standard().without("ledger.out-of-order").validate(warningAndError());
      assertThat(ruleIds(report)).containsExactly("ledger.unbalanced");
      assertThat(RuleSet.standard().without("ledger.out-of-order").rule("ledger.out-of-order"))
          .isEmpty();
    }

    @Test
    void severalRulesMaySwitchOffAtOnce() {
      RuleSet set = RuleSet.standard().without("ledger.out-of-order", "ledger.unbalanced");
      assertThat(set.validate(warningAndError()).violations()).isEmpty();
      assertThat(set.rules()).hasSize(CATALOG.size() - 2);
    }

    @Test
    void theStandardSetItselfIsUnchanged() {
      RuleSet standard = RuleSet.standard();
      standard.without("ledger.unbalanced");
      assertThat(standard.rule("ledger.unbalanced")).isPresent();
    }

    @Test
    void anUnknownIdIsRejectedWithAClearMessage() {
      assertThatThrownBy(() -> RuleSet.standard().without("ledger.unbalance"))
          .isInstanceOf(TrustException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no rule has the id ledger.unbalance");
      assertThatThrownBy(
              () -> RuleSet.standard().without("ledger.unbalanced").without("ledger.unbalanced"))
          .hasMessageContaining("no rule has the id ledger.unbalanced");
    }
  }

  @Nested
  class OverridingSeverities {
    @Test
    void aWarningMadeAnErrorMakesTheBookUnclean() {
      TrustBook onlyWarning =
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "10.00")),
              entry(
                  "F2",
                  "2024-03-04",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "10.00")));
      assertThat(RuleSet.standard().validate(onlyWarning).isClean()).isTrue();
      RuleSet strict = RuleSet.standard().withSeverity("ledger.out-of-order", Severity.ERROR);
      ValidationReport report = strict.validate(onlyWarning);
      assertThat(report.isClean()).isFalse();
      assertThat(report.errors()).isEqualTo(1);
      assertThat(report.warnings()).isZero();
      assertThat(report.violations().get(0).severity()).isEqualTo(Severity.ERROR);
      assertThat(strict.severity("ledger.out-of-order")).isEqualTo(Severity.ERROR);
      assertThat(strict.rule("ledger.out-of-order").orElseThrow().severity())
          .as("the rule's own default")
          .isEqualTo(Severity.WARNING);
    }

    @Test
    void anErrorMadeAWarningLeavesTheBookClean() {
      ValidationReport report =
          RuleSet.standard()
              .withSeverity("ledger.unbalanced", Severity.WARNING)
              .validate(warningAndError());
      assertThat(report.isClean()).isTrue();
      assertThat(report.warnings()).isEqualTo(2);
    }

    @Test
    void theOrderOfTheRulesIsKept() {
      RuleSet set = RuleSet.standard().withSeverity("ledger.out-of-order", Severity.ERROR);
      assertThat(set.rules()).extracting(Rule::id).containsExactlyElementsOf(CATALOG.keySet());
    }

    @Test
    void anUnknownIdIsRejectedWithAClearMessage() {
      assertThatThrownBy(() -> RuleSet.standard().withSeverity("fee.late", Severity.ERROR))
          .isInstanceOf(TrustException.class)
          .hasMessageContaining("no rule has the id fee.late");
      assertThatThrownBy(() -> RuleSet.standard().severity("fee.late"))
          .hasMessageContaining("no rule has the id fee.late");
    }
  }

  /** A platform's own rule: every PAYMENT must carry a memo (the bank's reference). */
  static final class MemoRequired implements Rule {
    private final String id;

    MemoRequired(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public String description() {
      return "A PAYMENT carries the bank's reference in its memo.";
    }

    @Override
    public String titleZh() {
      return "缴费缺少银行流水号";
    }

    @Override
    public Check start(RunContext run) {
      return new Check() {
        @Override
        public void afterEntry(EntryContext c, Reporter r) {
          if (c.entry().kind() == EntryKind.PAYMENT && c.entry().memo().isEmpty()) {
            r.report("payment " + c.entry().id() + " has no memo", Refs.entry(c.entry().id()));
          }
        }
      };
    }
  }

  @Nested
  class CustomRules {
    @Test
    void aRuleWithItsOwnIdReportsAfterTheCatalog() {
      RuleSet set = RuleSet.standard().with(new MemoRequired("acme.memo-required"));
      assertThat(set.rules()).hasSize(CATALOG.size() + 1);
      assertThat(set.rules().get(CATALOG.size()).id()).isEqualTo("acme.memo-required");
      ValidationReport report = set.validate(BOOK);
      assertThat(report.violations())
          .extracting(Violation::rule, Violation::severity, v -> v.refs().get("entry"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("acme.memo-required", Severity.WARNING, "E2"),
              org.assertj.core.groups.Tuple.tuple("acme.memo-required", Severity.WARNING, "E3"),
              org.assertj.core.groups.Tuple.tuple("acme.memo-required", Severity.WARNING, "E8"));
      assertThat(report.violations().get(0).message()).isEqualTo("payment E2 has no memo");
      assertThat(report.isClean()).isTrue();
    }

    @Test
    void aCustomRulesSeverityMayBeOverriddenAndItMaySwitchOff() {
      RuleSet set =
          RuleSet.standard()
              .with(new MemoRequired("acme.memo-required"))
              .withSeverity("acme.memo-required", Severity.ERROR);
      assertThat(set.validate(BOOK).errors()).isEqualTo(3);
      assertThat(set.without("acme.memo-required").validate(BOOK).violations()).isEmpty();
    }

    @Test
    void anEmptySetRunsOnlyTheRulesAddedToIt() {
      ValidationReport report =
          RuleSet.empty().with(new MemoRequired("acme.memo-required")).validate(warningAndError());
      assertThat(ruleIds(report)).containsExactly("acme.memo-required");
      assertThat(RuleSet.empty().validate(warningAndError()).violations()).isEmpty();
    }

    @Test
    void anIdTheSetAlreadyHasIsRejected() {
      assertThatThrownBy(() -> RuleSet.standard().with(new MemoRequired("ledger.unbalanced")))
          .isInstanceOf(TrustException.class)
          .hasMessageContaining("the rule set already has a rule ledger.unbalanced");
      RuleSet once = RuleSet.empty().with(new MemoRequired("acme.memo-required"));
      assertThatThrownBy(() -> once.with(new MemoRequired("acme.memo-required")))
          .hasMessageContaining("already has a rule acme.memo-required");
    }

    @Test
    void aCatalogRuleSwitchedOffMayBeReplacedUnderItsId() {
      RuleSet set =
          RuleSet.standard()
              .without("ledger.out-of-order")
              .with(new MemoRequired("ledger.out-of-order"));
      assertThat(set.rules().get(set.rules().size() - 1).id()).isEqualTo("ledger.out-of-order");
    }
  }

  @Nested
  class AsOf {
    @Test
    void theDefaultIsTheLatestEntryDateNotTheLastListed() {
      ValidationReport report = RuleSet.standard().validate(warningAndError());
      assertThat(report.asOf()).isEqualTo(d("2024-03-06"));
      TrustBook lastListedEarlier =
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "10.00")),
              entry(
                  "F2",
                  "2024-03-04",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "10.00")));
      assertThat(RuleSet.standard().validate(lastListedEarlier).asOf()).isEqualTo(d("2024-03-05"));
    }

    @Test
    void aBookWithoutEntriesIsJudgedAsOfTheContractStart() {
      ValidationReport report =
          RuleSet.standard().validate(ImmutableTrustBook.copyOf(BOOK).withEntries(List.of()));
      assertThat(report.asOf()).isEqualTo(d("2024-01-01"));
      assertThat(report.entriesChecked()).isZero();
      assertThat(report.violations()).isEmpty();
    }

    @Test
    void entriesAfterTheAsOfDateAreNotJudged() {
      ValidationReport report =
          RuleSet.standard().validate(warningAndError(), Optional.of(d("2024-02-29")));
      assertThat(report.violations()).isEmpty();
      assertThat(report.asOf()).isEqualTo(d("2024-02-29"));
      assertThat(report.entriesChecked()).isEqualTo(9);
    }

    @Test
    void anEntryAfterTheAsOfDateIsSkippedWhereverItIsListed() {
      // F3 (unbalanced, 03-06) sits between F1 and F2; as of 03-05 neither it nor the
      // out-of-order pair it would form with F2 is judged
      TrustBook book =
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-04",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "10.00")),
              entry(
                  "F3",
                  "2024-03-06",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "9.00")),
              entry(
                  "F2",
                  "2024-03-05",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "10.00")));
      ValidationReport asOf = RuleSet.standard().validate(book, Optional.of(d("2024-03-05")));
      assertThat(asOf.violations()).isEmpty();
      assertThat(asOf.entriesChecked()).isEqualTo(11);
      assertThat(ruleIds(RuleSet.standard().validate(book)))
          .containsExactly("ledger.out-of-order", "ledger.unbalanced");
    }

    @Test
    void anAsOfDateAfterTheEntriesJudgesTheRecordsDueByThen() {
      ValidationReport report = RuleSet.standard().validate(BOOK, Optional.of(d("2024-04-10")));
      assertThat(report.asOf()).isEqualTo(d("2024-04-10"));
      assertThat(ruleIds(report)).containsExactly("disclosure.missing");
    }
  }

  /** A book is judged over the years 0000 to 9999, those trust-book/1 holds. */
  @Nested
  class JudgedYears {
    private static final String OUTSIDE =
        "lies outside the years 0000 to 9999 that a book can be judged over";

    @Test
    void anAsOfDateBeyondTheYear9999IsRejectedBeforeAnyWork() {
      for (LocalDate asOf : List.of(LocalDate.MAX, LocalDate.of(10000, 1, 1), LocalDate.MIN)) {
        assertThatThrownBy(() -> RuleSet.standard().validate(BOOK, Optional.of(asOf)))
            .isInstanceOf(TrustException.class)
            .hasMessage("the as-of date " + asOf + " " + OUTSIDE + " (those trust-book/1 holds)");
      }
      assertThatThrownBy(
              () ->
                  RuleSet.standard()
                      .begin(
                          ImmutableTrustBook.copyOf(BOOK).withEntries(List.of()),
                          Optional.of(LocalDate.of(-1, 12, 31))))
          .hasMessageContaining("the as-of date -0001-12-31 " + OUTSIDE);
    }

    @Test
    void theLastDayOf9999IsJudgedWithEveryMonthDueByThen() {
      ValidationReport report =
          RuleSet.standard().validate(BOOK, Optional.of(LocalDate.of(9999, 12, 31)));
      // 2024-03 to 9999-11: 9999-11 is due on 9999-12-10, 9999-12 only on 10000-01-10
      int months = (9999 - 2024) * 12 + (11 - 3) + 1;
      assertThat(report.of("disclosure.missing")).hasSize(months);
      assertThat(ruleIds(report)).containsExactly("disclosure.missing");
      assertThat(report.of("disclosure.missing").get(months - 1).message())
          .isEqualTo(
              "the accounts of 9999-11 were due to be disclosed to owners by 9999-12-10 and have"
                  + " not been (as of 9999-12-31)");
    }

    @Test
    void theFirstDayOfYear0000JudgesNothingYet() {
      ValidationReport report =
          RuleSet.standard().validate(BOOK, Optional.of(LocalDate.of(0, 1, 1)));
      assertThat(report.entriesChecked()).isZero();
      assertThat(report.violations()).isEmpty();
    }

    @Test
    void anEntryJudgedBeyondTheYear9999IsRejectedNamingIt() {
      TrustBook book =
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.TRANSFER,
                  dr("fund:operating", "1.00"),
                  cr("fund:reserve", "1.00")),
              Entry.of(
                  "F2",
                  LocalDate.of(100000, 1, 1),
                  EntryKind.TRANSFER,
                  List.of(dr("fund:operating", "1.00"), cr("fund:reserve", "1.00"))));
      assertThatThrownBy(() -> RuleSet.standard().validate(book))
          .isInstanceOf(TrustException.class)
          .hasMessageStartingWith("entry F2 dated +100000-01-01 " + OUTSIDE);
      // as of a date within the years, the entry after it is not judged
      ValidationReport asOf = RuleSet.standard().validate(book, Optional.of(d("2024-03-31")));
      assertThat(asOf.violations()).isEmpty();
      assertThat(asOf.entriesChecked()).isEqualTo(10);
    }

    @Test
    void aPeriodOfALineBeyondTheYearsIsRejectedNamingIt() {
      TrustBook book =
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.PAYMENT,
                  dr("cash", "1.00"),
                  Line.receivable(
                      Side.CREDIT,
                      Fixtures.cny("1.00"),
                      "A",
                      YearMonth.of(-999_999_999, 1),
                      "property")));
      assertThatThrownBy(() -> RuleSet.standard().validate(book))
          .isInstanceOf(TrustException.class)
          .hasMessageStartingWith("the period -999999999-01 of entry F1 " + OUTSIDE);
    }

    @Test
    void aDateOfTheBooksSectionsBeyondTheYearsIsRejectedNamingIt() {
      List<Party> parties = new ArrayList<>(BOOK.parties());
      parties.add(Party.of("oldco", Role.TRUSTEE, "Old Property Co."));
      TrustBook handedOver =
          ImmutableTrustBook.copyOf(BOOK)
              .withParties(parties)
              .withHandovers(Handover.of(LocalDate.MAX, "oldco", "acme"));
      assertThatThrownBy(() -> RuleSet.standard().validate(handedOver))
          .isInstanceOf(TrustException.class)
          .hasMessageStartingWith(
              "the handover from oldco to acme dated +999999999-12-31 " + OUTSIDE);
      TrustBook disclosed =
          ImmutableTrustBook.copyOf(BOOK)
              .withDisclosures(Disclosure.of(YearMonth.of(999_999_999, 12), LocalDate.MAX));
      assertThatThrownBy(() -> RuleSet.standard().validate(disclosed))
          .isInstanceOf(TrustException.class)
          .hasMessageStartingWith("the disclosure of 999999999-12 " + OUTSIDE);
    }
  }

  @Nested
  class Streaming {
    @Test
    void feedingEntriesOneAtATimeGivesTheSameReport() {
      TrustBook book = warningAndError();
      Validation validation =
          RuleSet.standard()
              .begin(ImmutableTrustBook.copyOf(book).withEntries(List.of()), Optional.empty());
      for (Entry e : book.entries()) {
        validation.accept(e);
      }
      assertThat(validation.finish()).isEqualTo(RuleSet.standard().validate(book));
    }

    @Test
    void aValidationStartsFromAHeaderWithoutEntries() {
      assertThatThrownBy(() -> RuleSet.standard().begin(BOOK, Optional.empty()))
          .isInstanceOf(TrustException.class)
          .hasMessageContaining("without entries");
    }

    @Test
    void aFinishedValidationTakesNoMoreEntries() {
      Validation validation =
          RuleSet.standard()
              .begin(ImmutableTrustBook.copyOf(BOOK).withEntries(List.of()), Optional.empty());
      validation.finish();
      assertThatThrownBy(() -> validation.accept(BOOK.entries().get(0)))
          .hasMessageContaining("finished");
      assertThatThrownBy(validation::finish).hasMessageContaining("finished");
    }
  }
}
