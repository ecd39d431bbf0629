package org.propertytrust.core.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;

import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;

class TrustBookTest {
  private static <T> List<T> concat(List<T> list, T extra) {
    List<T> out = new java.util.ArrayList<>(list);
    out.add(extra);
    return out;
  }

  private final TrustBook base = ExampleBooks.threeUnitsWithoutEntries();

  @Test
  void indexesItsSections() {
    TrustBook book = ExampleBooks.mapleCourt();
    assertThat(book.unit("U3").map(Unit::areaM2))
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("75.50"));
    assertThat(book.party("oldco").map(Party::role)).contains(Role.TRUSTEE);
    assertThat(book.expendituresById()).containsOnlyKeys("X1", "X2", "X3");
    assertThat(book.votesById()).containsOnlyKeys("V1");
    assertThat(book.totalAreaM2()).isEqualByComparingTo("405.50");
    assertThat(book.firstMonth()).contains(ExampleBooks.ym("2024-03"));
    assertThat(book.ledger()).isSameAs(book.ledger());
  }

  @Test
  void keepsBusinessProblemsRepresentable() {
    Entry unbalanced =
        Entry.of(
            "E1",
            d("2024-01-01"),
            EntryKind.PAYMENT,
            List.of(Line.debit(Account.of("nowhere"), cny("5.00"))));
    Entry duplicate =
        Entry.of(
            "E1",
            d("2024-01-02"),
            EntryKind.PAYMENT,
            List.of(
                Line.debit(Account.CASH, cny("1.00")),
                Line.credit(Account.due("ghost"), cny("1.00"))));
    TrustBook book = ImmutableTrustBook.copyOf(base).withEntries(unbalanced, duplicate);
    assertThat(book.entries()).containsExactly(unbalanced, duplicate);
    assertThat(book.ledger().repeatedIdPositions()).containsExactly(1);
    assertThat(book.ledger().balance(Account.of("nowhere"))).isEqualTo(cny("5.00"));
  }

  @Test
  void rejectsStructuralProblemsAllAtOnce() {
    assertThatThrownBy(
            () ->
                TrustBook.builder()
                    .community(base.community())
                    .contract(base.contract())
                    .addAllUnits(concat(base.units(), Unit.of("A", "1.00")))
                    .addAllParties(concat(base.parties(), Party.of("acme", Role.VENDOR, "again")))
                    .addAllBudget(
                        concat(base.budget(), BudgetLine.of(2024, "cleaning", cny("1.00"))))
                    .build())
        .isInstanceOf(TrustException.class)
        .satisfies(
            e ->
                assertThat(((TrustException) e).problems())
                    .containsExactly(
                        "party acme appears twice",
                        "unit A appears twice",
                        "budget line 2024 cleaning appears twice"));
  }

  @Test
  void theContractNamesPartiesInTheirRoles() {
    assertThatThrownBy(
            () ->
                TrustBook.builder()
                    .community(base.community())
                    .addAllParties(base.parties().subList(0, 3))
                    .contract(base.contract())
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("contract supervisor sup is not a party of the book");
    assertThatThrownBy(
            () ->
                TrustBook.builder()
                    .community(base.community())
                    .addParty(Party.of("acme", Role.VENDOR, "Acme"))
                    .addParty(Party.of("sup", Role.SUPERVISOR, "Sup"))
                    .contract(base.contract())
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("contract trustee acme must be a TRUSTEE, not a VENDOR");
  }

  @Test
  void everyAmountIsInTheCommunityCurrency() {
    Entry dollars =
        Entry.of(
            "E1",
            d("2024-01-01"),
            EntryKind.PUBLIC_INCOME,
            List.of(
                Line.debit(Account.CASH, Money.parse("USD 1.00")),
                Line.credit(Account.publicIncome("parking"), Money.parse("USD 1.00"))));
    assertThatThrownBy(() -> ImmutableTrustBook.copyOf(base).withEntries(dollars))
        .isInstanceOf(TrustException.class)
        .hasMessage("entry E1 amount must be in the community's currency CNY: USD 1.00");
  }

  @Test
  void aMissingRequiredSectionIsAClearError() {
    assertThatThrownBy(() -> TrustBook.builder().community(base.community()).build())
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("contract");
  }
}
