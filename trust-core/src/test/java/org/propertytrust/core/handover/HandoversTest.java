package org.propertytrust.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;

class HandoversTest {
  private final TrustBook maple = ExampleBooks.mapleCourt();
  private final Handover handover = maple.handovers().get(0);

  @Test
  void mapleCourtRecoveredEverythingItWasOwed() {
    HandoverReport report = Handovers.report(maple, handover, d("2024-04-30"));
    assertThat(report.owed()).isEqualTo(cny("1200.00"));
    assertThat(report.recovered()).isEqualTo(cny("1200.00"));
    assertThat(report.open()).isEqualTo(cny("0.00"));
    assertThat(report.prepaidHeld())
        .containsExactly(Map.entry("U1", cny("600.00")), Map.entry("U2", cny("600.00")));
    assertThat(report.deadline()).isEqualTo(d("2024-03-31"));
    assertThat(report.isOverdue()).isFalse();
    assertThat(report.entriesByOutgoingTrustee()).isEmpty();
    Handovers.report(maple, handover, d("2024-03-11"));
    assertThat(Handovers.report(maple, handover, d("2024-03-11")).open()).isEqualTo(cny("1200.00"));
  }

  @Test
  void aHundredAndFortyThousandYuanOfPrepaidFeesRecovered() {
    // 怡和花园: the outgoing company held ¥140,000 of owners' prepaid fees (here four units at
    // 35,000.00), recovered in two instalments.
    TrustBook start = ImmutableTrustBook.copyOf(maple).withEntries(List.<Entry>of());
    Map<String, Money> held = new LinkedHashMap<>();
    for (String unit : List.of("U1", "U2", "U3", "U4")) {
      held.put(unit, cny("35000.00"));
    }
    Journal journal = Journal.of(start);
    Entry recognised =
        Handovers.recognise(start, handover, held, Map.of(), cny("0.00"), d("2024-03-01"), "H1");
    assertThat(recognised.lines().get(recognised.lines().size() - 1))
        .isEqualTo(Line.debit(Account.due("oldco"), cny("140000.00")));
    assertThat(recognised.lines().get(0))
        .isEqualTo(Line.forUnit(Account.PREPAID, Side.CREDIT, cny("35000.00"), "U1"));
    journal.post(recognised);
    journal.post(
        Handovers.recover(journal.book(), handover, cny("100000.00"), d("2024-03-20"), "H2"));
    HandoverReport midway = Handovers.report(journal.book(), handover, d("2024-04-05"));
    assertThat(midway.open()).isEqualTo(cny("40000.00"));
    assertThat(midway.isOverdue()).isTrue();
    assertThatThrownBy(
            () ->
                Handovers.recover(journal.book(), handover, cny("40000.01"), d("2024-04-06"), "H3"))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot recover CNY 40000.01 from oldco: only CNY 40000.00 is open");
    journal.post(
        Handovers.recover(journal.book(), handover, cny("40000.00"), d("2024-04-06"), "H3"));
    HandoverReport done = Handovers.report(journal.book(), handover, d("2024-04-30"));
    assertThat(done.recovered()).isEqualTo(cny("140000.00"));
    assertThat(done.open()).isEqualTo(cny("0.00"));
    assertThat(journal.balances().cash()).isEqualTo(cny("140000.00"));
    // the owners' prepaid balances did not move: they stay owed to the units
    assertThat(journal.balances().prepaid("U3")).isEqualTo(cny("35000.00"));
  }

  @Test
  void rejectsAHandoverTheBookDoesNotHave() {
    assertThatThrownBy(
            () ->
                Handovers.report(
                    maple, Handover.of(d("2024-05-01"), "acme", "oldco"), d("2024-05-01")))
        .isInstanceOf(TrustException.class)
        .hasMessage("the book has no handover on 2024-05-01 from acme to oldco");
  }
}
