package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Unit;

/** What the writer writes: FORMAT.md's key order, decimal strings, UTF-8 without a mark. */
class WriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void keysComeInTheOrderOfTheFormat() throws Exception {
    JsonNode book = MAPPER.readTree(TrustBookWriter.compact().toBytes(ExampleBooks.mapleCourt()));
    assertThat(keys(book))
        .containsExactly(
            "format",
            "community",
            "parties",
            "units",
            "contract",
            "handovers",
            "budget",
            "entries",
            "expenditures",
            "votes",
            "bankStatements",
            "disclosures",
            "tickets");
    assertThat(keys(book.at("/contract")))
        .containsExactly(
            "trustee",
            "supervisor",
            "start",
            "fees",
            "remuneration",
            "approval",
            "allocation",
            "disclosureDays");
    assertThat(keys(book.at("/entries/2/lines/0")))
        .containsExactly("account", "debit", "unit", "period", "fee");
    assertThat(keys(book.at("/entries/0"))).containsExactly("id", "date", "kind", "memo", "lines");
    assertThat(keys(book.at("/expenditures/1")))
        .containsExactly(
            "id",
            "requestedBy",
            "requestedOn",
            "payee",
            "amount",
            "category",
            "budgetLine",
            "description",
            "fund",
            "vote",
            "approvals");
    assertThat(keys(book.at("/tickets/0")))
        .containsExactly(
            "id",
            "unit",
            "kind",
            "reportedAt",
            "registeredAt",
            "onSiteAt",
            "resolvedAt",
            "planAt",
            "followUpAt");
  }

  @Test
  void absentOptionalsAndDefaultsAreOmittedAndEmptySectionsWrittenEmpty() throws Exception {
    JsonNode book = MAPPER.readTree(TrustBookWriter.compact().toBytes(ExampleBooks.threeUnits()));
    assertThat(book.at("/contract").has("end")).isFalse();
    assertThat(book.at("/contract").has("lateFee")).isFalse();
    assertThat(book.at("/contract").has("serviceLevels")).isFalse();
    assertThat(book.at("/contract/remuneration").has("publicRevenueApprovedByAssembly")).isFalse();
    assertThat(book.at("/expenditures/0").has("fund")).isFalse();
    assertThat(book.at("/units/0").has("owner")).isFalse();
    assertThat(book.at("/parties/0").has("relatedTo")).isFalse();
    assertThat(book.at("/handovers").isArray()).isTrue();
    assertThat(book.at("/handovers")).isEmpty();
    assertThat(book.at("/votes")).isEmpty();
  }

  @Test
  void everythingOptionalIsWrittenWhenPresent() throws Exception {
    TrustBook everything = Books.everything();
    JsonNode book = MAPPER.readTree(TrustBookWriter.compact().toBytes(everything));
    assertThat(book.at("/contract/end").asText()).isEqualTo("2026-02-28");
    assertThat(book.at("/contract/lateFee").toString())
        .isEqualTo("{\"percent\":\"5.5\",\"graceDays\":30,\"cap\":\"50.00\"}");
    assertThat(book.at("/contract/serviceLevels/registerMinutes").asInt()).isEqualTo(10);
    assertThat(book.at("/contract/remuneration/publicRevenueApprovedByAssembly").asBoolean())
        .isTrue();
    assertThat(book.at("/entries/0/reverses").asText()).isEqualTo("M12");
    assertThat(book.at("/entries/0/trustee").asText()).isEqualTo("acme");
    assertThat(book.at("/tickets/0/reportedAt").asText())
        .isEqualTo("2024-03-05T20:10:00.123456789Z");
    assertThat(book.at("/tickets/0/resolvedAt").asText()).isEqualTo("2024-03-05T22:10:00-03:30");
    assertThat(TrustBookReader.strict().read(TrustBookWriter.indented().toBytes(everything)))
        .isEqualTo(everything);
  }

  @Test
  void amountsAreWrittenAtTheCurrencyScaleAndDecimalsAsGiven() throws Exception {
    TrustBook book =
        ImmutableTrustBook.copyOf(ExampleBooks.threeUnits())
            .withUnits(Unit.of("A", "100.5"), Unit.of("B", "80"), Unit.of("C", "120.5000"));
    JsonNode json = MAPPER.readTree(TrustBookWriter.compact().toBytes(book));
    assertThat(json.at("/units/0/areaM2").asText()).isEqualTo("100.5");
    assertThat(json.at("/units/1/areaM2").asText()).isEqualTo("80");
    assertThat(json.at("/units/2/areaM2").asText()).isEqualTo("120.5000");
    assertThat(json.at("/budget/0/amount").asText()).isEqualTo("1200.00");
    assertThat(json.at("/contract/remuneration/percent").asText()).isEqualTo("10");
  }

  @Test
  void outputIsUtf8WithoutAMarkEndingWithANewline(@TempDir Path dir) throws Exception {
    TrustBook book =
        ImmutableTrustBook.copyOf(ExampleBooks.threeUnits())
            .withCommunity(Community.of("three-units", "三户花园 \"Garden\""));
    byte[] bytes = TrustBookWriter.indented().toBytes(book);
    assertThat(bytes[0]).isEqualTo((byte) '{');
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\"name\": \"三户花园 \\\"Garden\\\"\"").doesNotContain("\r");
    Path file = dir.resolve("book.json");
    TrustBookWriter.indented().write(book, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void theIndentedFormIsStable() {
    String json = TrustBookWriter.indented().toJson(ExampleBooks.threeUnits());
    assertThat(json)
        .startsWith(
            "{\n  \"format\": \"trust-book/1\",\n  \"community\": {\n    \"id\": \"three-units\",\n");
    assertThat(json).contains("  \"handovers\": [],\n");
  }

  /**
   * The indented form of the three-units book, byte for byte, against a file committed with the
   * tests: checked by hand against FORMAT.md's key order (sections, then each object's fields as
   * its table lists them; a line's account, then its debit or credit, then unit, period, fee),
   * two-space indents, {@code \n} line ends whatever the machine's, and a final newline. Its
   * content is that of examples/three-units.json, but for the empty handovers written out.
   */
  @Test
  void theIndentedFormIsTheSameOnEveryMachine(@TempDir Path dir) throws Exception {
    byte[] expected = Resources.bytes("org/propertytrust/json/three-units.indented.json");
    byte[] written = TrustBookWriter.indented().toBytes(ExampleBooks.threeUnits());
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(expected);
    Path file = dir.resolve("three-units.json");
    TrustBookWriter.indented().write(ExampleBooks.threeUnits(), file);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    JsonNode reference = MAPPER.readTree(Resources.threeUnits());
    ((com.fasterxml.jackson.databind.node.ObjectNode) reference)
        .set("handovers", MAPPER.createArrayNode());
    assertThat(MAPPER.readTree(expected)).isEqualTo(reference);
  }

  @Test
  void aDateTheFormatCannotHoldIsRefused() {
    TrustBook book =
        ImmutableTrustBook.copyOf(ExampleBooks.threeUnits())
            .withDisclosures(
                org.propertytrust.core.statement.Disclosure.of(
                    java.time.YearMonth.of(10_000, 1), java.time.LocalDate.of(10_000, 2, 1)));
    assertThatThrownBy(() -> TrustBookWriter.compact().toBytes(book))
        .isInstanceOf(TrustException.class)
        .hasMessage("trust-book/1 holds years 0000 to 9999; cannot write 10000-01");
  }

  @Test
  void textThatIsNotValidUnicodeIsRefused() {
    TrustBook book =
        ImmutableTrustBook.copyOf(ExampleBooks.threeUnits())
            .withCommunity(Community.of("three-units", "bad \ud800 name"));
    assertThatThrownBy(() -> TrustBookWriter.compact().toBytes(book))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "text with an unpaired surrogate U+D800 cannot be written as UTF-8: \"bad \ud800 name\"");
  }
}
