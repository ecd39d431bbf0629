package org.propertytrust.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.assertNothing;
import static org.propertytrust.rules.Fixtures.contract;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.decision;
import static org.propertytrust.rules.Fixtures.dr;
import static org.propertytrust.rules.Fixtures.entry;
import static org.propertytrust.rules.Fixtures.expenditure;
import static org.propertytrust.rules.Fixtures.insert;
import static org.propertytrust.rules.Fixtures.paysFromCash;
import static org.propertytrust.rules.Fixtures.recvCr;
import static org.propertytrust.rules.Fixtures.recvDr;
import static org.propertytrust.rules.Fixtures.single;
import static org.propertytrust.rules.Fixtures.supApproves;
import static org.propertytrust.rules.Fixtures.unitCr;
import static org.propertytrust.rules.Fixtures.withExpenditures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ImmutableRemuneration;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.Violation;

/**
 * The {@code trust.*} rules on three-units (trustee {@code acme}, remuneration 10% of collected
 * property fees; A's February fee of 150.00 open; cash 576.35) and maple-court (a fixed 300.00 a
 * month).
 */
class TrustRulesTest {
  private static final TrustBook BOOK = ExampleBooks.threeUnits();

  private static TrustBook withParty(TrustBook book, Party party) {
    List<Party> parties = new ArrayList<>(book.parties());
    parties.add(party);
    return ImmutableTrustBook.copyOf(book).withParties(parties);
  }

  /** A pays its February fee on 2024-03-10: March's remuneration base becomes 150.00. */
  private static Entry aPaysFebruary(String id) {
    return entry(
        id,
        "2024-03-10",
        EntryKind.PAYMENT,
        dr("cash", "150.00"),
        recvCr("A", "2024-02", "property", "150.00"));
  }

  private static Entry remuneration(String id, String date, String amount) {
    return entry(
        id, date, EntryKind.REMUNERATION, dr("expense:remuneration", amount), cr("cash", amount));
  }

  @Nested
  class Commingling {
    private Expenditure toPayee(String payee) {
      return expenditure("X2", "2024-03-01", payee, "100.00", "cleaning").build();
    }

