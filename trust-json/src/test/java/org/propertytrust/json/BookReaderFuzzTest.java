package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;

/**
 * The reader on arbitrary bytes: it returns a book or throws {@link BookReadException}, and nothing
 * else (any other exception or error is a finding). A book it returns writes and reads back to an
 * equal book, and streaming it gives the same book.
 *
 * <p>In {@code mvn verify} this runs in regression mode on the seed inputs in {@code
 * BookReaderFuzzTestInputs/readsOrRefuses} (the reference books and malformed variants). To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl trust-json -am test -Dtest=BookReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; new inputs go to {@code .cifuzz-corpus/} (ignored by
 * git), findings next to the seeds.
 */
class BookReaderFuzzTest {
  private static final TrustBookReader STRICT =
      TrustBookReader.withOptions(
          ReadOptions.builder().maxDocumentLength(1 << 20).maxStringLength(10_000).build());
  private static final TrustBookReader LENIENT =
      TrustBookReader.withOptions(
          STRICT.options().toBuilder().unknownFields(UnknownFields.WARN).build());

  @FuzzTest(maxDuration = "2m")
  void readsOrRefuses(byte[] data) {
    TrustBook strict = readOrNull(STRICT, data);
    TrustBook lenient = readOrNull(LENIENT, data);
    if (strict != null) {
      assertThat(lenient).isEqualTo(strict);
    }
    if (lenient != null) {
      assertThat(STRICT.read(TrustBookWriter.compact().toBytes(lenient))).isEqualTo(lenient);
      try (BookStream stream = LENIENT.open(new ByteArrayInputStream(data))) {
        List<Entry> entries = new ArrayList<>();
        stream.forEachEntry((i, e) -> entries.add(e));
        assertThat(ImmutableTrustBook.copyOf(stream.header()).withEntries(entries))
            .isEqualTo(lenient);
      }
    }
  }

  private static TrustBook readOrNull(TrustBookReader reader, byte[] data) {
    try {
      return reader.read(data);
    } catch (BookReadException refused) {
      assertThat(refused.problems()).isNotEmpty();
      return null;
    }
  }
}
