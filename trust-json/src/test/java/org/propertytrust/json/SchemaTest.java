package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.fixtures.ExampleBooks;

/** The format's JSON Schema accepts the reference books and refuses malformed ones. */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(TrustBookFormat.schema());

  private static List<Error> validate(JsonNode book) {
    return SCHEMA.validate(book);
  }

  private static ObjectNode threeUnits() throws Exception {
    return (ObjectNode) MAPPER.readTree(Resources.threeUnits());
  }

  @Test
  void theSchemaInDocsIsTheOneShipped() throws Exception {
    Path docs = Path.of("..", "docs", "trust-book-1.schema.json");
    assertThat(Files.readString(docs, StandardCharsets.UTF_8)).isEqualTo(TrustBookFormat.schema());
  }

  @Test
  void bothExamplesAreValid() throws Exception {
    assertThat(validate(MAPPER.readTree(Resources.threeUnits()))).isEmpty();
    assertThat(validate(MAPPER.readTree(Resources.mapleCourt()))).isEmpty();
  }

  @Test
  void whatTheWriterWritesIsValid() throws Exception {
    assertThat(
            validate(MAPPER.readTree(TrustBookWriter.compact().toBytes(ExampleBooks.mapleCourt()))))
        .isEmpty();
    assertThat(validate(MAPPER.readTree(TrustBookWriter.indented().toBytes(Books.everything()))))
        .isEmpty();
  }

  @Test
  void aBookWithoutFormatIsRefused() throws Exception {
    ObjectNode book = threeUnits();
    book.remove("format");
    assertThat(validate(book)).extracting(Error::getMessage).anyMatch(m -> m.contains("format"));
  }

  @Test
  void aFloatAmountIsRefused() throws Exception {
    ObjectNode book = threeUnits();
    ((ObjectNode) book.at("/entries/0/lines/0")).put("debit", 150.0);
    assertThat(validate(book))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/entries/0/lines/0/debit");
  }

  @Test
  void anAmountWithAnExponentIsRefused() throws Exception {
    ObjectNode book = threeUnits();
    ((ObjectNode) book.at("/budget/0")).put("amount", "1e3");
    assertThat(validate(book))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/budget/0/amount");
  }

  @Test
  void anUnknownFieldIsRefused() throws Exception {
    ObjectNode book = threeUnits();
    ((ObjectNode) book.at("/units/0")).put("floor", 3);
    assertThat(validate(book))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/units/0");
    ObjectNode top = threeUnits();
    top.put("comment", "x");
    assertThat(validate(top)).isNotEmpty();
  }

  @Test
  void aBadKindIsRefused() throws Exception {
    ObjectNode book = threeUnits();
    ((ObjectNode) book.at("/entries/1")).put("kind", "PAYMENTS");
    assertThat(validate(book))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/entries/1/kind");
  }

  @Test
  void aLineWithBothOrNeitherSideIsRefused() throws Exception {
    ObjectNode both = threeUnits();
    ((ObjectNode) both.at("/entries/1/lines/0")).put("credit", "150.00");
    assertThat(validate(both)).isNotEmpty();
    ObjectNode neither = threeUnits();
    ((ObjectNode) neither.at("/entries/1/lines/0")).remove("debit");
    assertThat(validate(neither)).isNotEmpty();
  }

  @Test
  void aBadDateIsRefused() throws Exception {
    ObjectNode book = threeUnits();
    ((ObjectNode) book.at("/entries/1")).put("date", "2024-13-01");
    assertThat(validate(book))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/entries/1/date");
  }
}
