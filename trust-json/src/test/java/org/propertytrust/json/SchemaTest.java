package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.service.ServiceLevels;

/**
 * The format's JSON Schema accepts the reference books and refuses malformed ones, states the
 * core's defaults, and lists for each object exactly the fields the reader reads and requires.
 */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(TrustBookFormat.schema());

  static List<Error> validate(JsonNode book) {
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

  // ---------------------------------------------------------------- amounts, remuneration, ids

  @Test
  void aZeroDebitOrCreditIsRefused() throws Exception {
    for (String zero : List.of("0.00", "0", "0.0", "000.000")) {
      ObjectNode debit = threeUnits();
      ((ObjectNode) debit.at("/entries/1/lines/0")).put("debit", zero);
      assertThat(validate(debit))
          .as(zero)
          .extracting(e -> e.getInstanceLocation().toString())
          .contains("/entries/1/lines/0/debit");
      ObjectNode credit = threeUnits();
      ((ObjectNode) credit.at("/entries/1/lines/1")).put("credit", zero);
      assertThat(validate(credit))
          .as(zero)
          .extracting(e -> e.getInstanceLocation().toString())
          .contains("/entries/1/lines/1/credit");
    }
    for (String positive : List.of("0.01", "1", "10.00", "999999999999999.99")) {
      ObjectNode book = threeUnits();
      ((ObjectNode) book.at("/entries/1/lines/0")).put("debit", positive);
      assertThat(validate(book)).as(positive).isEmpty();
    }
  }

  @Test
  void publicRevenueApprovalGoesWithAPercentOfCollectedOnly() throws Exception {
    ObjectNode percent = threeUnits();
    ((ObjectNode) percent.at("/contract/remuneration"))
        .put("publicRevenueApprovedByAssembly", true);
    assertThat(validate(percent)).isEmpty();
    ObjectNode fixed = threeUnits();
    ObjectNode remuneration = (ObjectNode) fixed.at("/contract/remuneration");
    remuneration.removeAll();
    remuneration.put("basis", "FIXED_MONTHLY").put("amount", "500.00");
    assertThat(validate(fixed)).isEmpty();
    remuneration.put("publicRevenueApprovedByAssembly", false);
    assertThat(validate(fixed))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/contract/remuneration");
  }

  /** The id pattern refuses exactly what the core's Ids refuses, for every character. */
  @Test
  void theIdPatternAgreesWithTheCoreForEveryCharacter() throws Exception {
    JsonNode defs = MAPPER.readTree(TrustBookFormat.schema()).get("$defs");
    Pattern id = Pattern.compile(defs.at("/id/pattern").asText());
    Pattern account = Pattern.compile(defs.at("/accountCode/pattern").asText());
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      for (String text : List.of(c + "x", "x" + c, "x" + c + "x", String.valueOf(c))) {
        assertThat(id.matcher(text).matches())
            .as("id %s (U+%04X)", Ids.printable(text), (int) c)
            .isEqualTo(Ids.isValid(text));
        assertThat(account.matcher(text).matches())
            .as("account code %s (U+%04X)", Ids.printable(text), (int) c)
            .isEqualTo(isAccountCode(text));
      }
    }
    ObjectNode ideographicSpace = threeUnits();
    ((ObjectNode) ideographicSpace.at("/units/0")).put("id", "\u3000A");
    assertThat(validate(ideographicSpace))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/units/0/id");
    ObjectNode noBreakSpace = threeUnits();
    ((ObjectNode) noBreakSpace.at("/units/0")).put("id", "\u00a0A");
    assertThat(validate(noBreakSpace)).isEmpty();
  }

  private static boolean isAccountCode(String code) {
    try {
      Account.of(code);
      return true;
    } catch (TrustException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- defaults

  /** Each default the schema states is the one the core gives a value read without the field. */
  @Test
  void theDefaultsAreTheCoresDefaults() throws Exception {
    JsonNode defs = MAPPER.readTree(TrustBookFormat.schema()).get("$defs");
    // three-units.json states no fund, service levels or public-revenue approval.
    TrustBook book = TrustBookReader.strict().read(Resources.threeUnits());
    assertThat(defs.at("/community/properties/currency/default").asText())
        .isEqualTo(Community.of("c", "n").currency().getCode());
    assertThat(defs.at("/expenditure/properties/fund/default").asText())
        .isEqualTo(book.expenditures().get(0).fund().name());
    JsonNode percent = defs.at("/remuneration/oneOf/1/properties/publicRevenueApprovedByAssembly");
    assertThat(percent.get("default").isBoolean()).isTrue();
    assertThat(percent.get("default").asBoolean())
        .isEqualTo(book.contract().remuneration().publicRevenueApprovedByAssembly());
    ServiceLevels levels = book.contract().serviceLevels();
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("registerMinutes", levels.registerMinutes());
    expected.put("onSiteMinutes", levels.onSiteMinutes());
    expected.put("smallFixHours", levels.smallFixHours());
    expected.put("planHours", levels.planHours());
    expected.put("followUpHours", levels.followUpHours());
    assertThat(expected)
        .containsExactly(
            Map.entry("registerMinutes", 5),
            Map.entry("onSiteMinutes", 40),
            Map.entry("smallFixHours", 3),
            Map.entry("planHours", 48),
            Map.entry("followUpHours", 168));
    JsonNode contractDefault = defs.at("/contract/properties/serviceLevels/default");
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertThat(defs.at("/serviceLevels/properties/" + e.getKey() + "/default").asInt())
          .as(e.getKey())
          .isEqualTo(e.getValue());
      assertThat(contractDefault.get(e.getKey()).asInt()).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(contractDefault.size()).isEqualTo(expected.size());
  }

  // ---------------------------------------------------------------- the reader's field lists

  /** The schema's objects, by their name under $defs ("" for the book), and the reader's lists. */
  private static Map<String, Fields> readerObjects() {
    Map<String, Fields> out = new LinkedHashMap<>();
    out.put("", BookReading.BOOK_FIELDS);
    out.put("community", Values.COMMUNITY_FIELDS);
    out.put("party", Values.PARTY_FIELDS);
    out.put("unit", Values.UNIT_FIELDS);
    out.put("fee", Values.FEE_FIELDS);
    out.put("remuneration", Values.REMUNERATION_FIELDS);
    out.put("approvalThresholds", Values.APPROVAL_THRESHOLDS_FIELDS);
    out.put("lateFee", Values.LATE_FEE_FIELDS);
    out.put("serviceLevels", Values.SERVICE_LEVELS_FIELDS);
    out.put("contract", Values.CONTRACT_FIELDS);
    out.put("handover", Values.HANDOVER_FIELDS);
    out.put("budgetLine", Values.BUDGET_LINE_FIELDS);
    out.put("line", Entries.LINE_FIELDS);
    out.put("entry", Entries.ENTRY_FIELDS);
    out.put("approval", Values.APPROVAL_FIELDS);
    out.put("expenditure", Values.EXPENDITURE_FIELDS);
    out.put("vote", Values.VOTE_FIELDS);
    out.put("unclearedItem", Values.UNCLEARED_ITEM_FIELDS);
    out.put("bankStatement", Values.BANK_STATEMENT_FIELDS);
    out.put("disclosure", Values.DISCLOSURE_FIELDS);
    out.put("ticket", Values.TICKET_FIELDS);
    return out;
  }

  @Test
  void everyObjectOfTheSchemaHasTheReadersFields() throws Exception {
    JsonNode schema = MAPPER.readTree(TrustBookFormat.schema());
    Map<String, Fields> reader = readerObjects();
    // Every object of the schema is paired with a list of the reader, and every list with one.
    List<String> objects = new ArrayList<>();
    objects.add("");
    schema
        .get("$defs")
        .fields()
        .forEachRemaining(
            d -> {
              JsonNode def = d.getValue();
              if (def.path("type").asText().equals("object") || def.has("oneOf")) {
                objects.add(d.getKey());
              }
            });
    assertThat(objects).containsExactlyInAnyOrderElementsOf(reader.keySet());
    assertThat(reader.values()).containsExactlyInAnyOrderElementsOf(allFieldLists());
    for (Map.Entry<String, Fields> e : reader.entrySet()) {
      JsonNode def = e.getKey().isEmpty() ? schema : schema.get("$defs").get(e.getKey());
      Fields fields = e.getValue();
      List<JsonNode> shapes = new ArrayList<>();
      if (def.has("properties")) {
        shapes.add(def); // a oneOf beside properties (a line's debit or credit) only constrains
      } else {
        def.get("oneOf").forEach(shapes::add);
      }
      // One list of the reader serves every alternative: their properties together are its
      // fields, and what they all require is what it requires.
      Set<String> properties = new LinkedHashSet<>();
      Set<String> required = null;
      for (JsonNode shape : shapes) {
        assertThat(shape.path("additionalProperties").asBoolean(true))
            .as("%s refuses unknown fields", e.getKey())
            .isFalse();
        List<String> names = keys(shape.get("properties"));
        if (shapes.size() == 1) {
          assertThat(names).as("%s properties", e.getKey()).containsExactly(fields.names());
        }
        properties.addAll(names);
        Set<String> these = new LinkedHashSet<>();
        shape.path("required").forEach(r -> these.add(r.asText()));
        if (required == null) {
          required = these;
        } else {
          required.retainAll(these);
        }
      }
      assertThat(properties)
          .as("%s properties", e.getKey())
          .containsExactlyInAnyOrder(fields.names());
      assertThat(required)
          .as("%s required", e.getKey())
          .containsExactlyInAnyOrderElementsOf(fields.requiredNames());
    }
  }

  @Test
  void theEntryReadersBitsFollowItsFieldLists() {
    String[] entry = Entries.ENTRY_FIELDS.names();
    for (int i = 0; i < entry.length; i++) {
      assertThat(Entries.entryBit(entry[i])).as(entry[i]).isEqualTo(1 << i);
    }
    String[] line = Entries.LINE_FIELDS.names();
    for (int i = 0; i < line.length; i++) {
      assertThat(Entries.lineBit(line[i])).as(line[i]).isEqualTo(1 << i);
    }
    assertThat(Entries.entryBit("note")).isZero();
    assertThat(Entries.lineBit("note")).isZero();
  }

  private static List<String> keys(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Every list of fields the reader declares, found by reflection so that none is missed. */
  private static List<Fields> allFieldLists() throws IllegalAccessException {
    List<Fields> out = new ArrayList<>();
    for (Class<?> type : List.of(BookReading.class, Values.class, Entries.class)) {
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Fields.class) {
          f.setAccessible(true);
          out.add((Fields) f.get(null));
        }
      }
    }
    return out;
  }
}
