package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The header pass's view of a book: the top-level entries array blanked, nothing else touched. */
class EntriesBlankingTest {
  private static String blanked(String json) throws IOException {
    try (EntriesBlanking in =
        new EntriesBlanking(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theTopLevelEntriesArrayBecomesSpacesKeepingLineBreaks() throws IOException {
    String json = "{\"a\":1,\"entries\" : [ {\"x\":\"]}\\\"[\"},\n[1,{}]\r\n],\"b\":[2]}";
    String out = blanked(json);
    assertThat(out).hasSameSizeAs(json);
    assertThat(out)
        .isEqualTo(
            "{\"a\":1,\"entries\" : ["
                + " ".repeat(15)
                + "\n"
                + " ".repeat(6)
                + "\r\n],\"b\":[2]}");
  }

  @Test
  void otherEntriesAreLeftAlone() throws IOException {
    String nested = "{\"x\":{\"entries\":[1,2]},\"y\":\"entries\",\"z\":[\"entries\",[3]]}";
    assertThat(blanked(nested)).isEqualTo(nested);
    String escaped = "{\"entri\\u0065s\":[1,2]}";
    assertThat(blanked(escaped)).isEqualTo(escaped);
    String notArray = "{\"entries\":{\"a\":[1]},\"b\":[2]}";
    assertThat(blanked(notArray)).isEqualTo(notArray);
    String longer = "{\"entriesX\":[1],\"entrie\":[2]}";
    assertThat(blanked(longer)).isEqualTo(longer);
  }

  @Test
  void multiByteTextInsideEntriesIsBlankedByteForByte() throws IOException {
    String json = "{\"entries\":[\"中文\"]}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String out = blanked(json);
    assertThat(out.getBytes(StandardCharsets.UTF_8)).hasSameSizeAs(bytes);
    assertThat(out).isEqualTo("{\"entries\":[" + " ".repeat(8) + "]}");
  }
}
