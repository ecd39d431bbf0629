package org.propertytrust.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.assertNothing;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.dr;
import static org.propertytrust.rules.Fixtures.entry;
import static org.propertytrust.rules.Fixtures.only;
import static org.propertytrust.rules.Fixtures.recvCr;
import static org.propertytrust.rules.Fixtures.recvDr;
import static org.propertytrust.rules.Fixtures.reversal;
import static org.propertytrust.rules.Fixtures.single;
import static org.propertytrust.rules.Fixtures.unitCr;
import static org.propertytrust.rules.Fixtures.unitDr;
import static org.propertytrust.rules.Fixtures.ym;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.Violation;

/**
 * The {@code ledger.*} rules, each on three-units (clean; at the end of February cash holds 576.35
 * and unit A still owes its February property fee of 150.00) with one fault added in March.
 */
class LedgerRulesTest {
  private static final TrustBook BOOK = ExampleBooks.threeUnits();

  @Test
  void theBaseBookIsClean() {
    assertNothing(BOOK);
  }

  @Nested
  class Unbalanced {
    @Test
    void debitsDifferingFromCreditsByOneCentIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.PUBLIC_INCOME,
                      dr("cash", "100.00"),
                      cr("income:public:parking", "99.99"))),
              "ledger.unbalanced");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1"));
      assertThat(v.message())
          .contains("F1", "debits CNY 100.00", "credits CNY 99.99", "difference CNY 0.01");
    }

    @Test
    void creditsAboveDebitsAreFoundToo() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("fund:operating", "10.00"),
                      cr("fund:reserve", "10.00"),
                      cr("fund:reserve", "0.01"))),
              "ledger.unbalanced");
      assertThat(v.message()).contains("debits CNY 10.00", "credits CNY 10.01");
    }

    @Test
    void anEntryThatBalancesIsClean() {
      assertNothing(
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "100.00"),
                  cr("income:public:parking", "60.00"),
                  cr("income:public:advertising", "40.00"))));
    }

    @Test
    void anEntryWithOneLineIsAnErrorOnce() {
      Violation v =
          single(
              append(BOOK, entry("F1", "2024-03-05", EntryKind.TRANSFER, dr("cash", "10.00"))),
              "ledger.unbalanced");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1"));
      assertThat(v.message()).contains("F1", "has 1 line", "at least two");
    }

    @Test
    void anEntryWithNoLinesIsAnError() {
      Violation v =
          single(
              append(BOOK, Entry.of("F1", d("2024-03-05"), EntryKind.TRANSFER, List.of())),
              "ledger.unbalanced");
      assertThat(v.message()).contains("F1", "has 0 lines");
    }

    @Test
    void twoDebitsAndNoCreditDoNotBalance() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("fund:operating", "5.00"),
                      dr("expense:repairs", "5.00"))),
              "ledger.unbalanced");
      assertThat(v.message()).contains("debits CNY 10.00", "credits CNY 0.00");
    }
  }

  @Nested
  class DuplicateId {
    @Test
    void anEntryRepeatingAnEarlierIdIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "E2",
                      "2024-03-05",
                      EntryKind.PUBLIC_INCOME,
                      dr("cash", "10.00"),
                      cr("income:public:parking", "10.00"))),
              "ledger.duplicate-id");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "E2"));
      assertThat(v.message()).contains("E2", "position 10", "position 2");
    }

    @Test
    void eachRepetitionIsOneViolation() {
      Entry again =
          entry(
              "E2",
              "2024-03-05",
              EntryKind.PUBLIC_INCOME,
              dr("cash", "10.00"),
              cr("income:public:parking", "10.00"));
      List<Violation> found = only(append(BOOK, again, again), "ledger.duplicate-id");
      assertThat(found).hasSize(2);
      assertThat(found.get(1).message()).contains("position 11", "position 2");
    }

    @Test
    void idsDifferingOnlyInCaseAreDistinct() {
      assertNothing(
          append(
              BOOK,
              entry(
                  "e2",
                  "2024-03-05",
                  EntryKind.PUBLIC_INCOME,
                  dr("cash", "10.00"),
                  cr("income:public:parking", "10.00"))));
    }
  }

  @Nested
  class UnknownAccount {
    @Test
    void anAccountOutsideTheChartIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("suspense", "10.00"),
                      cr("cash", "10.00"))),
              "ledger.unknown-account");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "account", "suspense"));
      assertThat(v.message()).contains("F1", "outside the chart", "suspense");
    }

    @Test
    void aDueAccountNamingNoPartyIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("due:ghost", "10.00"),
                      cr("cash", "10.00"))),
              "ledger.unknown-account");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "account", "due:ghost"));
      assertThat(v.message()).contains("due:ghost", "no party ghost");
    }

    @Test
    void exactCodesHaveNoSubAccountsAndPrefixesNeedAName() {
      for (String code : List.of("cash:petty", "receivable:A", "income:public", "expense", "due")) {
        Violation v =
            single(
                append(
                    BOOK,
                    entry(
                        "F1",
                        "2024-03-05",
                        EntryKind.TRANSFER,
                        dr(code, "10.00"),
                        cr("fund:operating", "10.00"))),
                "ledger.unknown-account");
        assertThat(v.refs()).as(code).containsEntry("account", code);
      }
    }

    @Test
    void oneViolationNamesEveryUnknownAccountOfTheEntry() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("suspense", "10.00"),
                      cr("clearing", "10.00"))),
              "ledger.unknown-account");
      assertThat(v.refs()).containsEntry("account", "suspense");
      assertThat(v.message()).contains("accounts outside the chart: suspense, clearing");
    }

    @Test
    void customAccountsUnderAChartPrefixAndDueOfAPartyAreKnown() {
      assertNothing(
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.TRANSFER,
                  dr("expense:lifts", "10.00"),
                  dr("due:cleanco", "10.00"),
                  cr("payable:vendor:cleanco", "10.00"),
                  cr("fund:operating:sinking", "10.00"))));
    }
  }

  @Nested
  class MissingDimension {
    private Line receivableWithout(String missing) {
      var line = Line.builder().account(Account.RECEIVABLE).side(Side.DEBIT).amount(cny150());
      if (!missing.equals("unit")) {
        line.unit("A");
      }
      if (!missing.equals("period")) {
        line.period(ym("2024-03"));
      }
      if (!missing.equals("fee")) {
        line.fee("property");
      }
      return line.build();
    }

    private org.joda.money.Money cny150() {
      return org.propertytrust.rules.Fixtures.cny("150.00");
    }

    @Test
    void aReceivableLineLackingUnitPeriodOrFeeIsAnError() {
      for (String missing : List.of("unit", "period", "fee")) {
        Violation v =
            single(
                append(
                    BOOK,
                    entry(
                        "F1",
                        "2024-03-01",
                        EntryKind.CHARGE,
                        receivableWithout(missing),
                        cr("income:property", "150.00"))),
                "ledger.missing-dimension");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.refs()).isEqualTo(Map.of("entry", "F1"));
        assertThat(v.message()).contains("F1", "line 1 (receivable) lacks " + missing);
      }
    }

    @Test
    void aPrepaidLineWithoutUnitIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.PAYMENT,
                      dr("cash", "100.00"),
                      cr("prepaid", "100.00"))),
              "ledger.missing-dimension");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1"));
      assertThat(v.message()).contains("line 2 (prepaid) lacks unit");
    }

    @Test
    void aDepositLineWithoutUnitIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("cash", "50.00"),
                      cr("deposit", "50.00"))),
              "ledger.missing-dimension");
      assertThat(v.message()).contains("line 2 (deposit) lacks unit");
    }

    @Test
    void aLineNamingAnUnknownUnitIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.PAYMENT,
                      dr("cash", "100.00"),
                      unitCr("prepaid", "Z", "100.00"))),
              "ledger.missing-dimension");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "unit", "Z"));
      assertThat(v.message()).contains("names unit Z", "does not have");
    }

    @Test
    void aChargeOfAnUnknownUnitIsReportedOnce() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-01",
                      EntryKind.CHARGE,
                      recvDr("Z", "2024-03", "property", "150.00"),
                      cr("income:property", "150.00"))),
              "ledger.missing-dimension");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "unit", "Z"));
    }

    @Test
    void linesWithTheirDimensionsAreClean() {
      assertNothing(
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.TRANSFER,
                  dr("cash", "50.00"),
                  unitCr("deposit", "A", "50.00"))));
    }
  }

  @Nested
  class OutOfOrder {
    private Entry income(String id, String date) {
      return entry(
          id,
          date,
          EntryKind.PUBLIC_INCOME,
          dr("cash", "10.00"),
          cr("income:public:parking", "10.00"));
    }

    @Test
    void anEntryDatedBeforeTheOneListedBeforeItIsAWarning() {
      Violation v =
          single(
              append(BOOK, income("F1", "2024-03-05"), income("F2", "2024-03-04")),
              "ledger.out-of-order");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F2"));
      assertThat(v.message()).contains("F2", "2024-03-04", "2024-03-05");
    }

    @Test
    void aWarningLeavesTheBookClean() {
      assertThat(
              org.propertytrust.rules.Fixtures.validate(
                      append(BOOK, income("F1", "2024-03-05"), income("F2", "2024-03-04")))
                  .isClean())
          .isTrue();
    }

    @Test
    void onlyTheEntryListedJustBeforeCounts() {
      // F3 is later than F2 (just before it) though earlier than F1: only F2 is out of order
      List<Violation> found =
          only(
              append(
                  BOOK,
                  income("F1", "2024-03-09"),
                  income("F2", "2024-03-04"),
                  income("F3", "2024-03-06")),
              "ledger.out-of-order");
      assertThat(found).extracting(v -> v.refs().get("entry")).containsExactly("F2");
    }

    @Test
    void entriesOfTheSameDateAreInOrder() {
      assertNothing(append(BOOK, income("F1", "2024-03-05"), income("F2", "2024-03-05")));
    }
  }

  @Nested
  class NegativeCash {
    private Entry toReserve(String amount) {
      return entry(
          "F1", "2024-03-05", EntryKind.TRANSFER, dr("reserve-cash", amount), cr("cash", amount));
    }

    @Test
    void cashOneCentBelowZeroIsAnError() {
      Violation v = single(append(BOOK, toReserve("576.36")), "ledger.negative-cash");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "account", "cash"));
      assertThat(v.message()).contains("F1", "cash to CNY -0.01", "overdrawn");
    }

    @Test
    void cashAtExactlyZeroIsClean() {
      assertNothing(append(BOOK, toReserve("576.35")));
    }

    @Test
    void reserveCashBelowZeroIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("cash", "10.00"),
                      cr("reserve-cash", "10.00"))),
              "ledger.negative-cash");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "account", "reserve-cash"));
      assertThat(v.message()).contains("reserve-cash to CNY -10.00");
    }

    @Test
    void anEntryTakingOverdrawnCashFurtherDownIsReportedAndOneRaisingItIsNot() {
      List<Violation> found =
          only(
              append(
                  BOOK,
                  toReserve("600.00"),
                  entry(
                      "F2",
                      "2024-03-06",
                      EntryKind.PUBLIC_INCOME,
                      dr("cash", "10.00"),
                      cr("income:public:parking", "10.00")),
                  entry(
                      "F3",
                      "2024-03-07",
                      EntryKind.TRANSFER,
                      dr("reserve-cash", "1.00"),
                      cr("cash", "1.00")),
                  entry(
                      "F4",
                      "2024-03-08",
                      EntryKind.PUBLIC_INCOME,
                      dr("cash", "20.00"),
                      cr("income:public:parking", "20.00"))),
              "ledger.negative-cash");
      assertThat(found).extracting(v -> v.refs().get("entry")).containsExactly("F1", "F3");
      assertThat(found.get(1).message()).contains("F3 takes cash to CNY -14.65");
    }
  }

  @Nested
  class NegativeSubledger {
    @Test
    void prepaidUsedBeyondWhatTheUnitHoldsIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.PREPAYMENT_APPLIED,
                      unitDr("prepaid", "A", "50.00"),
                      recvCr("A", "2024-02", "property", "50.00"))),
              "ledger.negative-subledger");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F1", "unit", "A", "account", "prepaid"));
      assertThat(v.message()).contains("F1", "unit A's prepaid to CNY -50.00");
    }

    @Test
    void anEntryRaisingANegativeBalanceIsNotReported() {
      List<Violation> found =
          only(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.PREPAYMENT_APPLIED,
                      unitDr("prepaid", "A", "50.00"),
                      recvCr("A", "2024-02", "property", "50.00")),
                  entry(
                      "F2",
                      "2024-03-06",
                      EntryKind.PAYMENT,
                      dr("cash", "20.00"),
                      unitCr("prepaid", "A", "20.00"))),
              "ledger.negative-subledger");
      assertThat(found).extracting(v -> v.refs().get("entry")).containsExactly("F1");
    }

    @Test
    void aDepositRefundedBeyondWhatIsHeldIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.TRANSFER,
                      dr("cash", "30.00"),
                      unitCr("deposit", "B", "30.00")),
                  entry(
                      "F2",
                      "2024-03-06",
                      EntryKind.REFUND,
                      unitDr("deposit", "B", "30.01"),
                      cr("cash", "30.01"))),
              "ledger.negative-subledger");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "F2", "unit", "B", "account", "deposit"));
      assertThat(v.message()).contains("unit B's deposit to CNY -0.01");
    }

    @Test
    void overCollectingAChargeIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "F1",
                      "2024-03-05",
                      EntryKind.PAYMENT,
                      dr("cash", "150.01"),
                      recvCr("A", "2024-02", "property", "150.01"))),
              "ledger.negative-subledger");
      assertThat(v.refs())
          .isEqualTo(
              Map.of(
                  "entry", "F1",
                  "unit", "A",
                  "period", "2024-02",
                  "fee", "property",
                  "account", "receivable"));
      assertThat(v.message())
          .contains("unit A's receivable for property 2024-02 to CNY -0.01", "more collected");
    }

    @Test
    void collectingExactlyWhatIsOpenIsClean() {
      assertNothing(
          append(
              BOOK,
              entry(
                  "F1",
                  "2024-03-05",
                  EntryKind.PAYMENT,
                  dr("cash", "150.00"),
                  recvCr("A", "2024-02", "property", "150.00"))));
    }
  }

  @Nested
  class BadReversal {
    private final Entry payment = BOOK.entries().get(1); // E2: A pays 150.00 for January

    @Test
    void anExactMirrorIsClean() {
      assertThat(payment.id()).isEqualTo("E2");
      assertNothing(append(BOOK, payment.reversal("R1", d("2024-03-05"))));
    }

    @Test
    void aMirrorWithItsLinesInAnotherOrderIsClean() {
      assertNothing(
          append(
              BOOK,
              reversal(
                  "R1",
                  "2024-03-05",
                  "E2",
                  recvDr("A", "2024-01", "property", "150.00"),
                  cr("cash", "150.00"))));
    }

    @Test
    void aReversalNamingNoExistingEntryIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  reversal(
                      "R1",
                      "2024-03-05",
                      "E99",
                      dr("income:public:parking", "10.00"),
                      cr("cash", "10.00"))),
              "ledger.bad-reversal");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "R1"));
      assertThat(v.message()).contains("R1", "E99", "not an earlier entry");
    }

    @Test
    void aReversalNamingNoEntryAtAllIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  entry(
                      "R1",
                      "2024-03-05",
                      EntryKind.REVERSAL,
                      dr("income:public:parking", "10.00"),
                      cr("cash", "10.00"))),
              "ledger.bad-reversal");
      assertThat(v.message()).contains("R1", "names no entry");
    }

    @Test
    void aReversalOfAnEntryListedAfterItIsAnError() {
      Entry later =
          entry(
              "F1",
              "2024-03-05",
              EntryKind.PUBLIC_INCOME,
              dr("cash", "10.00"),
              cr("income:public:parking", "10.00"));
      Violation v =
          single(append(BOOK, later.reversal("R1", d("2024-03-05")), later), "ledger.bad-reversal");
      assertThat(v.message()).contains("R1", "F1", "not an earlier entry");
    }

    @Test
    void aReversalDifferingByOneCentIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  reversal(
                      "R1",
                      "2024-03-05",
                      "E2",
                      recvDr("A", "2024-01", "property", "149.99"),
                      cr("cash", "149.99"))),
              "ledger.bad-reversal");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "R1"));
      assertThat(v.message()).contains("R1", "does not mirror E2 exactly (2 lines vs 2)");
    }

    @Test
    void aCopyOnTheSameSidesIsNotAMirror() {
      Entry income =
          entry(
              "F1",
              "2024-03-05",
              EntryKind.PUBLIC_INCOME,
              dr("cash", "10.00"),
              cr("income:public:parking", "10.00"));
      Violation v =
          single(
              append(
                  BOOK,
                  income,
                  reversal(
                      "R1",
                      "2024-03-06",
                      "F1",
                      dr("cash", "10.00"),
                      cr("income:public:parking", "10.00"))),
              "ledger.bad-reversal");
      assertThat(v.message()).contains("does not mirror F1 exactly (2 lines vs 2)");
    }

    @Test
    void aMirrorWithAnotherDimensionIsNotAMirror() {
      Violation v =
          single(
              append(
                  BOOK,
                  reversal(
                      "R1",
                      "2024-03-05",
                      "E2",
                      recvDr("A", "2024-02", "property", "150.00"),
                      cr("cash", "150.00"))),
              "ledger.bad-reversal");
      assertThat(v.message()).contains("does not mirror E2");
    }

    @Test
    void aReversalMissingALineNamesBothLineCounts() {
      // E3 has three lines (cash, B's January receivable, B's prepaid); R1 mirrors only two
      Violation v =
          single(
              append(
                  BOOK,
                  reversal(
                      "R1",
                      "2024-03-05",
                      "E3",
                      recvDr("B", "2024-01", "property", "120.00"),
                      cr("cash", "120.00"))),
              "ledger.bad-reversal");
      assertThat(v.message())
          .isEqualTo(
              "reversal R1 does not mirror E3 exactly (2 lines vs 3): it must have every line of E3"
                  + " on the other side (same accounts, amounts and dimensions)");
    }

    @Test
    void reversingAnEntryTwiceIsAnError() {
      Violation v =
          single(
              append(
                  BOOK,
                  payment.reversal("R1", d("2024-03-05")),
                  payment.reversal("R2", d("2024-03-06"))),
              "ledger.bad-reversal");
      assertThat(v.refs()).isEqualTo(Map.of("entry", "R2"));
      assertThat(v.message()).contains("R2", "E2", "again");
    }

    @Test
    void reversingAReversalReinstatesTheOriginalWhichMayThenBeReversedAgain() {
      Entry r1 = payment.reversal("R1", d("2024-03-05"));
      assertNothing(
          append(
              BOOK,
              r1,
              r1.reversal("R2", d("2024-03-06")),
              payment.reversal("R3", d("2024-03-07"))));
    }
  }
}
