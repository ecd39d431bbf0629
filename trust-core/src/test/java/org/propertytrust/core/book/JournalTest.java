package org.propertytrust.core.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;

import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;

class JournalTest {
  private final List<Entry> entries = ExampleBooks.threeUnitsEntries();

  private Journal journal() {
    return Journal.of(ExampleBooks.threeUnitsWithoutEntries());
  }

  @Test
  void postingAnIdenticalEntryAgainChangesNothing() {
    Journal journal = journal();
    assertThat(journal.post(entries.get(0))).isTrue();
    assertThat(journal.post(entries.get(1))).isTrue();
    Money cash = journal.balances().cash();
    assertThat(journal.post(entries.get(1))).isFalse();
    assertThat(journal.post(ImmutableTrustBookCopy.copy(entries.get(1)))).isFalse();
    assertThat(journal.size()).isEqualTo(2);
    assertThat(journal.balances().cash()).isEqualTo(cash);
    assertThat(journal.postAll(entries)).isEqualTo(entries.size() - 2);
    assertThat(journal.entries()).containsExactlyElementsOf(entries);
  }

  @Test
  void anEntryWhoseLinesSumPastTheLedgersRangeIsRefusedAndNothingIsPosted() {
    Journal journal = journal();
    journal.post(entries.get(0));
    Money cash = journal.balances().cash();
    // each line is within range; a hundred of them add up to about 10^19 minor units, past a long
    Money large = cny("999999999999999.99");
    List<Line> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      lines.add(Line.debit(Account.CASH, large));
      lines.add(Line.credit(Account.income("property"), large));
    }
    Entry huge = Entry.of("HUGE", d("2024-01-20"), EntryKind.PAYMENT, lines);
    assertThatThrownBy(() -> journal.post(huge))
        .isInstanceOf(TrustException.class)
        .hasMessage("entry HUGE has lines whose sum exceeds the ledger's range");
    assertThat(journal.size()).isEqualTo(1);
    assertThat(journal.balances().cash()).isEqualTo(cash);
  }

  @Test
  void postingOtherContentUnderAnExistingIdIsAnErrorNamingBoth() {
    Journal journal = journal();
    journal.post(entries.get(1));
    Entry other =
        Entry.of(
            "E2",
            d("2024-01-10"),
            EntryKind.PAYMENT,
            List.of(
                Line.debit(Account.CASH, cny("151.00")),
                Line.credit(Account.income("property"), cny("151.00"))));
    assertThatThrownBy(() -> journal.post(other))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith("entry E2 is already posted with other content: posted Entry{id=E2")
        .hasMessageContaining("150.00")
        .hasMessageContaining("151.00");
    assertThat(journal.size()).isEqualTo(1);
    assertThat(journal.balances().cash()).isEqualTo(cny("150.00"));
  }

  @Test
  void onlyBalancedEntriesInTheCommunityCurrencyArePosted() {
    Journal journal = journal();
    assertThatThrownBy(
            () ->
                journal.post(
                    Entry.of(
                        "U1",
                        d("2024-01-01"),
                        EntryKind.TRANSFER,
                        List.of(
                            Line.debit(Account.CASH, cny("1.00")),
                            Line.credit(Account.RESERVE_CASH, cny("0.99"))))))
        .isInstanceOf(TrustException.class)
        .hasMessage("entry U1 does not balance: debits CNY 1.00, credits CNY 0.99");
    assertThatThrownBy(
            () ->
                journal.post(
                    Entry.of(
                        "U2",
                        d("2024-01-01"),
                        EntryKind.TRANSFER,
                        List.of(Line.debit(Account.CASH, cny("1.00"))))))
        .isInstanceOf(TrustException.class)
        .hasMessage("entry U2 must have at least two lines");
    assertThatThrownBy(
            () ->
                journal.post(
                    Entry.of(
                        "U3",
                        d("2024-01-01"),
                        EntryKind.TRANSFER,
                        List.of(
                            Line.debit(Account.CASH, Money.parse("USD 1.00")),
                            Line.credit(Account.RESERVE_CASH, Money.parse("USD 1.00"))))))
        .isInstanceOf(TrustException.class)
        .hasMessage("entry U3 must be in the community's currency CNY, not USD");
    assertThat(journal.size()).isZero();
  }

  @Test
  void theBookSnapshotIsReusedUntilTheNextPost() {
    Journal journal = journal();
    journal.postAll(entries.subList(0, 3));
    TrustBook first = journal.book();
    assertThat(journal.book()).isSameAs(first);
    assertThat(first.entries()).hasSize(3);
    journal.post(entries.get(3));
    TrustBook second = journal.book();
    assertThat(second).isNotSameAs(first);
    assertThat(second.entries()).hasSize(4);
    assertThat(first.entries()).hasSize(3);
    assertThat(second.ledger().cash()).isEqualTo(journal.balances().cash());
  }

  @Test
  void aJournalStartedFromABookKeepsItsEntriesAsGiven() {
    Journal journal = Journal.of(ExampleBooks.threeUnits());
    assertThat(journal.size()).isEqualTo(9);
    assertThat(journal.balances().cash()).isEqualTo(cny("576.35"));
    assertThat(journal.entry("E8")).contains(entries.get(7));
    assertThat(journal.entry("nope")).isEmpty();
    assertThat(journal.balances())
        .isNotInstanceOf(org.propertytrust.core.ledger.RunningBalances.class);
  }

  /** Builds an equal but distinct copy of an entry. */
  private static final class ImmutableTrustBookCopy {
    static Entry copy(Entry entry) {
      return org.propertytrust.core.ledger.ImmutableEntry.copyOf(entry).withLines(entry.lines());
    }
  }
}
