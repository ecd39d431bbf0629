package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a book of 200,000 entries (about 60 MB, generated here, never committed) with entries
 * before the other sections. Surefire runs this class alone with a 64 MB heap (see the module's
 * pom): holding the entries would need several times that, so the test fails if streaming ever
 * keeps them.
 */
class BoundedMemoryTest {
  static final int ENTRIES = 200_000;

  @TempDir Path dir;

  @Test
  void twoHundredThousandEntriesStreamInASmallHeap() throws Exception {
    Path book = dir.resolve("large.json");
    String header = Resources.threeUnits();
    String sections = header.substring(1, header.indexOf("  \"entries\": ["));
    String rest = header.substring(header.indexOf("  \"expenditures\""));
    try (BufferedWriter out = Files.newBufferedWriter(book, StandardCharsets.UTF_8)) {
      out.write("{\"entries\":[");
      for (int i = 0; i < ENTRIES; i++) {
        if (i > 0) {
          out.write(",\n");
        }
        int unit = i % 3;
        out.write("{\"id\":\"G");
        out.write(Integer.toString(i));
        out.write("\",\"date\":\"2024-0");
        out.write(Integer.toString(1 + i % 9));
        out.write("-15\",\"kind\":\"PAYMENT\",\"memo\":\"payment number ");
        out.write(Integer.toString(i));
        out.write(" received at the counter\",\"lines\":[{\"account\":\"cash\",\"debit\":\"");
        out.write(Integer.toString(100 + i % 50));
        out.write(".50\"},{\"account\":\"receivable\",\"unit\":\"");
        out.write("ABC".charAt(unit));
        out.write("\",\"period\":\"2024-0");
        out.write(Integer.toString(1 + i % 9));
        out.write("\",\"fee\":\"property\",\"credit\":\"");
        out.write(Integer.toString(100 + i % 50));
        out.write(".50\"}]}");
      }
      out.write("],\n");
      out.write(sections);
      out.write(rest);
    }
    assertThat(Files.size(book)).isGreaterThan(40_000_000L);
    long[] count = new long[1];
    long[] debits = new long[1];
    try (BookStream stream = TrustBookReader.strict().open(book)) {
      assertThat(stream.header().units()).hasSize(3);
      stream.forEachEntry(
          (index, entry) -> {
            assertThat(index).isEqualTo(count[0]);
            count[0]++;
            debits[0] += entry.debitMinor();
          });
    }
    assertThat(count[0]).isEqualTo(ENTRIES);
    long expected = 0;
    for (int i = 0; i < ENTRIES; i++) {
      expected += (100 + i % 50) * 100L + 50;
    }
    assertThat(debits[0]).isEqualTo(expected);
  }
}
