package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;

/** The Jackson module: the format's shapes for every core value, through an ObjectMapper. */
class TrustModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new TrustModule());

  @Test
  void theModuleIsFoundAsAServiceProvider() {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains("PropertyTrustModule");
    assertThat(new TrustModule().version().toString()).startsWith("0.1.0");
  }

  @Test
  void moneyOnItsOwnCarriesItsCurrency() throws Exception {
    Money money = Money.parse("CNY 120.50");
    assertThat(mapper.writeValueAsString(money))
        .isEqualTo("{\"amount\":\"120.50\",\"currency\":\"CNY\"}");
    assertThat(mapper.readValue("{\"currency\":\"JPY\",\"amount\":\"-5\"}", Money.class))
        .isEqualTo(Money.parse("JPY -5"));
    assertThat(mapper.readValue("{\"amount\":\"1.5\",\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.parse("USD 1.50"));
  }

  @Test
  void moneyWithMoreDecimalsThanItsCurrencyIsRefused() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> mapper.readValue("{\"amount\":\"1.5\",\"currency\":\"JPY\"}", Money.class));
    assertThat(e.getCause()).isInstanceOf(BookReadException.class);
    assertThat(((BookReadException) e.getCause()).problems())
        .containsExactly(
            ReadProblem.of(
                "/amount", "amount \"1.5\" has 1 decimals; at most 0 are allowed in JPY"));
    catchThrowableOfType(
        MismatchedInputException.class,
        () -> mapper.readValue("{\"amount\":120.5,\"currency\":\"CNY\"}", Money.class));
  }

  @Test
  void periodsAccountsAndPercentsAreStrings() throws Exception {
    assertThat(mapper.writeValueAsString(YearMonth.of(2024, 2))).isEqualTo("\"2024-02\"");
    assertThat(mapper.readValue("\"2024-02\"", YearMonth.class)).isEqualTo(YearMonth.of(2024, 2));
    assertThat(mapper.writeValueAsString(Account.of("income:property")))
        .isEqualTo("\"income:property\"");
    assertThat(mapper.readValue("\"due:oldco\"", Account.class)).isEqualTo(Account.due("oldco"));
    assertThat(mapper.readValue("\"2.5\"", Percent.class)).isEqualTo(Percent.parse("2.5"));
    catchThrowableOfType(
        MismatchedInputException.class, () -> mapper.readValue("\"2024-13\"", YearMonth.class));
  }

  @Test
  void enumsAreReadByNameOnlyNeverByNumber() throws Exception {
    assertThat(mapper.readValue("\"SUPERVISOR\"", Role.class)).isEqualTo(Role.SUPERVISOR);
    catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue("1", Role.class));
    catchThrowableOfType(
        MismatchedInputException.class, () -> mapper.readValue("\"supervisor\"", Role.class));
  }

  @Test
  void valuesUseTheFormatsShapes() throws Exception {
    Entry e2 = ExampleBooks.threeUnitsEntries().get(1);
    String json = mapper.writeValueAsString(e2);
    assertThat(json)
        .isEqualTo(
            "{\"id\":\"E2\",\"date\":\"2024-01-10\",\"kind\":\"PAYMENT\",\"lines\":["
                + "{\"account\":\"cash\",\"debit\":\"150.00\"},"
                + "{\"account\":\"receivable\",\"credit\":\"150.00\",\"unit\":\"A\","
                + "\"period\":\"2024-01\",\"fee\":\"property\"}]}");
    assertThat(mapper.readValue(json, Entry.class)).isEqualTo(e2);
    Unit unit = ExampleBooks.mapleCourt().units().get(2);
    assertThat(mapper.readValue(mapper.writeValueAsString(unit), Unit.class)).isEqualTo(unit);
  }

  @Test
  void amountsInsideValuesTakeTheCurrencyAttribute() throws Exception {
    Line yen = Line.debit(Account.CASH, Money.parse("JPY 1500"));
    String json =
        mapper
            .writer()
            .withAttribute(TrustModule.CURRENCY, CurrencyUnit.of("JPY"))
            .writeValueAsString(yen);
    assertThat(json).isEqualTo("{\"account\":\"cash\",\"debit\":\"1500\"}");
    assertThat(
            mapper
                .readerFor(Line.class)
                .withAttribute(TrustModule.CURRENCY, CurrencyUnit.of("JPY"))
                .<Line>readValue(json))
        .isEqualTo(yen);
    JsonMappingException lost =
        catchThrowableOfType(JsonMappingException.class, () -> mapper.writeValueAsString(yen));
    assertThat(lost).hasMessageContaining("debit JPY 1500 cannot be written in a book kept in CNY");
  }

  @Test
  void aValueThatCannotBeReadListsEveryProblem() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () ->
                mapper.readValue(
                    "{\"id\":\"E1\",\"date\":\"2024-02-30\",\"kind\":\"X\",\"lines\":[]}",
                    Entry.class));
    assertThat(((BookReadException) e.getCause()).problems())
        .extracting(ReadProblem::path)
        .containsExactly("/date", "/kind");
  }

  @Test
  void unknownFieldsFollowFailOnUnknownProperties() throws Exception {
    String json = "{\"id\":\"A\",\"areaM2\":\"1.00\",\"floor\":3}";
    catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(json, Unit.class));
    ObjectMapper tolerant =
        new ObjectMapper()
            .registerModule(new TrustModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(tolerant.readValue(json, Unit.class)).isEqualTo(Unit.of("A", "1.00"));
  }

  @Test
  void wholeBooksReadAndWriteAsTheReaderAndWriterDo() throws Exception {
    assertThat(mapper.readValue(Resources.mapleCourt(), TrustBook.class))
        .isEqualTo(ExampleBooks.mapleCourt());
    assertThat(mapper.readValue(StreamingTest.entriesFirst(), TrustBook.class))
        .isEqualTo(ExampleBooks.threeUnits());
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () ->
                mapper.readValue(
                    Resources.threeUnits().replace("\"2024-01-10\"", "\"2024-01-32\""),
                    TrustBook.class));
    assertThat(((BookReadException) e.getCause()).problems())
        .containsExactly(
            ReadProblem.of(
                "/entries/1/date", "\"2024-01-32\" is not a date: 2024-01 has days 01 to 31"));
  }

  @Test
  void aBookInsideAnotherDocumentIsFoundByItsType() throws Exception {
    String json = "{\"books\":[" + Resources.threeUnits() + "]}";
    Holder holder = mapper.readValue(json, Holder.class);
    assertThat(holder.books).containsExactly(ExampleBooks.threeUnits());
    String bad = json.replace("\"2024-01-10\"", "\"2024-01-32\"");
    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(bad, Holder.class));
    assertThat(e).hasMessageContaining("/books/0/entries/1/date: \"2024-01-32\" is not a date");
    assertThat(mapper.readValue("[\"CHARGE\"]", EntryKind[].class))
        .containsExactly(EntryKind.CHARGE);
  }

  @Test
  void readProblemsPrintAsPathAndMessage() throws Exception {
    assertThat(mapper.writeValueAsString(ReadProblem.of("/entries/7/lines/1/debit", "bad")))
        .isEqualTo("{\"path\":\"/entries/7/lines/1/debit\",\"message\":\"bad\"}");
  }

  /** A document of the application's own that holds books. */
  static final class Holder {
    public List<TrustBook> books;
  }
}
