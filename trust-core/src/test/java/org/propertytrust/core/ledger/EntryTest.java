package org.propertytrust.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.fixtures.ExampleBooks;

class EntryTest {
  private final Entry payment = ExampleBooks.threeUnitsEntries().get(2); // E3

  @Test
  void sumsAndBalance() {
    assertThat(payment.debits(cny("0").getCurrencyUnit())).isEqualTo(cny("240.00"));
    assertThat(payment.credits(cny("0").getCurrencyUnit())).isEqualTo(cny("240.00"));
    assertThat(payment.isBalanced()).isTrue();
    Entry oneSided =
        Entry.of(
            "X",
            d("2024-01-01"),
            EntryKind.PAYMENT,
            List.of(Line.debit(Account.CASH, cny("1.00"))));
    assertThat(oneSided.isBalanced()).isFalse();
    Entry unequal =
        Entry.of(
            "Y",
            d("2024-01-01"),
            EntryKind.PAYMENT,
            List.of(
                Line.debit(Account.CASH, cny("1.00")),
                Line.credit(Account.income("property"), cny("0.99"))));
    assertThat(unequal.isBalanced()).isFalse();
    assertThat(Entry.of("Z", d("2024-01-01"), EntryKind.OPENING, List.of()).currency()).isEmpty();
  }

  @Test
  void reversalMirrorsEveryLine() {
    Entry reversal = payment.reversal("R3", d("2024-01-21"));
    assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
    assertThat(reversal.reverses()).contains("E3");
    assertThat(reversal.date()).isEqualTo(d("2024-01-21"));
    assertThat(reversal.lines())
        .containsExactly(
            Line.credit(Account.CASH, cny("240.00")),
            Line.receivable(Side.DEBIT, cny("120.00"), "B", ym("2024-01"), "property"),
            Line.forUnit(Account.PREPAID, Side.DEBIT, cny("120.00"), "B"));
    assertThat(reversal.mirrors(payment)).isTrue();
    assertThat(payment.mirrors(reversal)).isTrue();
    assertThat(payment.mirrors(payment)).isFalse();
    assertThat(LinesDigest.of(reversal.lines())).isEqualTo(LinesDigest.mirrorOf(payment.lines()));
    assertThat(LinesDigest.of(payment.lines())).isNotEqualTo(LinesDigest.mirrorOf(payment.lines()));
  }

  @Test
  void aMirrorInAnotherOrderStillMirrorsButANearMirrorDoesNot() {
    Entry reversal = payment.reversal("R3", d("2024-01-21"));
    Entry shuffled =
        Entry.of(
            "R3",
            reversal.date(),
            EntryKind.REVERSAL,
            List.of(reversal.lines().get(2), reversal.lines().get(0), reversal.lines().get(1)));
    assertThat(shuffled.mirrors(payment)).isTrue();
    assertThat(LinesDigest.of(shuffled.lines())).isEqualTo(LinesDigest.mirrorOf(payment.lines()));

    Entry wrongPeriod =
        Entry.of(
            "R3",
            reversal.date(),
            EntryKind.REVERSAL,
            List.of(
                reversal.lines().get(0),
                Line.receivable(Side.DEBIT, cny("120.00"), "B", ym("2024-02"), "property"),
                reversal.lines().get(2)));
    assertThat(wrongPeriod.mirrors(payment)).isFalse();
    assertThat(LinesDigest.of(wrongPeriod.lines()))
        .isNotEqualTo(LinesDigest.mirrorOf(payment.lines()));
  }

  @Test
  void linesRejectNonPositiveAmounts() {
    assertThatThrownBy(() -> Line.debit(Account.CASH, cny("0.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("cash line amount must be positive: CNY 0.00");
    assertThatThrownBy(() -> Line.credit(Account.CASH, Money.parse("CNY -1.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("cash line amount must be positive: CNY -1.00");
  }

  @Test
  void aLineWithoutItsSideCannotBeBuilt() {
    assertThatThrownBy(() -> Line.builder().account(Account.CASH).amount(cny("1.00")).build())
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("side");
  }

  @Test
  void entriesRejectMixedCurrenciesAndBadIds() {
    assertThatThrownBy(
            () ->
                Entry.of(
                    "E1",
                    d("2024-01-01"),
                    EntryKind.TRANSFER,
                    List.of(
                        Line.debit(Account.CASH, cny("1.00")),
                        Line.credit(Account.RESERVE_CASH, Money.parse("USD 1.00")))))
        .isInstanceOf(TrustException.class)
        .hasMessage("entry E1 mixes currencies: CNY and USD 1.00");
    assertThatThrownBy(() -> Entry.of(" E1", d("2024-01-01"), EntryKind.TRANSFER, List.of()))
        .isInstanceOf(TrustException.class)
        .hasMessage("entry id must not begin or end with white space: \" E1\"");
  }

  @Test
  void aMissingDimensionIsRepresentable() {
    Line bare = Line.credit(Account.RECEIVABLE, cny("1.00"));
    assertThat(bare.unit()).isEmpty();
    assertThat(bare.period()).isEmpty();
  }
}
