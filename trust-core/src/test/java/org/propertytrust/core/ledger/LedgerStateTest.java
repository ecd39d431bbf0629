package org.propertytrust.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.money.Amounts;

class LedgerStateTest {
  @Test
  void recordsEachBalanceThatGoesBelowZeroAfterAnEntry() {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        Entry.of(
            "P1",
            d("2024-01-05"),
            EntryKind.PAYMENT,
            List.of(
                Line.debit(Account.CASH, cny("50.00")),
                Line.receivable(Side.CREDIT, cny("50.00"), "A", ym("2024-01"), "property"))));
    entries.add(
        Entry.of(
            "X1",
            d("2024-01-06"),
            EntryKind.EXPENDITURE,
            List.of(
                Line.debit(Account.expense("repairs"), cny("80.00")),
                Line.credit(Account.CASH, cny("80.00")))));
    entries.add(
        Entry.of(
            "R1",
            d("2024-01-07"),
            EntryKind.REFUND,
            List.of(
                Line.forUnit(Account.PREPAID, Side.DEBIT, cny("10.00"), "B"),
                Line.forUnit(Account.PREPAID, Side.DEBIT, cny("5.00"), "B"),
                Line.credit(Account.RESERVE_CASH, cny("15.00")))));
    LedgerState state = LedgerState.of(entries, Amounts.CNY);
    assertThat(state.negativeBalances())
        .containsExactly(
            NegativeBalance.builder()
                .entryIndex(0)
                .entryId("P1")
                .account(Account.RECEIVABLE)
                .unit("A")
                .period(ym("2024-01"))
                .fee("property")
                .balance(cny("-50.00"))
                .build(),
            NegativeBalance.builder()
                .entryIndex(1)
                .entryId("X1")
                .account(Account.CASH)
                .balance(cny("-30.00"))
                .build(),
            NegativeBalance.builder()
                .entryIndex(2)
                .entryId("R1")
                .account(Account.PREPAID)
                .unit("B")
                .balance(cny("-15.00"))
                .build(),
            NegativeBalance.builder()
                .entryIndex(2)
                .entryId("R1")
                .account(Account.RESERVE_CASH)
                .balance(cny("-15.00"))
                .build());
    assertThat(state.cash()).isEqualTo(cny("-30.00"));
    assertThat(state.prepaid("B")).isEqualTo(cny("-15.00"));
  }

  @Test
  void tracksIdsAndReversals() {
    List<Entry> entries = new ArrayList<>(ExampleBooks.threeUnitsEntries());
    entries.add(entries.get(1).reversal("R2", d("2024-03-01")));
    entries.add(entries.get(1).reversal("R2b", d("2024-03-02")));
    entries.add(entries.get(0));
    LedgerState state = LedgerState.of(entries, Amounts.CNY);
    assertThat(state.indexOf("E2")).hasValue(1);
    assertThat(state.indexOf("none")).isEmpty();
    assertThat(state.reversalsOf("E2")).containsExactly(9, 10);
    assertThat(state.reversalsOf("E3")).isEmpty();
    assertThat(state.repeatedIdPositions()).containsExactly(11);
    assertThat(state.entryCount()).isEqualTo(12);
  }

  @Test
  void listsReceivablesAndPrepaidUnits() {
    LedgerState state = ExampleBooks.mapleCourt().ledger();
    assertThat(state.openReceivables("U3"))
        .containsExactly(
            Receivable.of("U3", ym("2024-04"), "cleaning", cny("20.00")),
            Receivable.of("U3", ym("2024-04"), "property", cny("151.00")));
    assertThat(state.receivables()).hasSize(2);
    assertThat(state.unitsWithPrepaid()).containsExactly("U1", "U2");
    assertThat(state.accounts()).contains(Account.due("oldco"), Account.CASH);
    assertThat(state.balance(Account.of("never-used"))).isEqualTo(cny("0.00"));
  }

  @Test
  void anOverflowIsAnErrorNamingTheEntryNeverAWrap() {
    Money big = cny("999999999999999.99");
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      entries.add(
          Entry.of(
              "B" + i,
              d("2024-01-01"),
              EntryKind.OPENING,
              List.of(Line.debit(Account.CASH, big), Line.credit(Account.FUND_OPERATING, big))));
    }
    assertThatThrownBy(() -> LedgerState.of(entries, Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessageMatching("a balance overflows after entry B\\d+ \\(position \\d+\\)");
  }
}
