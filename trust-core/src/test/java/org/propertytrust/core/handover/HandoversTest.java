package org.propertytrust.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
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
    // before M07 recovered it on 12 March, all of it was open, and within the 30 days
    HandoverReport before = Handovers.report(maple, handover, d("2024-03-11"));
    assertThat(before.owed()).isEqualTo(cny("1200.00"));
    assertThat(before.recovered()).isEqualTo(cny("0.00"));
    assertThat(before.open()).isEqualTo(cny("1200.00"));
    assertThat(before.prepaidHeld())
        .containsExactly(Map.entry("U1", cny("600.00")), Map.entry("U2", cny("600.00")));
    assertThat(before.isOverdue()).isFalse();
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

  private TrustBook emptyMaple() {
    return ImmutableTrustBook.copyOf(maple).withEntries(List.<Entry>of());
  }

  private static Map<String, Money> fourUnitsHolding(String amount) {
    Map<String, Money> held = new LinkedHashMap<>();
    for (String unit : List.of("U1", "U2", "U3", "U4")) {
      held.put(unit, cny(amount));
    }
    return held;
  }

  @Test
  void aReversedRecognitionIsNeitherOwedNorRecovered() {
    TrustBook start = emptyMaple();
    Journal journal = Journal.of(start);
    Entry recognised =
        Handovers.recognise(
            start,
            handover,
            fourUnitsHolding("100.00"),
            Map.of(),
            cny("0.00"),
            d("2024-03-01"),
            "H1");
    journal.post(recognised);
    journal.post(recognised.reversal("R1", d("2024-03-05")));
    HandoverReport beforeReversal = Handovers.report(journal.book(), handover, d("2024-03-04"));
    assertThat(beforeReversal.owed()).isEqualTo(cny("400.00"));
    assertThat(beforeReversal.open()).isEqualTo(cny("400.00"));
    assertThat(beforeReversal.prepaidHeld()).hasSize(4).containsEntry("U3", cny("100.00"));
    HandoverReport after = Handovers.report(journal.book(), handover, d("2024-04-30"));
    assertThat(after.owed()).isEqualTo(cny("0.00"));
    assertThat(after.recovered()).isEqualTo(cny("0.00"));
    assertThat(after.open()).isEqualTo(cny("0.00"));
    assertThat(after.prepaidHeld()).isEmpty();
    assertThat(after.isOverdue()).isFalse();
  }

  @Test
  void aReversedRecoveryIsOpenAgain() {
    TrustBook start = emptyMaple();
    Journal journal = Journal.of(start);
    journal.post(
        Handovers.recognise(
            start,
            handover,
            fourUnitsHolding("35000.00"),
            Map.of(),
            cny("0.00"),
            d("2024-03-01"),
            "H1"));
    Entry recovery =
        Handovers.recover(journal.book(), handover, cny("100000.00"), d("2024-03-20"), "H2");
    journal.post(recovery);
    // the bank returns the transfer
    journal.post(recovery.reversal("R2", d("2024-03-25")));
    assertThat(Handovers.report(journal.book(), handover, d("2024-03-22")).recovered())
        .isEqualTo(cny("100000.00"));
    HandoverReport report = Handovers.report(journal.book(), handover, d("2024-04-05"));
    assertThat(report.owed()).isEqualTo(cny("140000.00"));
    assertThat(report.recovered()).isEqualTo(cny("0.00"));
    assertThat(report.open()).isEqualTo(cny("140000.00"));
    assertThat(report.isOverdue()).isTrue();
    // all of it can be recovered again
    journal.post(
        Handovers.recover(journal.book(), handover, cny("140000.00"), d("2024-04-06"), "H3"));
    assertThat(Handovers.report(journal.book(), handover, d("2024-04-30")).open())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void amountsInAnotherCurrencyAreRefusedByName() {
    TrustBook start = emptyMaple();
    Money usd = Money.of(CurrencyUnit.USD, 5);
    assertThatThrownBy(
            () ->
                Handovers.recognise(
                    start,
                    handover,
                    Map.of("U1", usd),
                    Map.of(),
                    cny("0.00"),
                    d("2024-03-01"),
                    "H1"))
        .isInstanceOf(TrustException.class)
        .hasMessage("handover recognition: prepaid held for unit U1 must be in CNY: USD 5.00");
    assertThatThrownBy(
            () ->
                Handovers.recognise(
                    start,
                    handover,
                    Map.of(),
                    Map.of("U2", usd),
                    cny("0.00"),
                    d("2024-03-01"),
                    "H1"))
        .isInstanceOf(TrustException.class)
        .hasMessage("handover recognition: deposit held for unit U2 must be in CNY: USD 5.00");
    assertThatThrownBy(
            () ->
                Handovers.recognise(
                    start, handover, Map.of(), Map.of(), usd, d("2024-03-01"), "H1"))
        .isInstanceOf(TrustException.class)
        .hasMessage("handover recognition: other money held must be in CNY: USD 5.00");
    Journal journal = Journal.of(start);
    journal.post(
        Handovers.recognise(
            start,
            handover,
            fourUnitsHolding("10.00"),
            Map.of(),
            cny("0.00"),
            d("2024-03-01"),
            "H1"));
    assertThatThrownBy(
            () -> Handovers.recover(journal.book(), handover, usd, d("2024-03-20"), "H2"))
        .isInstanceOf(TrustException.class)
        .hasMessage("a recovery must be in CNY: USD 5.00");
  }
}
