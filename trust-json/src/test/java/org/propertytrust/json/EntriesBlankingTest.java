package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The header pass's view of a book: the top-level entries array empty, nothing else touched. */
class EntriesBlankingTest {
  private static String filtered(String json) throws IOException {
    try (EntriesBlanking in =
        new EntriesBlanking(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theTopLevelEntriesArrayReadsAsEmpty() throws IOException {
    String json = "{\"a\":1,\"entries\" : [ {\"x\":\"]}\\\"[\"},\n[1,{}]\r\n],\"b\":[2]}";
    assertThat(filtered(json)).isEqualTo("{\"a\":1,\"entries\" : [],\"b\":[2]}");
    assertThat(filtered("{\"entries\":[\"中文\"]}")).isEqualTo("{\"entries\":[]}");
  }

  @Test
  void otherEntriesAreLeftAlone() throws IOException {
    String nested = "{\"x\":{\"entries\":[1,2]},\"y\":\"entries\",\"z\":[\"entries\",[3]]}";
    assertThat(filtered(nested)).isEqualTo(nested);
    String escaped = "{\"entri\\u0065s\":[1,2]}";
    assertThat(filtered(escaped)).isEqualTo(escaped);
    String notArray = "{\"entries\":{\"a\":[1]},\"b\":[2]}";
    assertThat(filtered(notArray)).isEqualTo(notArray);
    String others = "{\"entriesX\":[1],\"entrie\":[2]}";
    assertThat(filtered(others)).isEqualTo(others);
  }

  @Test
  void theArrayMaySpanManyReads() throws IOException {
    String json = "{\"entries\":[" + "{\"id\":\"E\"},".repeat(10_000) + "{}],\"b\":1}";
    InputStream trickle =
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
          }
        };
    try (EntriesBlanking in = new EntriesBlanking(trickle)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("{\"entries\":[],\"b\":1}");
    }
  }
}
