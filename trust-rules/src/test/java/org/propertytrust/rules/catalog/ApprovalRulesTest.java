package org.propertytrust.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.assertNothing;
import static org.propertytrust.rules.Fixtures.cny;
import static org.propertytrust.rules.Fixtures.committeeApproves;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.decision;
import static org.propertytrust.rules.Fixtures.dr;
import static org.propertytrust.rules.Fixtures.entry;
import static org.propertytrust.rules.Fixtures.expenditure;
import static org.propertytrust.rules.Fixtures.only;
import static org.propertytrust.rules.Fixtures.pays;
import static org.propertytrust.rules.Fixtures.paysFromCash;
import static org.propertytrust.rules.Fixtures.single;
import static org.propertytrust.rules.Fixtures.spendingBook;
import static org.propertytrust.rules.Fixtures.supApproves;
import static org.propertytrust.rules.Fixtures.vote;
import static org.propertytrust.rules.Fixtures.withExpenditures;
import static org.propertytrust.rules.Fixtures.withVotes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ImmutableVote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.party.ImmutableParty;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.Violation;

/**
 * The {@code approval.*} rules and {@code vote.invalid}, on {@link
 * org.propertytrust.rules.Fixtures#spendingBook()}: thresholds supervisor 150.00, committee 250.00,
 * assembly 400.00, 3 objection days; a 2024 repairs budget of 1000.00; cash 576.35 and reserve-cash
 * 1000.00 at the end of February. Spending is requested on 2024-03-01 by the trustee {@code acme}
 * and paid on 2024-03-05 unless a test says otherwise.
 */
class ApprovalRulesTest {
  private static final TrustBook BOOK = spendingBook();

  /** The book with the expenditure recorded and paid from cash by entry F1 on a date. */
  private static TrustBook paid(TrustBook book, Expenditure x, String date) {
    return append(withExpenditures(book, x), paysFromCash("F1", date, x));
  }

  private static TrustBook paid(Expenditure x) {
    return paid(BOOK, x, "2024-03-05");
  }

  private static Expenditure repairs(String amount, org.propertytrust.core.approval.Approval... a) {
    return expenditure("X2", "2024-03-01", "cleanco", amount, "repairs").addApprovals(a).build();
  }

  private static TrustBook withBudget(TrustBook book, BudgetLine line) {
    List<BudgetLine> budget = new ArrayList<>(book.budget());
    budget.add(line);
    return ImmutableTrustBook.copyOf(book).withBudget(budget);
  }

  private static TrustBook withParties(TrustBook book, List<Party> parties) {
    return ImmutableTrustBook.copyOf(book).withParties(parties);
  }

  private static TrustBook edit(
      TrustBook book, String partyId, java.util.function.UnaryOperator<ImmutableParty> f) {
    List<Party> parties = new ArrayList<>();
    for (Party p : book.parties()) {
      parties.add(p.id().equals(partyId) ? f.apply(ImmutableParty.copyOf(p)) : p);
    }
    return withParties(book, parties);
  }

  @Test
  void theBaseBookIsClean() {
    assertNothing(BOOK);
  }

  @Test
  void spendingWithEveryApprovalItNeedsIsClean() {
    assertNothing(
        paid(
            withVotes(BOOK, vote("V1", "2024-03-03")),
            expenditure("X2", "2024-03-01", "cleanco", "400.00", "repairs")
                .vote("V1")
                .addApprovals(supApproves("2024-03-02"), committeeApproves("2024-03-02"))
                .build(),
            "2024-03-05"));
  }

