package org.propertytrust.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.balancedEntries;
import static org.propertytrust.core.fixtures.Arbitraries.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.money.Amounts;
import org.quicktheories.generators.Generate;

/** The laws of the ledger, over random sequences of balanced entries. */
class LedgerPropertiesTest {
  private static final TrustBook EMPTY = ExampleBooks.threeUnitsWithoutEntries();

  @Test
  void balancedEntriesKeepDebitsEqualToCreditsOverTheBook() {
    qt(300)
        .forAll(balancedEntries(0, 40))
        .checkAssert(
            entries -> {
              LedgerState state = LedgerState.of(entries, Amounts.CNY);
              long sum = 0;
              for (Account account : state.accounts()) {
                long natural = state.balance(account).getAmountMinorLong();
                sum += account.isDebitNormal() ? natural : -natural;
              }
              assertThat(sum).isZero();
            });
  }

  @Test
  void reversingAnyEntryRestoresEveryBalance() {
    qt(300)
        .forAll(balancedEntries(1, 30), Generate.range(0, 1000))
        .checkAssert(
            (entries, pick) -> {
              Entry target = entries.get(pick % entries.size());
              List<Entry> without = new ArrayList<>(entries);
              without.remove(target);
              List<Entry> reversed = new ArrayList<>(entries);
              reversed.add(target.reversal("R", LocalDate.of(2025, 1, 1)));
              assertThat(snapshot(LedgerState.of(reversed, Amounts.CNY)))
                  .isEqualTo(snapshot(LedgerState.of(without, Amounts.CNY)));
            });
  }

  @Test
  void postingIsIdempotent() {
    qt(200)
        .forAll(balancedEntries(1, 30), Generate.range(0, 1000))
        .checkAssert(
            (entries, pick) -> {
              Journal journal = Journal.of(EMPTY);
              journal.postAll(entries);
              Map<String, Long> before = snapshot(journal.balances());
              Entry again = entries.get(pick % entries.size());
              assertThat(journal.post(ImmutableEntry.copyOf(again).withLines(again.lines())))
                  .isFalse();
              assertThat(journal.postAll(entries)).isZero();
              assertThat(journal.size()).isEqualTo(entries.size());
              assertThat(snapshot(journal.balances())).isEqualTo(before);
            });
  }

  @Test
  void balancesKeptIncrementallyEqualBalancesRecomputedFromScratch() {
    qt(200)
        .forAll(balancedEntries(0, 40))
        .checkAssert(
            entries -> {
              Journal journal = Journal.of(EMPTY);
              for (int i = 0; i < entries.size(); i++) {
                journal.post(entries.get(i));
                // the oracle: a naive sum over the prefix, line by line, with no shared code
                assertThat(snapshot(journal.balances()))
                    .isEqualTo(naive(entries.subList(0, i + 1)));
              }
              assertThat(snapshot(journal.book().ledger())).isEqualTo(naive(entries));
            });
  }

  /** Every balance as a map, zero balances left out. */
  private static Map<String, Long> snapshot(Balances state) {
    Map<String, Long> out = new HashMap<>();
    for (Account account : state.accounts()) {
      put(out, "account " + account, state.balance(account).getAmountMinorLong());
    }
    for (Receivable r : state.receivables()) {
      put(
          out,
          "receivable " + r.unit() + " " + r.period() + " " + r.fee(),
          r.amount().getAmountMinorLong());
    }
    for (String unit : org.propertytrust.core.fixtures.Arbitraries.UNITS) {
      put(out, "prepaid " + unit, state.prepaid(unit).getAmountMinorLong());
      put(out, "deposit " + unit, state.deposit(unit).getAmountMinorLong());
    }
    return out;
  }

  private static Map<String, Long> naive(List<Entry> entries) {
    Map<String, Long> out = new HashMap<>();
    for (Entry entry : entries) {
      for (Line line : entry.lines()) {
        long debitMinusCredit =
            line.side() == Side.DEBIT ? line.amountMinor() : -line.amountMinor();
        String code = line.account().code();
        boolean creditNormal =
            code.equals("prepaid")
                || code.equals("deposit")
                || code.startsWith("payable:")
                || code.startsWith("fund:")
                || code.startsWith("income:");
        add(out, "account " + code, creditNormal ? -debitMinusCredit : debitMinusCredit);
        if (code.equals("receivable")) {
          YearMonth p = line.period().get();
          add(
              out,
              "receivable " + line.unit().get() + " " + p + " " + line.fee().get(),
              debitMinusCredit);
        }
        if (code.equals("prepaid") || code.equals("deposit")) {
          add(out, code + " " + line.unit().get(), -debitMinusCredit);
        }
      }
    }
    out.values().removeIf(v -> v == 0);
    return out;
  }

  private static void put(Map<String, Long> out, String key, long value) {
    if (value != 0) {
      out.put(key, value);
    }
  }

  private static void add(Map<String, Long> out, String key, long value) {
    out.merge(key, value, Long::sum);
  }
}
