package org.propertytrust.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.money.Percent;

class RemunerationPolicyTest {
  private final TrustBook threeUnits = ExampleBooks.threeUnits();

  @Test
  void percentOfCollectedCountsPaymentsAndAppliedPrepaymentsOfTheMonth() {
    // Jan: E2 150.00 + E3 120.00 (the prepaid 120.00 does not count yet) = 270.00 -> 27.00
    assertThat(RemunerationPolicy.base(threeUnits, ym("2024-01"), d("2024-01-31")))
        .isEqualTo(cny("270.00"));
    assertThat(RemunerationPolicy.due(threeUnits, ym("2024-01"), d("2024-01-31")))
        .isEqualTo(cny("27.00"));
    // Feb: E7 applies 120.00, E8 pays 361.50 -> 481.50 -> 48.15
    assertThat(RemunerationPolicy.due(threeUnits, ym("2024-02"), d("2024-02-29")))
        .isEqualTo(cny("48.15"));
    // as of 24 Feb only E7 counts: 12.00
    assertThat(RemunerationPolicy.due(threeUnits, ym("2024-02"), d("2024-02-24")))
        .isEqualTo(cny("12.00"));
    assertThat(RemunerationPolicy.posted(threeUnits, ym("2024-02"), d("2024-02-29")))
        .isEqualTo(cny("48.15"));
    assertThat(RemunerationPolicy.due(threeUnits, ym("2024-03"), d("2024-02-29")))
        .isEqualTo(cny("0.00"));
  }

  @Test
  void aReversedPaymentLeavesTheBaseOnTheReversalsDate() {
    Journal journal = Journal.of(threeUnits);
    Entry reversal = threeUnits.entries().get(7).reversal("R8", d("2024-03-02"));
    journal.post(reversal);
    TrustBook book = journal.book();
    assertThat(RemunerationPolicy.base(book, ym("2024-02"), d("2024-02-29")))
        .isEqualTo(cny("481.50"));
    // March: -361.50, so nothing is due and nothing negative either
    assertThat(RemunerationPolicy.base(book, ym("2024-03"), d("2024-03-31")))
        .isEqualTo(cny("-361.50"));
    assertThat(RemunerationPolicy.due(book, ym("2024-03"), d("2024-03-31"))).isEqualTo(cny("0.00"));
  }

  @Test
  void publicRevenueCountsOnlyWithTheAssemblysApproval() {
    TrustBook base = ExampleBooks.mapleCourt();
    Remuneration onParking =
        Remuneration.percentOfCollected(Percent.of(10), "property", "public:parking");
    TrustBook unapproved =
        ImmutableTrustBook.copyOf(base)
            .withContract(ImmutableContract.copyOf(base.contract()).withRemuneration(onParking));
    TrustBook approved =
        ImmutableTrustBook.copyOf(base)
            .withContract(
                ImmutableContract.copyOf(base.contract())
                    .withRemuneration(
                        Remuneration.builder()
                            .basis(onParking.basis())
                            .percent(Percent.of(10))
                            .addFees("property", "public:parking")
                            .publicRevenueApprovedByAssembly(true)
                            .build()));
    // March property collections: U1 180 + U2 220 (applied) + U3 151 + U4 260 = 811.00
    assertThat(RemunerationPolicy.base(unapproved, ym("2024-03"), d("2024-03-31")))
        .isEqualTo(cny("811.00"));
    assertThat(RemunerationPolicy.base(approved, ym("2024-03"), d("2024-03-31")))
        .isEqualTo(cny("2311.00"));
    assertThat(RemunerationPolicy.due(approved, ym("2024-03"), d("2024-03-31")))
        .isEqualTo(cny("231.10"));
  }

  @Test
  void fixedMonthlyIsTheFullAmountOnceTheMonthHasBegun() {
    TrustBook maple = ExampleBooks.mapleCourt();
    assertThat(RemunerationPolicy.due(maple, ym("2024-04"), d("2024-04-01")))
        .isEqualTo(cny("300.00"));
    assertThat(RemunerationPolicy.due(maple, ym("2024-05"), d("2024-04-30")))
        .isEqualTo(cny("0.00"));
  }

  @Test
  void settlingPaysOnlyWhatIsStillDue() {
    Journal journal = Journal.of(ExampleBooks.threeUnitsWithoutEntries());
    List<Entry> entries = ExampleBooks.threeUnitsEntries();
    journal.postAll(entries.subList(0, 4)); // up to the January expenditure, before E5
    List<Entry> settled = RemunerationPolicy.settle(journal.book(), d("2024-01-31"), "R1", false);
    assertThat(settled.get(0).lines())
        .containsExactly(
            Line.debit(Account.EXPENSE_REMUNERATION, cny("27.00")),
            Line.credit(Account.CASH, cny("27.00")));
    journal.postAll(settled);
    assertThat(RemunerationPolicy.settle(journal.book(), d("2024-01-31"), "R2", false)).isEmpty();
    List<Entry> accrued =
        RemunerationPolicy.settle(ExampleBooks.mapleCourt(), d("2024-05-31"), "R3", true);
    assertThat(accrued.get(0).lines())
        .containsExactly(
            Line.debit(Account.EXPENSE_REMUNERATION, cny("300.00")),
            Line.credit(Account.PAYABLE_TRUSTEE, cny("300.00")));
  }

  @Test
  void payingMoreThanTheCashHeldIsRefused() {
    Journal journal =
        Journal.of(
            ImmutableTrustBook.copyOf(ExampleBooks.mapleCourt()).withEntries(List.<Entry>of()));
    assertThatThrownBy(() -> RemunerationPolicy.settle(journal.book(), d("2024-03-31"), "R", false))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "remuneration CNY 300.00 for 2024-03 exceeds the cash held CNY 0.00; accrue it instead");
  }

  @Test
  void fixedMonthlyIsDueOnlyWithinTheContractsTerm() {
    // maple-court's contract runs from 1 March 2024, without an end
    TrustBook maple = ExampleBooks.mapleCourt();
    assertThat(RemunerationPolicy.due(maple, ym("2024-02"), d("2024-04-30")))
        .isEqualTo(cny("0.00"));
    assertThat(RemunerationPolicy.due(maple, ym("2024-03"), d("2024-03-01")))
        .isEqualTo(cny("300.00"));
    TrustBook ending =
        ImmutableTrustBook.copyOf(maple)
            .withContract(ImmutableContract.copyOf(maple.contract()).withEnd(d("2024-06-15")));
    // the month the contract ends in is within its term, the next is not
    assertThat(RemunerationPolicy.due(ending, ym("2024-06"), d("2024-06-30")))
        .isEqualTo(cny("300.00"));
    assertThat(RemunerationPolicy.due(ending, ym("2024-07"), d("2024-07-31")))
        .isEqualTo(cny("0.00"));
    assertThat(RemunerationPolicy.settle(ending, d("2024-07-31"), "R7", true)).isEmpty();
  }
}