  @Nested
  class Unlinked {
    @Test
    void anExpenditureEntryNamingNoRecordIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.EXPENDITURE,
                      dr("expense:repairs", "50.00"),
                      cr("cash", "50.00"))),
              "approval.unlinked-expenditure");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1"));
      assertThat(v.message()).contains("expenditure entry F1 names no expenditure record");
    }

    @Test
    void anExpenditureEntryNamingAnUnknownRecordIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  pays(
                      "F1",
                      "2024-03-05",
                      "X9",
                      dr("expense:repairs", "50.00"),
                      cr("cash", "50.00"))),
              "approval.unlinked-expenditure");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X9"));
      assertThat(v.message()).contains("F1 pays expenditure X9, which the book does not have");
    }

    @Test
    void anAmountOneCentAwayFromTheRecordIsAnError() {
      Expenditure x = repairs("100.00");
      for (String amount : List.of("100.01", "99.99")) {
        Violation v =
            single(
                append(
                    withExpenditures(BOOK, x),
                    pays(
                        "F1",
                        "2024-03-05",
                        "X2",
                        dr("expense:repairs", amount),
                        cr("cash", amount))),
                "approval.unlinked-expenditure");
        assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2"));
        assertThat(v.message())
            .contains("F1 pays CNY " + amount + " against expenditure X2 of CNY 100.00");
      }
      assertNothing(paid(x));
    }

    @Test
    void theAmountIsTheNetOfTheExpenseLines() {
      Expenditure x = repairs("100.00");
      assertNothing(
          append(
              withExpenditures(BOOK, x),
              pays(
                  "F1",
                  "2024-03-05",
                  "X2",
                  dr("expense:repairs", "70.00"),
                  dr("expense:materials", "30.00"),
                  cr("cash", "100.00"))));
    }

    @Test
    void operatingSpendingPaidFromTheReserveIsAnError() {
      Violation v =
          single(
              append(
                  withExpenditures(BOOK, repairs("100.00")),
                  pays(
                      "F1",
                      "2024-03-05",
                      "X2",
                      dr("expense:repairs", "100.00"),
                      cr("reserve-cash", "100.00"))),
              "approval.unlinked-expenditure");
      assertThat(v.refs())
          .isEqualTo(Map.of("entry", "F1", "expenditure", "X2", "account", "reserve-cash"));
      assertThat(v.message())
          .contains(
              "pays expenditure X2 from reserve-cash", "OPERATING fund spending, paid from cash");
    }

    @Test
    void reserveSpendingPaidFromOperatingCashIsAnError() {
      Expenditure x =
          expenditure("X2", "2024-03-01", "cleanco", "100.00", "repairs")
              .fund(Fund.RESERVE)
              .vote("V1")
              .build();
      TrustBook book = withVotes(withExpenditures(BOOK, x), vote("V1", "2024-03-02"));
      Violation v =
          single(
              append(book, paysFromCash("F1", "2024-03-05", x)), "approval.unlinked-expenditure");
      assertThat(v.refs()).containsEntry("account", "cash");
      assertThat(v.message()).contains("RESERVE fund spending, paid from reserve-cash");
      assertNothing(
          append(
              book,
              pays(
                  "F1",
                  "2024-03-05",
                  "X2",
                  dr("expense:repairs", "100.00"),
                  cr("reserve-cash", "100.00"))));
    }
  }

  @Nested
  class SupervisorMissing {
    @Test
    void spendingAtTheSupervisorThresholdWithoutApprovalIsAnError() {
      Violation v = single(paid(repairs("150.00")), "approval.supervisor-missing");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2"));
      assertThat(v.message())
          .contains(
              "entry F1 paid on 2024-03-05",
              "expenditure X2 (CNY 150.00)",
              "supervisor threshold CNY 150.00",
              "no supervisor approval by 2024-03-05");
    }

    @Test
    void oneCentBelowTheThresholdNeedsNoSupervisor() {
      assertNothing(paid(repairs("149.99")));
    }

    @Test
    void anApprovalOnOrBeforePaymentCounts() {
      assertNothing(paid(repairs("150.00", supApproves("2024-03-05"))));
      single(paid(repairs("150.00", supApproves("2024-03-06"))), "approval.supervisor-missing");
    }

    @Test
    void aLaterRejectionWithdrawsTheApproval() {
      Violation v =
          single(
              paid(
                  repairs(
                      "150.00",
                      supApproves("2024-03-02"),
                      decision("sup", Role.SUPERVISOR, Decision.REJECT, "2024-03-04"))),
              "approval.supervisor-missing");
      assertThat(v.message()).contains("X2 (CNY 150.00) was rejected by the supervisor");
      assertNothing(
          paid(
              repairs(
                  "150.00",
                  decision("sup", Role.SUPERVISOR, Decision.REJECT, "2024-03-02"),
                  supApproves("2024-03-04"))));
    }

    @Test
    void amongDecisionsOfOneDayTheOneRecordedLastWins() {
      single(
          paid(
              repairs(
                  "150.00",
                  supApproves("2024-03-02"),
                  decision("sup", Role.SUPERVISOR, Decision.REJECT, "2024-03-02"))),
          "approval.supervisor-missing");
      assertNothing(
          paid(
              repairs(
                  "150.00",
                  decision("sup", Role.SUPERVISOR, Decision.REJECT, "2024-03-02"),
                  supApproves("2024-03-02"))));
    }

    @Test
    void anApprovalCountsOnlyFromAPartyHoldingTheRole() {
      for (String by : List.of("committee", "cleanco", "ghost")) {
        single(
            paid(repairs("150.00", decision(by, Role.SUPERVISOR, Decision.APPROVE, "2024-03-02"))),
            "approval.supervisor-missing");
      }
      single(
          paid(repairs("150.00", decision("sup", Role.COMMITTEE, Decision.APPROVE, "2024-03-02"))),
          "approval.supervisor-missing");
    }
  }

  @Nested
  class CommitteeMissing {
    @Test
    void spendingAtTheCommitteeThresholdWithoutApprovalIsAnError() {
      Violation v =
          single(paid(repairs("250.00", supApproves("2024-03-02"))), "approval.committee-missing");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2"));
      assertThat(v.message())
          .contains("X2 (CNY 250.00)", "committee threshold CNY 250.00", "no committee approval");
    }

    @Test
    void oneCentBelowTheThresholdNeedsNoCommittee() {
      assertNothing(paid(repairs("249.99", supApproves("2024-03-02"))));
    }

    @Test
    void aCommitteeRejectionIsMissingApproval() {
      Violation v =
          single(
              paid(
                  repairs(
                      "250.00",
                      supApproves("2024-03-02"),
                      committeeApproves("2024-03-02"),
                      decision("committee", Role.COMMITTEE, Decision.REJECT, "2024-03-03"))),
              "approval.committee-missing");
      assertThat(v.message()).contains("rejected by the committee");
    }
  }

  @Nested
  class AssemblyMissing {
    private Expenditure large(String amount, String vote) {
      org.propertytrust.core.approval.ImmutableExpenditure.Builder b =
          expenditure("X2", "2024-03-01", "cleanco", amount, "repairs")
              .addApprovals(supApproves("2024-03-02"), committeeApproves("2024-03-02"));
      if (vote != null) {
        b.vote(vote);
      }
      return b.build();
    }

    @Test
    void spendingAtTheAssemblyThresholdWithNoVoteIsAnError() {
      Violation v = single(paid(large("400.00", null)), "approval.assembly-missing");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2"));
      assertThat(v.message())
          .contains(
              "X2 (CNY 400.00) is at or above the assembly threshold CNY 400.00 and links no vote");
    }

    @Test
    void oneCentBelowTheThresholdNeedsNoVote() {
      assertNothing(paid(large("399.99", null)));
    }

    @Test
    void aVoteIdTheBookDoesNotHaveIsMissing() {
      Violation v = single(paid(large("400.00", "V9")), "approval.assembly-missing");
      assertThat(v.message()).contains("links vote V9, which the book does not have");
    }

    @Test
    void aVoteHeldAfterPaymentIsMissingAndOneHeldThatDayIsNot() {
      Violation v =
          single(
              paid(withVotes(BOOK, vote("V1", "2024-03-06")), large("400.00", "V1"), "2024-03-05"),
              "approval.assembly-missing");
      assertThat(v.message()).contains("its vote V1 is held on 2024-03-06, after 2024-03-05");
      assertNothing(
          paid(withVotes(BOOK, vote("V1", "2024-03-05")), large("400.00", "V1"), "2024-03-05"));
    }

    @Test
    void anyReserveFundSpendingNeedsAVote() {
      Expenditure x =
          expenditure("X2", "2024-03-01", "cleanco", "50.00", "repairs").fund(Fund.RESERVE).build();
      Entry f1 =
          pays(
              "F1",
              "2024-03-05",
              "X2",
              dr("expense:repairs", "50.00"),
              cr("reserve-cash", "50.00"));
      Violation v = single(append(withExpenditures(BOOK, x), f1), "approval.assembly-missing");
      assertThat(v.message())
          .contains("X2 (CNY 50.00) is paid from the reserve fund and links no vote");
      Expenditure voted =
          org.propertytrust.core.approval.ImmutableExpenditure.copyOf(x).withVote("V1");
      assertNothing(append(withVotes(withExpenditures(BOOK, voted), vote("V1", "2024-03-02")), f1));
    }
  }

  @Nested
  class SelfApproval {
    @Test
    void theRequesterApprovingIsAnError() {
      Expenditure x =
          org.propertytrust.core.approval.ImmutableExpenditure.copyOf(
                  expenditure("X2", "2024-03-01", "cleanco", "50.00", "repairs")
                      .addApproval(committeeApproves("2024-03-02"))
                      .build())
              .withRequestedBy("committee");
      Violation v = single(paid(x), "approval.self-approval");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2"));
      assertThat(v.message())
          .contains("X2 (CNY 50.00) was approved on 2024-03-02 by committee, who requested it");
    }

    @Test
    void anApprovalAfterPaymentIsNotJudged() {
      Expenditure x =
          org.propertytrust.core.approval.ImmutableExpenditure.copyOf(
                  expenditure("X2", "2024-03-01", "cleanco", "50.00", "repairs")
                      .addApproval(committeeApproves("2024-03-06"))
                      .build())
              .withRequestedBy("committee");
      assertNothing(paid(x));
    }

    @Test
    void aSupervisorRelatedToTheTrusteeApprovingIsAnError() {
      TrustBook book = edit(BOOK, "sup", p -> p.withRelatedTo("acme"));
      Violation v =
          single(
              paid(book, repairs("50.00", supApproves("2024-03-02")), "2024-03-05"),
              "approval.self-approval");
      assertThat(v.message())
          .contains("approved on 2024-03-02 by supervisor sup, who is related to the trustee acme");
    }

    @Test
    void aRelationRecordedOnTheTrusteesSideCountsToo() {
      TrustBook book = edit(BOOK, "acme", p -> p.withRelatedTo("sup"));
      single(
          paid(book, repairs("50.00", supApproves("2024-03-02")), "2024-03-05"),
          "approval.self-approval");
    }
  }

  @Nested
  class ObjectionOpen {
    private Expenditure objected(org.propertytrust.core.approval.Approval... more) {
      List<org.propertytrust.core.approval.Approval> all = new ArrayList<>();
      all.add(decision("sup", Role.SUPERVISOR, Decision.OBJECT, "2024-03-02"));
      all.addAll(List.of(more));
      return repairs("50.00", all.toArray(new org.propertytrust.core.approval.Approval[0]));
    }

    private org.propertytrust.core.approval.Approval resolves(String on) {
      return decision("committee", Role.COMMITTEE, Decision.RESOLVE_OBJECTION, on);
    }

    @Test
    void payingWhileAnObjectionIsUnresolvedIsAnError() {
      Violation v = single(paid(objected()), "approval.objection-open");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2"));
      assertThat(v.message())
          .contains(
              "X2 (CNY 50.00) has an objection by sup on 2024-03-02", "not resolved by 2024-03-05");
    }

    @Test
    void aResolutionOnOrBeforePaymentClearsTheObjection() {
      assertNothing(paid(objected(resolves("2024-03-05"))));
      single(paid(objected(resolves("2024-03-06"))), "approval.objection-open");
    }

    @Test
    void aResolutionMustComeAfterTheObjection() {
      // same day: only a resolution recorded after the objection resolves it
      assertNothing(paid(objected(resolves("2024-03-02"))));
      single(
          paid(
              repairs(
                  "50.00",
                  resolves("2024-03-02"),
                  decision("sup", Role.SUPERVISOR, Decision.OBJECT, "2024-03-02"))),
          "approval.objection-open");
    }

    @Test
    void anObjectionOnThePaymentDayCountsAndOneAfterItDoesNot() {
      single(
          paid(repairs("50.00", decision("sup", Role.SUPERVISOR, Decision.OBJECT, "2024-03-05"))),
          "approval.objection-open");
      assertNothing(
          paid(repairs("50.00", decision("sup", Role.SUPERVISOR, Decision.OBJECT, "2024-03-06"))));
    }

    @Test
    void onlyTheCommitteeResolvesAndOnlyASupervisorObjects() {
      single(
          paid(
              objected(
                  decision("owners", Role.COMMITTEE, Decision.RESOLVE_OBJECTION, "2024-03-03"))),
          "approval.objection-open");
      assertNothing(
          paid(
              repairs(
                  "50.00", decision("committee", Role.SUPERVISOR, Decision.OBJECT, "2024-03-02"))));
    }

    @Test
    void payingBeforeTheObjectionDaysPassWithoutTheSupervisorIsAnError() {
      Expenditure x = expenditure("X2", "2024-03-03", "cleanco", "50.00", "repairs").build();
      Violation v = single(paid(BOOK, x, "2024-03-05"), "approval.objection-open");
      assertThat(v.message())
          .contains(
              "X2 (CNY 50.00) was requested on 2024-03-03, 2 days before 2024-03-05",
              "the supervisor has 3 days to object");
    }

    @Test
    void exactlyTheObjectionDaysAfterTheRequestIsClean() {
      Expenditure x = expenditure("X2", "2024-03-02", "cleanco", "50.00", "repairs").build();
      assertNothing(paid(BOOK, x, "2024-03-05"));
    }

    @Test
    void theSupervisorsApprovalEndsTheObjectionWindowEarly() {
      Expenditure x =
          expenditure("X2", "2024-03-04", "cleanco", "50.00", "repairs")
              .addApproval(supApproves("2024-03-04"))
              .build();
      assertNothing(paid(BOOK, x, "2024-03-05"));
    }

    @Test
    void oneViolationPerExpenditureWhenBothTriggersHold() {
      Expenditure x =
          expenditure("X2", "2024-03-04", "cleanco", "50.00", "repairs")
              .addApproval(decision("sup", Role.SUPERVISOR, Decision.OBJECT, "2024-03-04"))
              .build();
      single(paid(BOOK, x, "2024-03-05"), "approval.objection-open");
    }
  }

  @Nested
  class OverBudget {
    private final TrustBook garden = withBudget(BOOK, BudgetLine.of(2024, "garden", cny("100.00")));

    private Expenditure gardening(
        String id, String amount, org.propertytrust.core.approval.Approval... a) {
      return expenditure(id, "2024-03-01", "cleanco", amount, "garden").addApprovals(a).build();
    }

    @Test
    void spendingOneCentPastTheBudgetLineIsAnError() {
      Violation v =
          single(paid(garden, gardening("X2", "100.01"), "2024-03-05"), "approval.over-budget");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2"));
      assertThat(v.message())
          .contains(
              "X2 (CNY 100.01) takes budget line garden for 2024 to CNY 100.01, past its CNY 100.00",
              "without a committee approval");
    }

    @Test
    void spendingExactlyTheBudgetLineIsClean() {
      assertNothing(paid(garden, gardening("X2", "100.00"), "2024-03-05"));
    }

    @Test
    void theCommitteeMayApproveSpendingPastTheBudget() {
      assertNothing(
          paid(garden, gardening("X2", "100.01", committeeApproves("2024-03-02")), "2024-03-05"));
    }

    @Test
    void aLineTheBudgetLacksCountsAsZero() {
      Violation v =
          single(
              paid(
                  BOOK,
                  expenditure("X2", "2024-03-01", "cleanco", "0.01", "lighting").build(),
                  "2024-03-05"),
              "approval.over-budget");
      assertThat(v.message())
          .contains("budget line lighting for 2024 to CNY 0.01, past its CNY 0.00");
    }

    @Test
    void theBudgetOfThePaymentsYearCounts() {
      TrustBook lastYear = withBudget(BOOK, BudgetLine.of(2023, "garden", cny("1000.00")));
      single(paid(lastYear, gardening("X2", "10.00"), "2024-03-05"), "approval.over-budget");
    }

    @Test
    void aBookWithoutBudgetIsNeverOverBudget() {
      TrustBook none = ImmutableTrustBook.copyOf(BOOK).withBudget(List.of());
      assertNothing(paid(none, gardening("X2", "100.01"), "2024-03-05"));
    }

    @Test
    void earlierPaymentsOnTheLineCount() {
      Expenditure x2 = gardening("X2", "60.00");
      Expenditure x3 = gardening("X3", "50.00");
      Violation v =
          single(
              append(
                  withExpenditures(garden, x2, x3),
                  paysFromCash("F1", "2024-03-05", x2),
                  paysFromCash("F2", "2024-03-06", x3)),
              "approval.over-budget");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F2", "expenditure", "X3"));
      assertThat(v.message()).contains("to CNY 110.00, past its CNY 100.00");
    }

    @Test
    void aReversedPaymentNoLongerUsesTheBudget() {
      Expenditure x2 = gardening("X2", "100.00");
      Entry first = paysFromCash("F1", "2024-03-05", x2);
      assertNothing(
          append(
              withExpenditures(garden, x2),
              first,
              first.reversal("R1", d("2024-03-06")),
              paysFromCash("F2", "2024-03-07", x2)));
    }
  }

  @Nested
  class VoteInvalid {
    /** X2 of 400.00 with every approval, relying on a vote held on 2024-03-03. */
    private TrustBook relyingOn(ImmutableVote v) {
      return paid(
          withVotes(BOOK, v),
          expenditure("X2", "2024-03-01", "cleanco", "400.00", "repairs")
              .vote(v.id())
              .addApprovals(supApproves("2024-03-02"), committeeApproves("2024-03-02"))
              .build(),
          "2024-03-05");
    }

    /** V1: of 400.00 m², held on 2024-03-03. */
    private ImmutableVote v1(
        VoteTier tier,
        int totalOwners,
        String partArea,
        int partOwners,
        String yesArea,
        int yesOwners) {
      return org.propertytrust.core.approval.Vote.builder()
          .id("V1")
          .subject("spending X2")
          .tier(tier)
          .heldOn(d("2024-03-03"))
          .totalAreaM2(new BigDecimal("400.00"))
          .totalOwners(totalOwners)
          .participatingAreaM2(new BigDecimal(partArea))
          .participatingOwners(partOwners)
          .yesAreaM2(new BigDecimal(yesArea))
          .yesOwners(yesOwners)
          .build();
    }

    private ImmutableVote ordinary(String partArea, int partOwners, String yesArea, int yesOwners) {
      return v1(VoteTier.ORDINARY, 4, partArea, partOwners, yesArea, yesOwners);
    }

    @Test
    void participationUnderTwoThirdsOfTheAreaIsAnError() {
      Violation v = single(relyingOn(ordinary("266.66", 4, "266.66", 4)), "vote.invalid");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2", "vote", "V1"));
      assertThat(v.message())
          .contains(
              "vote V1 that expenditure X2 (CNY 400.00) relies on fails art. 278",
              "266.66 m² of 400.00 m² took part, less than 2/3");
      assertNothing(relyingOn(ordinary("266.67", 4, "266.67", 4)));
    }

    @Test
    void participationUnderTwoThirdsOfTheOwnersIsAnError() {
      assertNothing(relyingOn(v1(VoteTier.ORDINARY, 3, "400.00", 2, "400.00", 2)));
      Violation v =
          single(relyingOn(v1(VoteTier.ORDINARY, 4, "400.00", 2, "400.00", 2)), "vote.invalid");
      assertThat(v.message()).contains("2 of 4 owners took part, less than 2/3");
    }

    @Test
    void anOrdinaryVoteNeedsMoreThanHalfOfTheAreaAndOfTheOwners() {
      Violation area = single(relyingOn(ordinary("400.00", 4, "200.00", 4)), "vote.invalid");
      assertThat(area.message())
          .contains("200.00 m² of 400.00 m² participating voted yes, not more than 1/2 (ORDINARY)");
      assertNothing(relyingOn(ordinary("400.00", 4, "200.01", 4)));
      Violation owners = single(relyingOn(ordinary("400.00", 4, "400.00", 2)), "vote.invalid");
      assertThat(owners.message())
          .contains("2 of 4 participating owners voted yes, not more than 1/2 (ORDINARY)");
      assertNothing(relyingOn(ordinary("400.00", 4, "400.00", 3)));
    }

    @Test
    void aSpecialVoteNeedsThreeQuartersOfTheAreaAndOfTheOwners() {
      assertNothing(relyingOn(v1(VoteTier.SPECIAL, 4, "400.00", 4, "300.00", 3)));
      Violation v =
          single(relyingOn(v1(VoteTier.SPECIAL, 4, "400.00", 4, "299.99", 3)), "vote.invalid");
      assertThat(v.message())
          .contains("299.99 m² of 400.00 m² participating voted yes, not at least 3/4 (SPECIAL)");
      Violation owners =
          single(relyingOn(v1(VoteTier.SPECIAL, 4, "400.00", 4, "300.00", 2)), "vote.invalid");
      assertThat(owners.message())
          .contains("2 of 4 participating owners voted yes, not at least 3/4");
    }

    @Test
    void everyFailedConditionIsNamedInOneViolation() {
      Violation v = single(relyingOn(ordinary("100.00", 1, "10.00", 0)), "vote.invalid");
      assertThat(v.message())
          .contains(
              "100.00 m² of 400.00 m² took part",
              "1 of 4 owners took part",
              "10.00 m² of 100.00 m² participating voted yes",
              "0 of 1 participating owners voted yes");
    }

    @Test
    void oneViolationPerVoteHoweverManyPaymentsRelyOnIt() {
      ImmutableVote bad = ordinary("400.00", 4, "400.00", 2);
      Expenditure x2 =
          expenditure("X2", "2024-03-01", "cleanco", "400.00", "repairs")
              .vote("V1")
              .addApprovals(supApproves("2024-03-02"), committeeApproves("2024-03-02"))
              .build();
      Expenditure x3 =
          expenditure("X3", "2024-03-01", "cleanco", "50.00", "repairs")
              .vote("V1")
              .fund(Fund.RESERVE)
              .build();
      List<Violation> found =
          only(
              append(
                  withVotes(withExpenditures(BOOK, x2, x3), bad),
                  paysFromCash("F1", "2024-03-05", x2),
                  pays(
                      "F2",
                      "2024-03-06",
                      "X3",
                      dr("expense:repairs", "50.00"),
                      cr("reserve-cash", "50.00"))),
              "vote.invalid");
      assertThat(found).hasSize(1);
    }

    @Test
    void aFailedVoteNoPaidSpendingReliesOnIsNotJudged() {
      TrustBook book =
          withExpenditures(
              withVotes(BOOK, ordinary("400.00", 4, "400.00", 2)),
              expenditure("X2", "2024-03-01", "cleanco", "400.00", "repairs").vote("V1").build());
      assertNothing(book);
    }

    @Test
    void aFailedVoteHeldAfterPaymentIsAMissingVote() {
      single(
          paid(
              withVotes(BOOK, ordinary("400.00", 4, "400.00", 2).withHeldOn(d("2024-03-06"))),
              expenditure("X2", "2024-03-01", "cleanco", "400.00", "repairs")
                  .vote("V1")
                  .addApprovals(supApproves("2024-03-02"), committeeApproves("2024-03-02"))
                  .build(),
              "2024-03-05"),
          "approval.assembly-missing");
    }
  }
}
