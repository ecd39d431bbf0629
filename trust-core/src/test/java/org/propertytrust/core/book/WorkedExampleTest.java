package org.propertytrust.core.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;

/** The worked example of DOMAIN.md §5 (three-units), posted month by month through a journal. */
class WorkedExampleTest {
  private static final LocalDate END_OF_JANUARY = LocalDate.of(2024, 1, 31);

  @Test
  void balancesAtTheEndOfEachMonth() {
    Journal journal = Journal.of(ExampleBooks.threeUnitsWithoutEntries());
    for (Entry entry : ExampleBooks.threeUnitsEntries()) {
      if (!entry.date().isAfter(END_OF_JANUARY)) {
        assertThat(journal.post(entry)).isTrue();
      }
    }
    assertThat(journal.balances().cash()).isEqualTo(cny("263.00"));
    assertThat(journal.balances().prepaid("B")).isEqualTo(cny("120.00"));
    assertThat(journal.balances().receivable("C", ym("2024-01"), "property"))
        .isEqualTo(cny("180.75"));

    for (Entry entry : ExampleBooks.threeUnitsEntries()) {
      if (entry.date().isAfter(END_OF_JANUARY)) {
        assertThat(journal.post(entry)).isTrue();
      }
    }
    assertThat(journal.balances().cash()).isEqualTo(cny("576.35"));
    assertThat(journal.balances().prepaid("B")).isEqualTo(cny("0.00"));
    assertThat(journal.balances().receivable("C", ym("2024-01"), "property"))
        .isEqualTo(cny("0.00"));
    assertThat(journal.balances().receivable("C", ym("2024-02"), "property"))
        .isEqualTo(cny("0.00"));
    assertThat(journal.balances().openReceivables("C")).isEmpty();
    // A still owes February: 150.00, the one open charge of the book.
    assertThat(journal.balances().balance(Account.RECEIVABLE)).isEqualTo(cny("150.00"));
  }

  @Test
  void theBookComputesTheSameBalancesInOnePass() {
    TrustBook book = ExampleBooks.threeUnits();
    assertThat(book.ledger().cash()).isEqualTo(cny("576.35"));
    assertThat(book.ledger().prepaid("B")).isEqualTo(cny("0.00"));
    assertThat(book.ledger().receivable("C", ym("2024-02"), "property")).isEqualTo(cny("0.00"));
    assertThat(book.ledger().balance(Account.income("property"))).isEqualTo(cny("901.50"));
    assertThat(book.ledger().balance(Account.EXPENSE_REMUNERATION)).isEqualTo(cny("75.15"));
    assertThat(book.ledger().negativeBalances()).isEmpty();
    assertThat(book.ledger().repeatedIdPositions()).isEmpty();
  }

  @Test
  void mapleCourtReconcilesWithItsBankStatements() {
    TrustBook book = ExampleBooks.mapleCourt();
    // March cash: 171 + 560 + 1200 + 1500 - 2000 - 800 - 300 = 331; April adds 1500 - 300.
    assertThat(book.ledger().cash()).isEqualTo(cny("1531.00"));
    assertThat(book.ledger().reserveCash()).isEqualTo(cny("5000.00"));
    assertThat(book.ledger().balance(Account.due("oldco"))).isEqualTo(cny("0.00"));
    assertThat(book.ledger().prepaid("U4")).isEqualTo(cny("0.00"));
    assertThat(book.ledger().prepaid("U1")).isEqualTo(cny("200.00"));
    assertThat(book.ledger().openReceivables("U3")).hasSize(2);
    assertThat(book.bankStatements().get(0).expectedBookBalance()).isEqualTo(cny("331.00"));
  }
}
