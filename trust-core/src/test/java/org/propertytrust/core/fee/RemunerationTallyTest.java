package org.propertytrust.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;

/** The remuneration formula fed entry by entry, with hand-computed sums. */
class RemunerationTallyTest {
  private static final Contract THREE_UNITS = ExampleBooks.threeUnitsWithoutEntries().contract();

  private static Contract onPropertyAndParking(boolean approved) {
    return ImmutableContract.copyOf(THREE_UNITS)
        .withRemuneration(
            Remuneration.builder()
                .basis(RemunerationBasis.PERCENT_OF_COLLECTED)
                .percent(Percent.of(10))
                .addFees("property", "public:parking")
                .publicRevenueApprovedByAssembly(approved)
                .build());
  }

  private static final Entry PAYMENT =
      Entry.of(
          "P1",
          d("2024-01-10"),
          EntryKind.PAYMENT,
          List.of(
              Line.debit(Account.CASH, cny("150.00")),
              Line.receivable(Side.CREDIT, cny("100.00"), "A", ym("2023-12"), "property"),
              Line.receivable(Side.CREDIT, cny("20.00"), "A", ym("2024-01"), "cleaning"),
              Line.forUnit(Account.PREPAID, Side.CREDIT, cny("30.00"), "A")));

  private static RemunerationTally januaryAndFebruary(Contract contract) {
    RemunerationTally tally = RemunerationTally.of(contract, Amounts.CNY);
    // property 100.00 (of December: the period does not matter, the date does); cleaning and the
    // prepaid part do not count
    tally.add(PAYMENT, EntryKind.PAYMENT, false);
    tally.add(
        Entry.of(
            "PA1",
            d("2024-01-31"),
            EntryKind.PREPAYMENT_APPLIED,
            List.of(
                Line.forUnit(Account.PREPAID, Side.DEBIT, cny("30.00"), "A"),
                Line.receivable(Side.CREDIT, cny("30.00"), "A", ym("2024-02"), "property"))),
        EntryKind.PREPAYMENT_APPLIED,
        false);
    // waivers never count
    tally.add(
        Entry.of(
            "W1",
            d("2024-01-15"),
            EntryKind.WAIVER,
            List.of(
                Line.debit(Account.income("property"), cny("40.00")),
                Line.receivable(Side.CREDIT, cny("40.00"), "B", ym("2024-01"), "property"))),
        EntryKind.WAIVER,
        false);
    tally.add(
        Entry.of(
            "PI1",
            d("2024-01-20"),
            EntryKind.PUBLIC_INCOME,
            List.of(
                Line.debit(Account.CASH, cny("500.00")),
                Line.credit(Account.publicIncome("parking"), cny("200.00")),
                Line.credit(Account.publicIncome("advertising"), cny("300.00")))),
        EntryKind.PUBLIC_INCOME,
        false);
    tally.add(
        Entry.of(
            "RM1",
            d("2024-01-31"),
            EntryKind.REMUNERATION,
            List.of(
                Line.debit(Account.EXPENSE_REMUNERATION, cny("33.00")),
                Line.credit(Account.CASH, cny("33.00")))),
        EntryKind.REMUNERATION,
        false);
    // the payment reversed on 2 February: it counts against February
    tally.add(PAYMENT.reversal("R1", d("2024-02-02")), EntryKind.PAYMENT, true);
    return tally;
  }

  @Test
  void countsCollectionsAndApprovedPublicRevenueInTheMonthOfTheirDate() {
    RemunerationTally tally = januaryAndFebruary(onPropertyAndParking(true));
    // 100.00 + 30.00 + 200.00 parking
    assertThat(tally.base(ym("2024-01"))).isEqualTo(cny("330.00"));
    assertThat(tally.due(ym("2024-01"))).isEqualTo(cny("33.00"));
    assertThat(tally.posted(ym("2024-01"))).isEqualTo(cny("33.00"));
    // the reversal: -100.00, and a base below zero owes nothing
    assertThat(tally.base(ym("2024-02"))).isEqualTo(cny("-100.00"));
    assertThat(tally.due(ym("2024-02"))).isEqualTo(cny("0.00"));
    assertThat(tally.posted(ym("2024-02"))).isEqualTo(cny("0.00"));
    assertThat(tally.months()).containsExactly(ym("2024-01"), ym("2024-02"));
    assertThat(tally.due(ym("2024-03"))).isEqualTo(cny("0.00"));
  }

  @Test
  void publicRevenueCountsOnlyWithTheAssemblysApproval() {
    RemunerationTally tally = januaryAndFebruary(onPropertyAndParking(false));
    assertThat(tally.base(ym("2024-01"))).isEqualTo(cny("130.00"));
    assertThat(tally.due(ym("2024-01"))).isEqualTo(cny("13.00"));
  }

  @Test
  void aReversalOfAReversalCountsLikeTheOriginal() {
    RemunerationTally tally = januaryAndFebruary(onPropertyAndParking(true));
    Entry reversal = PAYMENT.reversal("R1", d("2024-02-02"));
    tally.add(reversal.reversal("R2", d("2024-02-03")), EntryKind.PAYMENT, false);
    assertThat(tally.base(ym("2024-02"))).isEqualTo(cny("0.00"));
  }

  @Test
  void roundsHalfUpToTheMinorUnit() {
    Contract contract =
        ImmutableContract.copyOf(THREE_UNITS)
            .withRemuneration(
                Remuneration.percentOfCollected(Percent.of(new BigDecimal("12.5")), "property"));
    RemunerationTally tally = RemunerationTally.of(contract, Amounts.CNY);
    tally.add(
        Entry.of(
            "P1",
            d("2024-01-10"),
            EntryKind.PAYMENT,
            List.of(
                Line.debit(Account.CASH, cny("0.04")),
                Line.receivable(Side.CREDIT, cny("0.04"), "A", ym("2024-01"), "property"))),
        EntryKind.PAYMENT,
        false);
    // 12.5% of 0.04 = 0.005 -> 0.01
    assertThat(tally.due(ym("2024-01"))).isEqualTo(cny("0.01"));
  }

  @Test
  void aFixedAmountIsDueInEveryMonthOfTheTermAndNoOther() {
    Contract fixed =
        ImmutableContract.copyOf(THREE_UNITS)
            .withRemuneration(Remuneration.fixedMonthly(cny("300.00")))
            .withStart(d("2024-03-15"))
            .withEnd(d("2024-06-01"));
    RemunerationTally tally = RemunerationTally.of(fixed, Amounts.CNY);
    tally.add(PAYMENT, EntryKind.PAYMENT, false);
    assertThat(tally.base(ym("2024-01"))).isEqualTo(cny("0.00"));
    assertThat(tally.due(ym("2024-02"))).isEqualTo(cny("0.00"));
    // the whole amount for the months the term starts and ends in
    assertThat(tally.due(ym("2024-03"))).isEqualTo(cny("300.00"));
    assertThat(tally.due(ym("2024-06"))).isEqualTo(cny("300.00"));
    assertThat(tally.due(ym("2024-07"))).isEqualTo(cny("0.00"));
    assertThat(tally.isWithinTerm(ym("2024-04"))).isTrue();
  }
}
