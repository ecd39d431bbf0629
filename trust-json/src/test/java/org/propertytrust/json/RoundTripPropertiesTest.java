package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.Arbitraries;

/** The laws of the format: writing then reading is identity, and writing is deterministic. */
class RoundTripPropertiesTest {
  @Test
  void writingThenReadingGivesAnEqualBook() {
    Arbitraries.qt(300)
        .forAll(BookArbitraries.books(6))
        .checkAssert(
            book -> {
              assertThat(TrustBookReader.strict().read(TrustBookWriter.compact().toBytes(book)))
                  .isEqualTo(book);
              assertThat(TrustBookReader.strict().read(TrustBookWriter.indented().toJson(book)))
                  .isEqualTo(book);
            });
  }

  @Test
  void writingIsDeterministic() {
    Arbitraries.qt(100)
        .forAll(BookArbitraries.books(6))
        .checkAssert(
            book -> {
              byte[] first = TrustBookWriter.indented().toBytes(book);
              TrustBook reread = TrustBookReader.strict().read(first);
              assertThat(TrustBookWriter.indented().toBytes(reread)).isEqualTo(first);
              assertThat(TrustBookWriter.indented().toBytes(book)).isEqualTo(first);
            });
  }

  @Test
  void theJacksonModuleRoundTripsBooksToo() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new TrustModule());
    Arbitraries.qt(100)
        .forAll(BookArbitraries.books(4))
        .checkAssert(
            book -> {
              try {
                byte[] json = mapper.writeValueAsBytes(book);
                assertThat(mapper.readValue(json, TrustBook.class)).isEqualTo(book);
                String written = TrustBookWriter.compact().toJson(book);
                assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8) + "\n")
                    .isEqualTo(written);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
