package org.propertytrust.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.simulation.CommunitySimulator;
import org.propertytrust.core.simulation.SimulationProfile;

/**
 * The hledger journal the peer comparison checks is the same ledger as the trust book: one balanced
 * transaction per entry, every account declared, amounts exact. Read back here with a parser of the
 * test's own, not with the writer's code.
 */
class PeerLedgersTest {
  @Test
  void theJournalHoldsTheBookEntryForEntry() throws IOException {
    TrustBook book =
        CommunitySimulator.simulate(SimulationProfile.builder().units(30).months(4).build());
    StringWriter out = new StringWriter();
    PeerLedgers.writeJournal(book, out);
    String[] lines = out.toString().split("\n");

    Set<String> declared = new HashSet<>();
    List<String> codes = new ArrayList<>();
    List<BigDecimal> sums = new ArrayList<>();
    BigDecimal debits = BigDecimal.ZERO;
    for (String line : lines) {
      if (line.startsWith("account ")) {
        declared.add(line.substring("account ".length()));
      } else if (line.matches("\\d{4}-\\d{2}-\\d{2} \\(.*")) {
        codes.add(line.substring(12, line.indexOf(')')));
        sums.add(BigDecimal.ZERO);
      } else if (line.startsWith("    ")) {
        String posting = line.strip().replaceAll("\\s*;.*$", "");
        String[] parts = posting.split("\\s{2,}");
        assertThat(declared).as(line).contains(parts[0]);
        assertThat(parts[1]).as(line).startsWith("CNY ");
        BigDecimal amount = new BigDecimal(parts[1].substring(4));
        assertThat(amount.scale()).as(line).isEqualTo(2);
        sums.set(sums.size() - 1, sums.get(sums.size() - 1).add(amount));
        if (amount.signum() > 0) {
          debits = debits.add(amount);
        }
      }
    }
    assertThat(codes).isEqualTo(book.entries().stream().map(Entry::id).toList());
    assertThat(sums).allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("0"));
    BigDecimal bookDebits = BigDecimal.ZERO;
    for (Entry entry : book.entries()) {
      bookDebits = bookDebits.add(BigDecimal.valueOf(entry.debitMinor(), 2));
    }
    assertThat(debits).isEqualByComparingTo(bookDebits);
    assertThat(out.toString()).startsWith("; ").contains("\ncommodity CNY 1000.00\n");
  }

  @Test
  void accountsMapToHledgersFiveTypesAndUnitsToSubAccounts() throws IOException {
    TrustBook book =
        CommunitySimulator.simulate(SimulationProfile.builder().units(5).months(2).build());
    StringWriter out = new StringWriter();
    PeerLedgers.writeJournal(book, out);
    assertThat(out.toString())
        .contains(
            "account assets:cash\n",
            "account assets:reserve-cash\n",
            "account assets:receivable:U00001\n",
            "account revenues:income:property\n",
            "account equity:fund:reserve\n")
        .containsPattern(
            "    assets:receivable:U0000\\d  CNY -?\\d+\\.\\d\\d  ; period:2024-0\\d, fee:");
  }
}
