package org.propertytrust.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;

class CommunitySimulatorTest {
  @Test
  void theSameProfileGivesTheSameBook() {
    SimulationProfile profile = SimulationProfile.builder().seed(7).units(25).months(6).build();
    assertThat(CommunitySimulator.simulate(profile))
        .isEqualTo(CommunitySimulator.simulate(profile));
    assertThat(CommunitySimulator.simulate(profile))
        .isNotEqualTo(
            CommunitySimulator.simulate(
                SimulationProfile.builder().seed(8).units(25).months(6).build()));
  }

  @Test
  void aSimulatedBookIsRealisticAndWellFormed() {
    TrustBook book =
        CommunitySimulator.simulate(
            SimulationProfile.builder().seed(3).units(60).months(18).lateFees(true).build());
    assertThat(book.units()).hasSize(60);
    assertThat(book.entries()).allMatch(Entry::isBalanced);
    assertThat(book.ledger().negativeBalances()).isEmpty();
    assertThat(book.ledger().repeatedIdPositions()).isEmpty();
    for (int i = 1; i < book.entries().size(); i++) {
      assertThat(book.entries().get(i).date()).isAfterOrEqualTo(book.entries().get(i - 1).date());
    }
    assertThat(book.entries())
        .extracting(Entry::kind)
        .contains(
            EntryKind.OPENING,
            EntryKind.CHARGE,
            EntryKind.PAYMENT,
            EntryKind.PREPAYMENT_APPLIED,
            EntryKind.PUBLIC_INCOME,
            EntryKind.EXPENDITURE,
            EntryKind.REMUNERATION,
            EntryKind.LATE_FEE);
    assertThat(book.expenditures()).isNotEmpty();
    assertThat(book.bankStatements()).hasSize(36);
    assertThat(book.disclosures()).hasSize(18);
    assertThat(book.tickets()).hasSize(36);
    CollectionMetrics last = Metrics.month(book, YearMonth.of(2025, 6));
    // most owners pay: the collection rate is high but not perfect
    assertThat(last.currentRate().get().toDecimal().doubleValue()).isBetween(0.6, 0.99);
  }
}