    @Test
    void spendingPaidToTheTrusteeWithoutTheSupervisorIsAnError() {
      Expenditure x = toPayee("acme");
      Violation v =
          single(
              append(withExpenditures(BOOK, x), paysFromCash("F1", "2024-03-05", x)),
              "trust.commingling");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "expenditure", "X2", "party", "acme"));
      assertThat(v.message())
          .contains("F1", "pays CNY 100.00 of expenditure X2 to acme", "without the supervisor");
    }

    @Test
    void spendingPaidToTheTrusteeWithTheSupervisorsApprovalIsClean() {
      Expenditure x =
          expenditure("X2", "2024-03-01", "acme", "100.00", "cleaning")
              .addApproval(supApproves("2024-03-02"))
              .build();
      assertNothing(append(withExpenditures(BOOK, x), paysFromCash("F1", "2024-03-05", x)));
    }

    @Test
    void anApprovalAfterPaymentOrWithdrawnBeforeItDoesNotCount() {
      Expenditure late =
          expenditure("X2", "2024-03-01", "acme", "100.00", "cleaning")
              .addApproval(supApproves("2024-03-06"))
              .build();
      single(
          append(withExpenditures(BOOK, late), paysFromCash("F1", "2024-03-05", late)),
          "trust.commingling");
      Expenditure withdrawn =
          expenditure("X2", "2024-03-01", "acme", "100.00", "cleaning")
              .addApproval(supApproves("2024-03-02"))
              .addApproval(decision("sup", Role.SUPERVISOR, Decision.REJECT, "2024-03-04"))
              .build();
      single(
          append(withExpenditures(BOOK, withdrawn), paysFromCash("F1", "2024-03-05", withdrawn)),
          "trust.commingling");
    }

    @Test
    void spendingPaidToAPartyRelatedToTheTrusteeIsAnError() {
      TrustBook book =
          withParty(
              BOOK,
              Party.builder()
                  .id("acme-svc")
                  .role(Role.VENDOR)
                  .name("Acme Services")
                  .addRelatedTo("acme")
                  .build());
      Expenditure x = toPayee("acme-svc");
      Violation v =
          single(
              append(withExpenditures(book, x), paysFromCash("F1", "2024-03-05", x)),
              "trust.commingling");
      assertThat(v.refs()).containsEntry("party", "acme-svc");
    }

    @Test
    void aRelationRecordedOnTheTrusteesSideCountsToo() {
      List<Party> parties = new ArrayList<>();
      for (Party p : BOOK.parties()) {
        parties.add(
            p.id().equals("acme")
                ? org.propertytrust.core.party.ImmutableParty.copyOf(p).withRelatedTo("cousin")
                : p);
      }
      parties.add(Party.of("cousin", Role.VENDOR, "Cousin Repairs"));
      TrustBook book = ImmutableTrustBook.copyOf(BOOK).withParties(parties);
      Expenditure x = toPayee("cousin");
      Violation v =
          single(
              append(withExpenditures(book, x), paysFromCash("F1", "2024-03-05", x)),
              "trust.commingling");
      assertThat(v.refs()).containsEntry("party", "cousin");
    }

    @Test
    void spendingPaidToAnUnrelatedVendorIsClean() {
      Expenditure x = toPayee("cleanco");
      assertNothing(append(withExpenditures(BOOK, x), paysFromCash("F1", "2024-03-05", x)));
    }

    @Test
    void payingTheTrusteeThroughPayableTrusteeOtherThanByRemunerationIsAnError() {
      // March's remuneration (10% of 150.00) is accrued on 03-31, then paid on 04-01
      Entry accrual =
          entry(
              "F2",
              "2024-03-31",
              EntryKind.REMUNERATION,
              dr("expense:remuneration", "15.00"),
              cr("payable:trustee", "15.00"));
      TrustBook accrued = append(BOOK, aPaysFebruary("F1"), accrual);
      assertNothing(accrued);
      Violation v =
          single(
              append(
                  accrued,
                  entry(
                      "F3",
                      "2024-04-01",
                      EntryKind.TRANSFER,
                      dr("payable:trustee", "15.00"),
                      cr("cash", "15.00"))),
              "trust.commingling");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F3", "account", "payable:trustee"));
      assertThat(v.message())
          .contains("F3 (TRANSFER) moves CNY 15.00", "through payable:trustee", "REMUNERATION");
      assertNothing(
          append(
              accrued,
              entry(
                  "F3",
                  "2024-04-01",
                  EntryKind.REMUNERATION,
                  dr("payable:trustee", "15.00"),
                  cr("cash", "15.00"))));
    }

    @Test
    void reinstatingARemunerationPaymentByReversingItsReversalIsClean() {
      Entry pay =
          entry(
              "F3",
              "2024-04-01",
              EntryKind.REMUNERATION,
              dr("payable:trustee", "15.00"),
              cr("cash", "15.00"));
      Entry undo = pay.reversal("R1", d("2024-04-02"));
      assertNothing(
          append(
              BOOK,
              aPaysFebruary("F1"),
              entry(
                  "F2",
                  "2024-03-31",
                  EntryKind.REMUNERATION,
                  dr("expense:remuneration", "15.00"),
                  cr("payable:trustee", "15.00")),
              pay,
              undo,
              undo.reversal("R2", d("2024-04-03"))));
    }

    @Test
    void payingRemunerationExpenseOtherThanByARemunerationEntryIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  aPaysFebruary("F1"),
                  entry(
                      "F2",
                      "2024-03-31",
                      EntryKind.TRANSFER,
                      dr("expense:remuneration", "15.00"),
                      cr("cash", "15.00"))),
              "trust.commingling");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F2", "account", "expense:remuneration"));
      assertThat(v.message()).contains("F2 (TRANSFER) moves CNY 15.00", "expense:remuneration");
      assertNothing(append(BOOK, aPaysFebruary("F1"), remuneration("F2", "2024-03-31", "15.00")));
    }

    @Test
    void movingTrustMoneyToDueFromTheTrusteeIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("due:acme", "100.00"),
                      cr("cash", "100.00"))),
              "trust.commingling");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "account", "due:acme"));
      assertThat(v.message()).contains("moves CNY 100.00", "due:acme");
    }

    @Test
    void movingTrustMoneyToDueFromARelatedPartyIsAnError() {
      TrustBook book =
          withParty(
              BOOK,
              Party.builder()
                  .id("acme-svc")
                  .role(Role.VENDOR)
                  .name("Acme Services")
                  .addRelatedTo("acme")
                  .build());
      Violation v =
          single(
              append(
                  book,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("due:acme-svc", "100.00"),
                      cr("cash", "100.00"))),
              "trust.commingling");
      assertThat(v.refs()).containsEntry("account", "due:acme-svc");
    }

    @Test
    void aPaymentThatNeverReachedTheTrustAccountIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-10",
                      EntryKind.PAYMENT,
                      dr("due:acme", "150.00"),
                      recvCr("A", "2024-02", "property", "150.00"))),
              "trust.commingling");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1"));
      assertThat(v.message())
          .contains(
              "payment F1 of CNY 150.00 does not debit cash or reserve-cash", "never reached");
    }

    @Test
    void publicIncomeThatNeverReachedTheTrustAccountIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-15",
                      EntryKind.PUBLIC_INCOME,
                      dr("due:acme", "500.00"),
                      cr("income:public:parking", "500.00"))),
              "trust.commingling");
      assertThat(v.message())
          .contains("public income F1 of CNY 500.00 does not debit cash or reserve-cash");
    }

    @Test
    void partOfAReceiptKeptByTheTrusteeIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-10",
                      EntryKind.PAYMENT,
                      dr("cash", "100.00"),
                      dr("due:acme", "50.00"),
                      recvCr("A", "2024-02", "property", "150.00"))),
              "trust.commingling");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "account", "due:acme"));
      assertThat(v.message()).contains("F1 (PAYMENT) moves CNY 50.00", "due:acme");
      // remuneration netted out of a receipt, though within what March allows (15.00)
      single(
          append(
              BOOK,
              aPaysFebruary("F0"),
              entry(
                  "F1",
                  "2024-03-15",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "990.00"),
                  dr("expense:remuneration", "10.00"),
                  cr("income:public:parking", "1000.00"))),
          "trust.commingling");
    }

    @Test
    void aReceiptNetOfTheBanksFeeIsClean() {
      assertNothing(
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-15",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "995.00"),
                  dr("expense:bank-fees", "5.00"),
                  cr("income:public:parking", "1000.00"))));
    }

    @Test
    void receiptsIntoEitherBankAccountAreClean() {
      assertNothing(
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-10",
                  EntryKind.PAYMENT,
                  dr("reserve-cash", "150.00"),
                  recvCr("A", "2024-02", "property", "150.00")),
              entry(
                  "F2",
                  "2024-03-15",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "500.00"),
                  cr("income:public:parking", "500.00")),
              entry(
                  "F3",
                  "2024-03-16",
                  EntryKind.PAYMENT,
                  dr("cash", "50.00"),
                  unitCr("prepaid", "B", "50.00"))));
    }
  }

  @Nested
  class RemunerationExceedsContract {
    @Test
    void oneCentAboveTenPercentOfWhatWasCollectedIsAnError() {
      Violation v =
          single(
              append(BOOK, aPaysFebruary("F1"), remuneration("F2", "2024-03-31", "15.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs())
          .isEqualTo(Map.of("period", "2024-03", "account", "expense:remuneration"));
      assertThat(v.message())
          .contains(
              "posted for 2024-03 is CNY 15.01",
              "10% of CNY 150.00 collected = CNY 15.00",
              "by CNY 0.01");
    }

    @Test
    void exactlyTheFormulaIsClean() {
      assertNothing(append(BOOK, aPaysFebruary("F1"), remuneration("F2", "2024-03-31", "15.00")));
    }

    @Test
    void theFormulaIsRoundedHalfUp() {
      // C pays its March fee of 180.75: 10% is 18.075, rounded to 18.08
      Entry march =
          entry(
              "F0",
              "2024-03-01",
              EntryKind.CHARGE,
              recvDr("A", "2024-03", "property", "150.00"),
              recvDr("B", "2024-03", "property", "120.00"),
              recvDr("C", "2024-03", "property", "180.75"),
              cr("income:property", "450.75"));
      Entry cPays =
          entry(
              "F1",
              "2024-03-10",
              EntryKind.PAYMENT,
              dr("cash", "180.75"),
              recvCr("C", "2024-03", "property", "180.75"));
      assertNothing(append(BOOK, march, cPays, remuneration("F2", "2024-03-31", "18.08")));
      Violation v =
          single(
              append(BOOK, march, cPays, remuneration("F2", "2024-03-31", "18.09")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("10% of CNY 180.75 collected = CNY 18.08");
    }

    @Test
    void aSubAccountOfRemunerationCountsAsRemuneration() {
      Entry bonus =
          entry(
              "F2",
              "2024-03-31",
              EntryKind.TRANSFER,
              dr("expense:remuneration:bonus", "0.01"),
              cr("payable:trustee", "0.01"));
      Violation v =
          single(
              append(BOOK, aPaysFebruary("F1"), remuneration("F3", "2024-03-31", "15.00"), bonus),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("posted for 2024-03 is CNY 15.01", "by CNY 0.01");
    }

    @Test
    void aMonthWithNothingCollectedAllowsNothing() {
      Violation v =
          single(
              append(BOOK, remuneration("F1", "2024-03-31", "0.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("10% of CNY 0.00 collected = CNY 0.00");
    }

    @Test
    void aPaymentReversedInTheMonthIsNotCollected() {
      Entry pays = aPaysFebruary("F1");
      Violation v =
          single(
              append(
                  BOOK,
                  pays,
                  pays.reversal("R1", d("2024-03-20")),
                  remuneration("F2", "2024-03-31", "0.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("of CNY 0.00 collected");
    }

    @Test
    void aReversalCountsInTheMonthOfItsOwnDateAndANegativeBaseOwesNothing() {
      // C's February payment (E8, 361.50) reversed in March: March's base is 150.00 - 361.50
      Entry e8 = BOOK.entries().get(7);
      assertThat(e8.id()).isEqualTo("E8");
      Violation v =
          single(
              append(
                  BOOK,
                  aPaysFebruary("F1"),
                  e8.reversal("R1", d("2024-03-20")),
                  remuneration("F2", "2024-03-31", "0.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("10% of CNY 0.00 collected = CNY 0.00");
    }

    @Test
    void moneyReceivedInAdvanceCountsOnlyWhenApplied() {
      Entry pays300 =
          entry(
              "F1",
              "2024-03-10",
              EntryKind.PAYMENT,
              dr("cash", "300.00"),
              recvCr("A", "2024-02", "property", "150.00"),
              unitCr("prepaid", "A", "150.00"));
      assertNothing(append(BOOK, pays300, remuneration("F2", "2024-03-31", "15.00")));
      Violation v =
          single(
              append(BOOK, pays300, remuneration("F2", "2024-03-31", "15.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("10% of CNY 150.00 collected");
    }

    @Test
    void waiversNeverCount() {
      single(
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-10",
                  EntryKind.WAIVER,
                  dr("income:property", "150.00"),
                  recvCr("A", "2024-02", "property", "150.00")),
              remuneration("F2", "2024-03-31", "0.01")),
          "trust.remuneration-exceeds-contract");
    }

    @Test
    void theRemunerationPostedIsNetOfCreditsInTheMonth() {
      Entry tooMuch = remuneration("F2", "2024-03-30", "15.01");
      assertNothing(
          append(
              BOOK,
              aPaysFebruary("F1"),
              tooMuch,
              tooMuch.reversal("R1", d("2024-03-31")),
              remuneration("F3", "2024-03-31", "15.00")));
    }

    @Test
    void twoPostingsInOneMonthAreAddedUp() {
      Violation v =
          single(
              append(
                  BOOK,
                  aPaysFebruary("F1"),
                  remuneration("F2", "2024-03-20", "10.00"),
                  remuneration("F3", "2024-03-31", "5.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("is CNY 15.01");
    }

    @Test
    void aRemunerationEntryBelongsToTheMonthOfItsDate() {
      // posted on 04-01, it is April's: nothing was collected in April
      Violation v =
          single(
              append(BOOK, aPaysFebruary("F1"), remuneration("F2", "2024-04-01", "15.00")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.refs()).containsEntry("period", "2024-04");
    }

    @Test
    void publicRevenueCountsWhenTheAssemblyApprovedIt() {
      TrustBook approved = contract(BOOK, c -> c.withRemuneration(approvedPublicRevenue()));
      Entry parking =
          entry(
              "F1",
              "2024-03-15",
              EntryKind.PUBLIC_INCOME,
              dr("cash", "1000.00"),
              cr("income:public:parking", "1000.00"));
      assertNothing(append(approved, parking, remuneration("F2", "2024-03-31", "100.00")));
      Violation v =
          single(
              append(approved, parking, remuneration("F2", "2024-03-31", "100.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.message()).contains("10% of CNY 1000.00 collected = CNY 100.00");
      // public revenue of a source the contract does not list earns nothing
      single(
          append(
              approved,
              entry(
                  "F1",
                  "2024-03-15",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "1000.00"),
                  cr("income:public:advertising", "1000.00")),
              remuneration("F2", "2024-03-31", "0.01")),
          "trust.remuneration-exceeds-contract");
    }

    @Test
    void aFixedRemunerationAllowsItsAmountEachMonth() {
      TrustBook maple = ExampleBooks.mapleCourt();
      assertNothing(append(maple, remuneration("F1", "2024-05-31", "300.00")));
      Violation v =
          single(
              append(maple, remuneration("F1", "2024-05-31", "300.01")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.refs()).containsEntry("period", "2024-05");
      assertThat(v.message())
          .contains("is CNY 300.01", "the fixed monthly CNY 300.00", "by CNY 0.01");
      // an accrual on 04-29 adds to the 300.00 already paid for April on 04-30
      int m16 = maple.entries().size() - 1; // M16, the April remuneration
      Violation april =
          single(
              insert(
                  maple,
                  m16,
                  entry(
                      "F1",
                      "2024-04-29",
                      EntryKind.REMUNERATION,
                      dr("expense:remuneration", "0.01"),
                      cr("payable:trustee", "0.01"))),
              "trust.remuneration-exceeds-contract");
      assertThat(april.message()).contains("posted for 2024-04 is CNY 300.01");
    }

    @Test
    void aFixedRemunerationAllowsNothingOutsideTheContractsTerm() {
      // maple-court's contract, ended on 30 April: May is outside its term
      TrustBook ended = contract(ExampleBooks.mapleCourt(), c -> c.withEnd(d("2024-04-30")));
      assertNothing(ended);
      Violation v =
          single(
              append(ended, remuneration("F1", "2024-05-31", "300.00")),
              "trust.remuneration-exceeds-contract");
      assertThat(v.refs()).containsEntry("period", "2024-05");
      assertThat(v.message())
          .contains(
              "posted for 2024-05 is CNY 300.00",
              "nothing: 2024-05 is outside the contract's term from 2024-03-01 to 2024-04-30",
              "by CNY 300.00");
    }
  }

  private static Remuneration approvedPublicRevenue() {
    return ImmutableRemuneration.copyOf(
            Remuneration.percentOfCollected(Percent.of(10), "property", "public:parking"))
        .withPublicRevenueApprovedByAssembly(true);
  }

  @Nested
  class RemunerationOnPublicRevenue {
    @Test
    void listingPublicRevenueWithoutTheAssemblysApprovalIsAnError() {
      TrustBook book =
          contract(
              BOOK,
              c ->
                  c.withRemuneration(
                      Remuneration.percentOfCollected(
                          Percent.of(10), "property", "public:parking")));
      Violation v = single(book, "trust.remuneration-on-public-revenue");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("party", "acme"));
      assertThat(v.message()).contains("(public:parking)", "publicRevenueApprovedByAssembly");
    }

    @Test
    void listingPublicRevenueTheAssemblyApprovedIsClean() {
      assertNothing(contract(BOOK, c -> c.withRemuneration(approvedPublicRevenue())));
    }

    @Test
    void unapprovedPublicRevenueEarnsNothing() {
      TrustBook book =
          contract(
              BOOK,
              c ->
                  c.withRemuneration(
                      Remuneration.percentOfCollected(
                          Percent.of(10), "property", "public:parking", "public:advertising")));
      Violation v =
          single(
              append(
                  book,
                  entry(
                      "F1",
                      "2024-03-15",
                      EntryKind.PUBLIC_INCOME,
                      dr("cash", "1000.00"),
                      cr("income:public:parking", "1000.00"))),
              "trust.remuneration-on-public-revenue");
      assertThat(v.message()).contains("(public:parking, public:advertising)");
      org.propertytrust.rules.ValidationReport report =
          org.propertytrust.rules.Fixtures.validate(
              append(
                  book,
                  entry(
                      "F1",
                      "2024-03-15",
                      EntryKind.PUBLIC_INCOME,
                      dr("cash", "1000.00"),
                      cr("income:public:parking", "1000.00")),
                  remuneration("F2", "2024-03-31", "0.01")));
      assertThat(org.propertytrust.rules.Fixtures.ruleIds(report))
          .containsExactly(
              "trust.remuneration-exceeds-contract", "trust.remuneration-on-public-revenue");
    }
  }
}
