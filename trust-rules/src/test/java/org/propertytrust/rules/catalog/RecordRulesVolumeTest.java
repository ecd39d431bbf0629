package org.propertytrust.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.rules.Fixtures.cny;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.dr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.ValidationReport;

/**
 * The record rules over a book with many records of every kind: about 1,500 months, 6,000
 * disclosures, 3,000 bank statements, 2,000 handovers and 5,500 entries. Each record is judged once
 * against indexes built once, so the report comes quickly and holds exactly the violations planted;
 * the timeout only guards against a hang (speed is measured by the benchmarks of trust-bench).
 */
class RecordRulesVolumeTest {
  private static final YearMonth FIRST = YearMonth.of(1900, 1);

  /** The months with a statement and disclosures: 1900-01 to 2024-01. */
  private static final int MONTHS = (2024 - 1900) * 12 + 1;

  private static final int HANDOVERS = 2000;
  private static final LocalDate HANDED_OVER = LocalDate.of(1950, 1, 1);
  private static final int POSTED_AFTER = 10;

  /**
   * Three-units started in 1900: 1.00 of parking revenue on the 15th of every month to 2024-02;
   * cash statements of 1900-01 to 2024-01, every fifth one a cent off (from the first), and reserve
   * statements, all right; five disclosures on time of every month but every seventh (from the
   * first), and a sixth one day late of every eleventh month that has them; 2,000 former trustees
   * that handed over on 1950-01-01 holding 1.00 each, the odd ones paying it back in time and the
   * even ones too late, and the first ten posting an entry after handing over.
   */
  private static TrustBook book() {
    TrustBook base = ExampleBooks.threeUnits();
    List<Entry> entries = new ArrayList<>();
    List<BankStatement> statements = new ArrayList<>();
    List<Disclosure> disclosures = new ArrayList<>();
    for (int i = 0; i <= MONTHS; i++) {
      YearMonth month = FIRST.plusMonths(i);
      entries.add(
          Entry.of(
              "P" + i,
              month.atDay(15),
              EntryKind.PUBLIC_INCOME,
              List.of(dr("cash", "1.00"), cr("income:public:parking", "1.00"))));
      if (i == MONTHS) {
        break; // 2024-02: its records are not due by 2024-02-15
      }
      long closing = (i + 1) * 100L + (i % 5 == 0 ? 1 : 0);
      statements.add(
          BankStatement.builder()
              .account(Account.CASH)
              .period(month)
              .closingBalance(cny("0.00").plusMinor(closing))
              .build());
      statements.add(
          BankStatement.builder()
              .account(Account.RESERVE_CASH)
              .period(month)
              .closingBalance(cny("0.00"))
              .build());
      if (i % 7 != 0) {
        for (int day = 1; day <= 5; day++) {
          disclosures.add(Disclosure.of(month, month.atEndOfMonth().plusDays(day)));
        }
        if (i % 11 == 0) {
          disclosures.add(Disclosure.of(month, month.atEndOfMonth().plusDays(11)));
        }
      }
    }
    List<Party> parties = new ArrayList<>(base.parties());
    List<Handover> handovers = new ArrayList<>();
    for (int j = 0; j < HANDOVERS; j++) {
      String old = "old" + j;
      parties.add(Party.of(old, Role.TRUSTEE, "Former trustee " + j));
      handovers.add(Handover.of(HANDED_OVER, old, "acme"));
      entries.add(
          Entry.of(
              "HO" + j,
              HANDED_OVER,
              EntryKind.HANDOVER,
              List.of(dr("due:" + old, "1.00"), cr("fund:operating", "1.00"))));
      entries.add(
          Entry.of(
              "HR" + j,
              j % 2 == 1 ? LocalDate.of(1950, 1, 20) : LocalDate.of(1950, 3, 1),
              EntryKind.HANDOVER,
              List.of(dr("fund:operating", "1.00"), cr("due:" + old, "1.00"))));
      if (j < POSTED_AFTER) {
        entries.add(
            ImmutableEntry.copyOf(
                    Entry.of(
                        "PB" + j,
                        LocalDate.of(1950, 2, 1),
                        EntryKind.TRANSFER,
                        List.of(dr("fund:operating", "1.00"), cr("fund:reserve", "1.00"))))
                .withTrustee(old));
      }
    }
    entries.sort(Comparator.comparing(Entry::date)); // stable: in date order, as listed
    return ImmutableTrustBook.copyOf(base)
        .withContract(ImmutableContract.copyOf(base.contract()).withStart(FIRST.atDay(1)))
        .withParties(parties)
        .withHandovers(handovers)
        .withEntries(entries)
        .withBankStatements(statements)
        .withDisclosures(disclosures);
  }

  private static int monthsWhere(java.util.function.IntPredicate p) {
    int n = 0;
    for (int i = 0; i < MONTHS; i++) {
      if (p.test(i)) {
        n++;
      }
    }
    return n;
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyRecordsAreEachJudgedOnce() {
    ValidationReport report = RuleSet.standard().validate(book());
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 2, 15));
    assertThat(report.countsByRule())
        .isEqualTo(
            Map.of(
                "recon.bank-mismatch", monthsWhere(i -> i % 5 == 0),
                "disclosure.missing", monthsWhere(i -> i % 7 == 0),
                "disclosure.late", monthsWhere(i -> i % 11 == 0 && i % 7 != 0),
                "handover.incomplete", HANDOVERS / 2 + POSTED_AFTER));
    assertThat(report.of("recon.bank-mismatch").get(1).message())
        .isEqualTo(
            "cash 1900-06: the book closes at CNY 6.00, the bank statement at CNY 6.01"
                + " (difference CNY -0.01)");
    assertThat(report.of("disclosure.missing").get(1).message())
        .isEqualTo(
            "the accounts of 1900-08 were due to be disclosed to owners by 1900-09-10 and have"
                + " not been (as of 2024-02-15)");
    assertThat(report.of("handover.incomplete").get(0).message())
        .isEqualTo(
            "entry PB0 (CNY 1.00) dated 1950-02-01 is posted by old0, the trustee that handed"
                + " over to acme on 1950-01-01");
    assertThat(report.of("handover.incomplete").get(POSTED_AFTER).message())
        .isEqualTo(
            "old0 still held CNY 1.00 of owners' money (due:old0) on 1950-01-31, 30 days after"
                + " handing over to acme on 1950-01-01");
  }
}
