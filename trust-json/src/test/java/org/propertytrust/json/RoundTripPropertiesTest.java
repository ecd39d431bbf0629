package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.Arbitraries;

/**
 * The laws of the format: writing then reading is identity, writing is deterministic, what is
 * written is valid under the JSON Schema, and a book in a currency the ledger cannot hold is
 * refused.
 */
class RoundTripPropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

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
  void whatTheWriterWritesIsValidUnderTheSchema() {
    Arbitraries.qt(150)
        .forAll(BookArbitraries.books(6))
        .checkAssert(
            book -> {
              try {
                assertThat(
                        SchemaTest.validate(
                            MAPPER.readTree(TrustBookWriter.compact().toBytes(book))))
                    .isEmpty();
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void aBookInACurrencyTheLedgerCannotHoldIsRefusedWhateverItsAmounts() {
    // Amounts of up to 15 digits, written in the book's own currency, then the community's
    // currency swapped for one of 4 decimals: never a book, never a wrapped amount.
    Arbitraries.qt(150)
        .forAll(BookArbitraries.books(6), BookArbitraries.refusedCurrencies())
        .checkAssert(
            (book, currency) -> {
              String written = TrustBookWriter.compact().toJson(book);
              String key = "\"currency\":\"" + book.currency().getCode() + "\"";
              assertThat(written).contains(key);
              String swapped =
                  written.replaceFirst(
                      java.util.regex.Pattern.quote(key),
                      "\"currency\":\"" + currency.getCode() + "\"");
              BookReadException e =
                  catchThrowableOfType(
                      BookReadException.class, () -> TrustBookReader.strict().read(swapped));
              assertThat(e).as("a book in %s must be refused", currency).isNotNull();
              assertThat(e.problems())
                  .contains(
                      ReadProblem.of(
                          "/community/currency",
                          "currency "
                              + currency.getCode()
                              + " has "
                              + currency.getDecimalPlaces()
                              + " decimal places; a book can be kept only in a currency of at most"
                              + " 3, so that amounts of up to 15 digits before the point fit in"
                              + " 64-bit minor units"));
              assertThat(e.problems())
                  .allSatisfy(
                      p ->
                          assertThat(p.path())
                              .matches(
                                  "/community/currency|.*/(debit|credit|amount|closingBalance|cap|supervisorFrom|committeeFrom|assemblyFrom)"));
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
