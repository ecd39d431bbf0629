package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.fixtures.ExampleBooks;

/**
 * One test per kind of read error: the exact JSON path and message, as FORMAT.md's reading rules
 * require (the path, the offending value, what was expected), and no book returned.
 */
class ReadErrorsTest {
  private static final String UNIT_A = "{ \"id\": \"A\", \"areaM2\": \"100.00\" }";
  private static final String E1_LINE_0 =
      "{ \"account\": \"receivable\", \"unit\": \"A\", \"period\": \"2024-01\", \"fee\": \"property\","
          + " \"debit\": \"150.00\" }";
  private static final String E2_LINE_0 = "{ \"account\": \"cash\", \"debit\": \"150.00\" }";
  private static final String BUDGET =
      "{ \"year\": 2024, \"line\": \"cleaning\", \"amount\": \"1200.00\" }";

  /** three-units.json with the first occurrence of a snippet replaced. */
  static String threeUnits(String from, String to) {
    String book = Resources.threeUnits();
    assertThat(book).contains(from);
    return book.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  static List<ReadProblem> problems(String json) {
    return problems(TrustBookReader.strict(), json);
  }

  static List<ReadProblem> problems(TrustBookReader reader, String json) {
    BookReadException e = catchThrowableOfType(BookReadException.class, () -> reader.read(json));
    assertThat(e).as("the read must fail").isNotNull();
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    return e.problems();
  }

  static List<ReadProblem> problems(TrustBookReader reader, byte[] json) {
    BookReadException e = catchThrowableOfType(BookReadException.class, () -> reader.read(json));
    assertThat(e).as("the read must fail").isNotNull();
    return e.problems();
  }

  static ReadProblem problem(String path, String message) {
    return ReadProblem.of(path, message);
  }

  @Nested
  class MalformedJson {
    @Test
    void aSyntaxErrorNamesThePlaceAndWhatWasExpected() {
      List<ReadProblem> found = problems(threeUnits(UNIT_A, "{ \"id\": \"A\", }"));
      assertThat(found).hasSize(1);
      // The parser is still in the field before the stray comma when it finds the error.
      assertThat(found.get(0).path()).isEqualTo("/units/0/id");
      assertThat(found.get(0).message())
          .startsWith("malformed JSON at line 12, column 18: Unexpected character ('}' (code 125))")
          .contains("was expecting double-quote to start field name");
    }

    @Test
    void nanIsNotJson() {
      List<ReadProblem> found =
          problems(threeUnits(E2_LINE_0, "{ \"account\": \"cash\", \"debit\": NaN }"));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).path()).isEqualTo("/entries/1/lines/0/debit");
      assertThat(found.get(0).message())
          .contains("Non-standard token 'NaN'")
          .endsWith("(NaN and Infinity are not JSON; amounts are decimal strings)");
    }

    @Test
    void anEmptyInputIsAClearError() {
      assertThat(problems(""))
          .containsExactly(
              problem("", "the input is empty; expected a trust book (a JSON object)"));
      assertThat(problems(" \n\t "))
          .containsExactly(
              problem("", "the input is empty; expected a trust book (a JSON object)"));
    }

    @Test
    void aTruncatedInputIsAClearError() {
      String book = Resources.threeUnits();
      List<ReadProblem> found = problems(book.substring(0, book.indexOf("\"expenditures\"")));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).message())
          .startsWith("the input ends too early (is the book truncated?) at line ");
    }

    @Test
    void aBookTruncatedInsideItsEntriesIsReportedOnceAtTheEntry() {
      String book = Resources.threeUnits();
      byte[] truncated = book.substring(0, book.indexOf("E5")).getBytes(StandardCharsets.UTF_8);
      List<ReadProblem> found = problems(TrustBookReader.strict(), truncated);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).path()).isEqualTo("/entries/4/id");
      assertThat(found.get(0).message())
          .startsWith("the input ends too early (is the book truncated?) at line 43, column 14");
    }

    @Test
    void invalidUtf8IsAClearError() {
      byte[] book =
          threeUnits("Three Units Garden", "Three Units G?rden").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < book.length; i++) {
        if (book[i] == '?') {
          book[i] = (byte) 0xFF;
        }
      }
      List<ReadProblem> found = problems(TrustBookReader.strict(), book);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).path()).isEqualTo("/community/name");
      assertThat(found.get(0).message())
          .startsWith("malformed JSON at line 3, column ")
          .endsWith(": Invalid UTF-8 start byte 0xff");
    }

    @Test
    void aBookIsOneJsonObject() {
      assertThat(problems("[]"))
          .containsExactly(problem("", "a trust book is a JSON object; found an array"));
      assertThat(problems(Resources.threeUnits() + "{}"))
          .containsExactly(
              problem("", "the book must be a single JSON object; more follows its closing brace"));
    }
  }

  @Nested
  class Encoding {
    @Test
    void aUtf8ByteOrderMarkIsAcceptedAndSkipped() {
      byte[] text = Resources.bytes("examples/three-units.json");
      byte[] withBom = new byte[text.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(text, 0, withBom, 3, text.length);
      assertThat(TrustBookReader.strict().read(withBom)).isEqualTo(ExampleBooks.threeUnits());
      assertThat(TrustBookReader.strict().read("\uFEFF" + Resources.threeUnits()))
          .isEqualTo(ExampleBooks.threeUnits());
    }

    @Test
    void utf16IsRefused() {
      byte[] utf16 = Resources.threeUnits().getBytes(StandardCharsets.UTF_16);
      assertThat(problems(TrustBookReader.strict(), utf16))
          .containsExactly(
              problem("", "the book is UTF-16 (byte-order mark FE FF); trust-book/1 is UTF-8"));
      byte[] noMark = Resources.threeUnits().getBytes(StandardCharsets.UTF_16LE);
      assertThat(problems(TrustBookReader.strict(), noMark))
          .containsExactly(
              problem(
                  "",
                  "the book starts with a NUL byte (UTF-16 or UTF-32 text?); trust-book/1 is UTF-8"));
    }
  }

  @Nested
  class Types {
    @Test
    void aWrongTypeNamesWhatWasExpectedAndWhatWasFound() {
      assertThat(problems(threeUnits("\"name\": \"Three Units Garden\"", "\"name\": 5")))
          .containsExactly(
              problem(
                  "/community/name",
                  "expected a string (the community's name), found the number 5"));
      assertThat(problems(threeUnits("\"dueDay\": 15", "\"dueDay\": \"15\"")))
          .containsExactly(
              problem(
                  "/contract/fees/0/dueDay",
                  "expected an integer (dueDay), found the string \"15\""));
      assertThat(
              problems(
                  threeUnits("\"units\": [", "\"units\": {\"a\": [")
                      .replace(
                          "{ \"id\": \"C\", \"areaM2\": \"120.50\" }\n  ],",
                          "{ \"id\": \"C\", \"areaM2\": \"120.50\" }\n  ]},")))
          .containsExactly(problem("/units", "expected an array of units, found an object"));
    }

    @Test
    void aFloatWhereAnAmountIsRequiredIsAnError() {
      assertThat(problems(threeUnits(E2_LINE_0, "{ \"account\": \"cash\", \"debit\": 120.5 }")))
          .containsExactly(
              problem(
                  "/entries/1/lines/0/debit",
                  "expected a decimal string such as \"120.50\" (debit; amounts are strings, never JSON"
                      + " numbers), found the number 120.5"));
    }

    @Test
    void anIntegerOutOfRangeIsAnError() {
      assertThat(problems(threeUnits("\"dueDay\": 15", "\"dueDay\": 32")))
          .containsExactly(
              problem("/contract/fees/0/dueDay", "dueDay 32 is out of range; expected 1 to 31"));
      assertThat(problems(threeUnits("\"dueDay\": 15", "\"dueDay\": 15.0")))
          .containsExactly(
              problem(
                  "/contract/fees/0/dueDay",
                  "expected an integer (dueDay), found the number 15.0"));
    }

    @Test
    void anUnknownEnumValueListsTheValidOnes() {
      assertThat(problems(threeUnits("\"kind\": \"PAYMENT\"", "\"kind\": \"PAYMENTS\"")))
          .containsExactly(
              problem(
                  "/entries/1/kind",
                  "\"PAYMENTS\" is not a valid entry kind; expected one of OPENING, CHARGE, PAYMENT,"
                      + " PREPAYMENT_APPLIED, WAIVER, LATE_FEE, PUBLIC_INCOME, EXPENDITURE,"
                      + " REMUNERATION, TRANSFER, REFUND, REVERSAL, HANDOVER"));
      assertThat(problems(threeUnits("\"role\": \"VENDOR\"", "\"role\": \"vendor\"")))
          .containsExactly(
              problem(
                  "/parties/4/role",
                  "\"vendor\" is not a valid role; expected one of ASSEMBLY, COMMITTEE, TRUSTEE,"
                      + " SUPERVISOR, VENDOR, BANK"));
    }
  }

  @Nested
  class UnknownFields {
    private final String withExtra =
        threeUnits(UNIT_A, "{ \"id\": \"A\", \"areaM2\": \"100.00\", \"floor\": { \"n\": [3] } }");

    @Test
    void strictReadingRejectsThem() {
      assertThat(problems(withExtra))
          .containsExactly(
              problem(
                  "/units/0/floor", "unknown field \"floor\"; expected one of id, areaM2, owner"));
      assertThat(problems(threeUnits("\"format\"", "\"comment\": \"x\", \"format\"")))
          .hasSize(1)
          .first()
          .satisfies(p -> assertThat(p.path()).isEqualTo("/comment"));
    }

    @Test
    void lenientReadingWarnsAndDropsThem() {
      try (BookStream stream =
          TrustBookReader.lenient()
              .open(new java.io.ByteArrayInputStream(withExtra.getBytes(StandardCharsets.UTF_8)))) {
        assertThat(stream.book()).isEqualTo(ExampleBooks.threeUnits());
        assertThat(stream.warnings())
            .containsExactly(problem("/units/0/floor", "unknown field \"floor\" was ignored"));
      }
      assertThat(TrustBookReader.lenient().read(withExtra)).isEqualTo(ExampleBooks.threeUnits());
    }

    @Test
    void lenientReadingReturnsTheWarningsFoundInsideEntries() throws Exception {
      // Unknown fields in a unit, in an entry's line, and at the top level after the entries: the
      // header pass finds the first and the last, the entries pass the middle one.
      String book =
          withExtra
              .replace(E2_LINE_0, "{ \"account\": \"cash\", \"debit\": \"150.00\", \"note\": 1 }")
              .replace("\"expenditures\": [", "\"zzz\": true, \"expenditures\": [");
      List<ReadProblem> expected =
          List.of(
              problem("/units/0/floor", "unknown field \"floor\" was ignored"),
              problem("/entries/1/lines/0/note", "unknown field \"note\" was ignored"),
              problem("/zzz", "unknown field \"zzz\" was ignored"));
      TrustBookReader lenient = TrustBookReader.lenient();
      byte[] bytes = book.getBytes(StandardCharsets.UTF_8);
      java.nio.file.Path file = java.nio.file.Files.createTempFile("lenient-", ".json");
      try {
        java.nio.file.Files.write(file, bytes);
        for (ReadResult read :
            List.of(
                lenient.readWithWarnings(book),
                lenient.readWithWarnings(bytes),
                lenient.readWithWarnings(new java.io.ByteArrayInputStream(bytes)),
                lenient.readWithWarnings(file))) {
          assertThat(read.book()).isEqualTo(ExampleBooks.threeUnits());
          assertThat(read.warnings()).containsExactlyElementsOf(expected);
        }
        try (BookStream stream = lenient.open(file)) {
          // Before a pass over the entries, only the warnings outside them are known.
          assertThat(stream.warnings()).containsExactly(expected.get(0), expected.get(2));
          stream.forEachEntry((index, entry) -> {});
          assertThat(stream.warnings()).containsExactlyElementsOf(expected);
          // A second pass finds the same, not twice as many.
          stream.forEachEntry((index, entry) -> {});
          assertThat(stream.warnings()).containsExactlyElementsOf(expected);
        }
      } finally {
        java.nio.file.Files.delete(file);
      }
      assertThat(TrustBookReader.strict().readWithWarnings(Resources.threeUnits()))
          .isEqualTo(ReadResult.of(ExampleBooks.threeUnits(), List.of()));
    }

    @Test
    void lenientReadingStillRejectsDuplicateKeysInsideDroppedFields() {
      String book =
          threeUnits(
              UNIT_A, "{ \"id\": \"A\", \"areaM2\": \"100.00\", \"x\": { \"k\": 1, \"k\": 2 } }");
      assertThat(problems(TrustBookReader.lenient(), book))
          .containsExactly(
              problem("/units/0/x/k", "duplicate key \"k\": a key may appear only once"));
    }
  }

  @Nested
  class Amounts {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "1e5        | has 'e' at position 2; expected only digits and one point (no exponent, sign or spaces)",
          "1e1000000  | has 'e' at position 2; expected only digits and one point (no exponent, sign or spaces)",
          "1,200.00   | has ',' at position 2; expected only digits and one point (no exponent, sign or spaces)",
          "+1200.00   | must start with a digit (a decimal string such as \"120.50\")",
          ".50        | must start with a digit (a decimal string such as \"120.50\")",
          "12.        | must have digits after the point",
          "0x10       | has 'x' at position 2; expected only digits and one point (no exponent, sign or spaces)",
          "NaN        | must start with a digit (a decimal string such as \"120.50\")",
          "1234567890123456 | has 16 digits before the point; at most 15",
        })
    void aMalformedAmountIsRefusedLexically(String amount, String why) {
      assertThat(problems(threeUnits(BUDGET, BUDGET.replace("1200.00", amount))))
          .containsExactly(problem("/budget/0/amount", "budget amount \"" + amount + "\" " + why));
    }

    @Test
    void anEmptyOrSpacedAmountIsRefused() {
      assertThat(problems(threeUnits(BUDGET, BUDGET.replace("1200.00", ""))))
          .containsExactly(problem("/budget/0/amount", "budget amount \"\" must not be empty"));
      assertThat(problems(threeUnits(BUDGET, BUDGET.replace("1200.00", " 1200.00"))))
          .containsExactly(
              problem(
                  "/budget/0/amount",
                  "budget amount \" 1200.00\" must start with a digit (a decimal string such as"
                      + " \"120.50\")"));
    }

    @Test
    void aMillionDigitsCostNothing() {
      String digits = "9".repeat(1_000_000);
      List<ReadProblem> byDefault = problems(threeUnits(BUDGET, BUDGET.replace("1200.00", digits)));
      assertThat(byDefault).hasSize(1);
      assertThat(byDefault.get(0).message())
          .startsWith("the book exceeds a read limit")
          .contains("read option maxStringLength");
      TrustBookReader roomy =
          TrustBookReader.withOptions(ReadOptions.builder().maxStringLength(2_000_000).build());
      assertThat(problems(roomy, threeUnits(BUDGET, BUDGET.replace("1200.00", digits))))
          .containsExactly(
              problem(
                  "/budget/0/amount",
                  "budget amount \""
                      + "9".repeat(57)
                      + "...\" (1000000 characters) is 1000000 characters long; at most 40 are"
                      + " allowed"));
    }

    @Test
    void moreDecimalsThanTheCurrencyAllowsIsAnError() {
      assertThat(problems(threeUnits(E2_LINE_0, E2_LINE_0.replace("150.00", "150.005"))))
          .containsExactly(
              problem(
                  "/entries/1/lines/0/debit",
                  "debit \"150.005\" has 3 decimals; at most 2 are allowed in CNY"));
      String yen = threeUnits("\"currency\": \"CNY\"", "\"currency\": \"JPY\"");
      assertThat(problems(yen))
          .contains(
              problem(
                  "/budget/0/amount",
                  "budget amount \"1200.00\" has 2 decimals; at most 0 are allowed in JPY"));
    }

    @Test
    void fewerDecimalsAreNormalisedToTheCurrencyScale() {
      String book = threeUnits(BUDGET, BUDGET.replace("1200.00", "1200.5"));
      assertThat(TrustBookReader.strict().read(book).budget().get(0).amount())
          .isEqualTo(ExampleBooks.cny("1200.50"));
      assertThat(TrustBookWriter.compact().toJson(TrustBookReader.strict().read(book)))
          .contains("\"amount\":\"1200.50\"");
    }

    @Test
    void aNegativeDebitOrCreditIsAnError() {
      assertThat(problems(threeUnits(E2_LINE_0, E2_LINE_0.replace("150.00", "-150.00"))))
          .containsExactly(
              problem("/entries/1/lines/0/debit", "debit \"-150.00\" must not be negative"));
      assertThat(problems(threeUnits(E2_LINE_0, E2_LINE_0.replace("150.00", "0.00"))))
          .containsExactly(problem("/entries/1/lines/0/debit", "debit \"0.00\" must be positive"));
    }

    @Test
    void unclearedAmountsAreSigned() {
      assertThat(
              TrustBookReader.strict()
                  .read(Resources.mapleCourt())
                  .bankStatements()
                  .get(0)
                  .uncleared()
                  .get(0)
                  .amount())
          .isEqualTo(ExampleBooks.cny("-800.00"));
    }

    @Test
    void aLineHasExactlyOneOfDebitAndCredit() {
      assertThat(
              problems(
                  threeUnits(
                      E2_LINE_0,
                      "{ \"account\": \"cash\", \"debit\": \"150.00\", \"credit\": \"150.00\" }")))
          .containsExactly(
              problem(
                  "/entries/1/lines/0",
                  "a line has exactly one of debit and credit; this one has both"));
      assertThat(problems(threeUnits(E2_LINE_0, "{ \"account\": \"cash\" }")))
          .containsExactly(
              problem(
                  "/entries/1/lines/0",
                  "a line has exactly one of debit and credit; this one has neither"));
    }
  }

  @Nested
  class DatesAndMonths {
    @Test
    void anImpossibleDateIsAnError() {
      assertThat(problems(threeUnits("\"2024-01-10\"", "\"2024-02-30\"")))
          .containsExactly(
              problem(
                  "/entries/1/date", "\"2024-02-30\" is not a date: 2024-02 has days 01 to 29"));
      assertThat(problems(threeUnits("\"2024-01-10\"", "\"2024-1-10\"")))
          .containsExactly(
              problem(
                  "/entries/1/date",
                  "\"2024-1-10\" is not a date; expected YYYY-MM-DD (entry date)"));
    }

    @Test
    void aBadMonthIsAnError() {
      assertThat(problems(threeUnits("\"period\": \"2024-01\"", "\"period\": \"2024-13\"")))
          .containsExactly(
              problem(
                  "/entries/0/lines/0/period",
                  "\"2024-13\" is not a month: month 13 is not 01 to 12"));
      assertThat(problems(threeUnits("\"period\": \"2024-01\"", "\"period\": \"2024-01-01\"")))
          .containsExactly(
              problem(
                  "/entries/0/lines/0/period",
                  "\"2024-01-01\" is not a month; expected YYYY-MM (line period)"));
    }

    @Test
    void anInstantNeedsItsOffset() {
      assertThat(problems(threeUnits("\"2024-02-03T09:03:00+08:00\"", "\"2024-02-03T09:03:00\"")))
          .containsExactly(
              problem(
                  "/tickets/0/registeredAt",
                  "\"2024-02-03T09:03:00\" is not a date-time with offset; expected"
                      + " YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z or +HH:MM (registeredAt)"));
    }
  }

  @Nested
  class Structure {
    @Test
    void aMissingRequiredSectionOrFieldIsAnError() {
      String noContract =
          Resources.threeUnits()
              .replaceFirst("(?s)\"contract\": \\{.*?\"disclosureDays\": 10\\s*},", "");
      assertThat(problems(noContract))
          .containsExactly(problem("/contract", "required section \"contract\" is missing"));
      assertThat(problems(threeUnits(UNIT_A, "{ \"id\": \"A\" }")))
          .containsExactly(problem("/units/0/areaM2", "required field \"areaM2\" is missing"));
    }

    @Test
    void theFormatMustBeExactlyTrustBook1() {
      assertThat(problems(threeUnits("\"trust-book/1\"", "\"trust-book/2\"")))
          .containsExactly(
              problem(
                  "/format",
                  "unsupported format \"trust-book/2\"; this reader reads \"trust-book/1\" only"));
      assertThat(problems(threeUnits("\"format\": \"trust-book/1\",", "")))
          .containsExactly(problem("/format", "required section \"format\" is missing"));
      assertThat(problems(threeUnits("\"trust-book/1\"", "1")))
          .containsExactly(
              problem("/format", "expected a string (\"trust-book/1\"), found the number 1"));
    }

    @Test
    void aDuplicateKeyIsAnErrorNotLastWins() {
      assertThat(problems(threeUnits("\"id\": \"E2\",", "\"id\": \"E2\", \"id\": \"E2b\",")))
          .containsExactly(
              problem(
                  "/entries/1/id",
                  "duplicate key \"id\": a key may appear only once in an object"));
      assertThat(problems(threeUnits("\"votes\": [],", "\"votes\": [], \"votes\": [],")))
          .containsExactly(
              problem(
                  "/votes", "duplicate key \"votes\": a key may appear only once in an object"));
      assertThat(
              problems(
                  threeUnits(
                      UNIT_A, "{ \"id\": \"A\", \"areaM2\": \"100.00\", \"areaM2\": \"1.00\" }")))
          .containsExactly(
              problem(
                  "/units/0/areaM2",
                  "duplicate key \"areaM2\": a key may appear only once in an object"));
    }

    @Test
    void duplicateIdsWithinASectionAreErrors() {
      assertThat(problems(threeUnits("{ \"id\": \"B\", \"areaM2\"", "{ \"id\": \"A\", \"areaM2\"")))
          .containsExactly(
              problem(
                  "/units/1/id",
                  "unit id \"A\" appears twice (first at /units/0); it must be unique"));
      assertThat(problems(threeUnits("\"id\": \"cleanco\"", "\"id\": \"owners\"")))
          .containsExactly(
              problem(
                  "/parties/4/id",
                  "party id \"owners\" appears twice (first at /parties/0); it must be unique"));
      String twoTickets =
          threeUnits(
              "\"tickets\": [",
              "\"tickets\": [ { \"id\": \"T1\", \"unit\": \"A\", \"kind\": \"SMALL\", \"reportedAt\": \"2024-01-01T00:00:00Z\" },");
      assertThat(problems(twoTickets))
          .containsExactly(
              problem(
                  "/tickets/1/id",
                  "ticket id \"T1\" appears twice (first at /tickets/0); it must be unique"));
    }

    @Test
    void anIdWithAControlCharacterIsAnError() {
      assertThat(problems(threeUnits(UNIT_A, "{ \"id\": \"A\\u0007\", \"areaM2\": \"100.00\" }")))
          .containsExactly(
              problem(
                  "/units/0/id", "unit id must not contain control character U+0007: A\\u0007"));
    }

    @Test
    void whatTheCoreRefusesIsAnErrorAtTheObjectBeingBuilt() {
      assertThat(problems(threeUnits(UNIT_A, "{ \"id\": \"A\", \"areaM2\": \"0\" }")))
          .containsExactly(problem("/units/0", "unit A areaM2 must be positive: 0"));
      assertThat(problems(threeUnits("\"trustee\": \"acme\"", "\"trustee\": \"cleanco\"")))
          .containsExactly(
              problem(
                  "/contract/trustee",
                  "contract trustee \"cleanco\" must be a TRUSTEE, not a VENDOR"));
      assertThat(
              problems(
                  threeUnits(
                      "\"registeredAt\": \"2024-02-03T09:03:00+08:00\"",
                      "\"registeredAt\": \"2024-02-03T08:03:00+08:00\"")))
          .containsExactly(
              problem(
                  "/tickets/0",
                  "ticket T1 reaches REGISTER at 2024-02-03T08:03+08:00, before it was reported at"
                      + " 2024-02-03T09:00+08:00"));
      TrustException core = new TrustException("x");
      assertThat(core).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownCurrencyIsAnError() {
      assertThat(problems(threeUnits("\"currency\": \"CNY\"", "\"currency\": \"XYZ\"")))
          .containsExactly(
              problem(
                  "/community/currency",
                  "\"XYZ\" is not a known ISO 4217 currency code; expected one such as \"CNY\""));
    }

    @Test
    void aCurrencyOfMoreDecimalsThanTheLedgerHoldsIsAnError() {
      // CLF has 4 decimals: 999999999999999.9999 is 10^19 - 1 minor units, past a long's
      // 9223372036854775807; read as a long it would wrap to a negative balance.
      String book =
          threeUnits("\"currency\": \"CNY\"", "\"currency\": \"CLF\"")
              .replace(
                  "\"closingBalance\": \"263.00\"", "\"closingBalance\": \"999999999999999.9999\"");
      assertThat(problems(book))
          .containsExactly(
              problem(
                  "/community/currency",
                  "currency CLF has 4 decimal places; a book can be kept only in a currency of at"
                      + " most 3, so that amounts of up to 15 digits before the point fit in 64-bit"
                      + " minor units"),
              problem(
                  "/bankStatements/0/closingBalance",
                  "closingBalance \"999999999999999.9999\" is too large in CLF: its 4 decimals make"
                      + " more minor units than 64 bits hold"));
      // The other amounts, of 2 decimals, are within CLF's 4: only the currency is wrong.
      assertThat(problems(threeUnits("\"currency\": \"CNY\"", "\"currency\": \"CLF\"")))
          .extracting(ReadProblem::path)
          .containsExactly("/community/currency");
    }

    @Test
    void aTextWithAnUnpairedSurrogateIsAnError() {
      assertThat(problems(threeUnits("\"Clean Co.\"", "\"Clean \\ud800Co.\"")))
          .containsExactly(
              problem(
                  "/parties/4/name",
                  "the string \"Clean \ud800Co.\" has an unpaired surrogate U+D800; text must be"
                      + " valid Unicode"));
    }
  }

  @Nested
  class Limits {
    @Test
    void nestingTooDeepNamesTheLimit() {
      String deep = "[".repeat(100) + "]".repeat(100);
      List<ReadProblem> found =
          problems(
              TrustBookReader.lenient(),
              threeUnits("\"format\"", "\"x\": " + deep + ", \"format\""));
      assertThat(found).hasSize(1);
      // The top-level object is depth 1 and "x" depth 2: the 64th array, depth 65, is refused
      // where it would start, element 0 of the 63rd array.
      assertThat(found.get(0).path()).isEqualTo("/x" + "/0".repeat(63));
      assertThat(found.get(0).message())
          .startsWith("the book exceeds a read limit at line 2, column ")
          .endsWith(
              "Document nesting depth (65) exceeds the maximum allowed (64, read option"
                  + " maxNestingDepth)");
    }

    @Test
    void aNameTooLongNamesTheLimitAtTheObjectHoldingIt() {
      TrustBookReader reader =
          TrustBookReader.withOptions(ReadOptions.builder().maxNameLength(20).build());
      List<ReadProblem> found =
          problems(
              reader,
              threeUnits(
                  UNIT_A,
                  "{ \"id\": \"A\", \"" + "n".repeat(40) + "\": 1, \"areaM2\": \"100.00\" }"));
      assertThat(found).hasSize(1);
      // The name being read is not the parser's current name yet: the unit holding it is named.
      assertThat(found.get(0).path()).isEqualTo("/units/0");
      assertThat(found.get(0).message())
          .startsWith("the book exceeds a read limit at line 12, column ")
          .containsPattern("Name length \\([0-9]+\\) exceeds the maximum allowed")
          .endsWith("(20, read option maxNameLength)");
    }

    @Test
    void aLimitIsToldApartByTheParserSettingNotByItsWording() throws Exception {
      // Real errors of the parser, one per limit, each from a factory with only that limit low.
      assertThat(limitOf(StreamReadConstraints.builder().maxNestingDepth(2), "[[[1]]]"))
          .isEqualTo(BookReading.Limit.NESTING);
      assertThat(limitOf(StreamReadConstraints.builder().maxNumberLength(3), "[12345]"))
          .isEqualTo(BookReading.Limit.NUMBER);
      assertThat(limitOf(StreamReadConstraints.builder().maxStringLength(3), "[\"abcdef\"]"))
          .isEqualTo(BookReading.Limit.STRING);
      assertThat(limitOf(StreamReadConstraints.builder().maxNameLength(3), "{\"abcdef\": 1}"))
          .isEqualTo(BookReading.Limit.NAME);
      assertThat(limitOf(StreamReadConstraints.builder().maxDocumentLength(3), "[1, 2, 3, 4]"))
          .isEqualTo(BookReading.Limit.DOCUMENT);
      assertThat(limitOf(StreamReadConstraints.builder().maxTokenCount(3), "[1, 2, 3, 4]"))
          .isEqualTo(BookReading.Limit.OTHER);
      assertThat(BookReading.Limit.of(new java.io.IOException("Name length (9)"))).isNull();
    }

    @Test
    void aLimitNoReadOptionSetsIsReportedWithoutAnOption() throws Exception {
      JsonFactory factory =
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxTokenCount(3).build())
              .build();
      try (JsonParser p = factory.createParser("[1, 2, 3, 4]")) {
        StreamConstraintsException e = parseUntilLimit(p);
        ReadProblem problem = BookReading.problem(p, e);
        assertThat(problem.path()).isEqualTo("/2");
        assertThat(problem.message())
            .startsWith("the book exceeds a read limit at line 1, column ")
            .endsWith(": Token count (4) exceeds the maximum allowed (3)")
            .doesNotContain("read option")
            .doesNotContain("StreamReadConstraints");
      }
    }

    @Test
    void aStringTooLongNamesTheLimit() {
      TrustBookReader reader =
          TrustBookReader.withOptions(ReadOptions.builder().maxStringLength(1000).build());
      assertThat(
              problems(
                  reader, threeUnits("\"Stairwell deep clean\"", "\"" + "x".repeat(5000) + "\"")))
          .containsExactly(
              problem(
                  "/expenditures/0/description",
                  "the string \""
                      + "x".repeat(57)
                      + "...\" (5000 characters) is longer than 1000 characters (read option"
                      + " maxStringLength)"));
    }

    @Test
    void aNumberTooLongNamesTheLimit() {
      List<ReadProblem> found =
          problems(threeUnits("\"dueDay\": 15", "\"dueDay\": " + "1".repeat(100)));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).path()).isEqualTo("/contract/fees/0/dueDay");
      assertThat(found.get(0).message())
          .startsWith("the book exceeds a read limit")
          .endsWith(
              "Number value length (100) exceeds the maximum allowed (64, read option"
                  + " maxNumberLength)");
    }

    @Test
    void aDocumentTooLargeNamesTheLimit() {
      TrustBookReader reader =
          TrustBookReader.withOptions(ReadOptions.builder().maxDocumentLength(1000).build());
      byte[] book = Resources.bytes("examples/three-units.json");
      assertThat(problems(reader, book))
          .containsExactly(
              problem(
                  "",
                  "the document is "
                      + book.length
                      + " bytes long; at most 1000 are allowed (read option maxDocumentLength)"));
      BookReadException fromStream =
          catchThrowableOfType(
              BookReadException.class, () -> reader.read(new java.io.ByteArrayInputStream(book)));
      assertThat(fromStream.problems())
          .containsExactly(
              problem(
                  "", "the document is longer than 1000 bytes (read option maxDocumentLength)"));
    }

    @Test
    void aDocumentExactlyAtTheLimitReads() {
      byte[] book = Resources.bytes("examples/three-units.json");
      TrustBookReader exact =
          TrustBookReader.withOptions(ReadOptions.builder().maxDocumentLength(book.length).build());
      assertThat(exact.read(new java.io.ByteArrayInputStream(book)))
          .isEqualTo(ExampleBooks.threeUnits());
      assertThat(exact.read(book)).isEqualTo(ExampleBooks.threeUnits());
      TrustBookReader under =
          TrustBookReader.withOptions(
              ReadOptions.builder().maxDocumentLength(book.length - 1).build());
      assertThat(
              catchThrowableOfType(
                      BookReadException.class,
                      () -> under.read(new java.io.ByteArrayInputStream(book)))
                  .problems())
          .hasSize(1);
    }

    @Test
    void tooManyLinesInOneEntryNamesTheLimit() {
      TrustBookReader reader =
          TrustBookReader.withOptions(ReadOptions.builder().maxLinesPerEntry(3).build());
      assertThat(problems(reader, Resources.threeUnits()))
          .containsExactly(
              problem(
                  "/entries/0/lines",
                  "an entry may have at most 3 lines (read option maxLinesPerEntry); this one has"
                      + " more"),
              problem(
                  "/entries/5/lines",
                  "an entry may have at most 3 lines (read option maxLinesPerEntry); this one has"
                      + " more"));
    }

    @Test
    void problemsBeyondTheLimitAreCounted() {
      TrustBookReader reader =
          TrustBookReader.withOptions(ReadOptions.builder().maxProblems(2).build());
      String book = Resources.threeUnits().replace("\"kind\": \"PAYMENT\"", "\"kind\": \"P\"");
      List<ReadProblem> found = problems(reader, book);
      assertThat(found).hasSize(3);
      assertThat(found.get(2))
          .isEqualTo(
              problem(
                  "", "1 further problems were found and not listed (read option maxProblems)"));
    }
  }

  private static BookReading.Limit limitOf(StreamReadConstraints.Builder limits, String json)
      throws Exception {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits.build()).build();
    StreamConstraintsException e =
        catchThrowableOfType(
            StreamConstraintsException.class,
            () -> {
              // A text's length is known at once: the document limit refuses it here.
              try (JsonParser p = factory.createParser(json)) {
                readAll(p);
              }
            });
    assertThat(e).as("the parser must refuse the document").isNotNull();
    return BookReading.Limit.of(e);
  }

  private static void readAll(JsonParser p) throws java.io.IOException {
    while (p.nextToken() != null) {
      if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
        p.getText();
      }
    }
  }

  private static StreamConstraintsException parseUntilLimit(JsonParser p) throws Exception {
    StreamConstraintsException e =
        catchThrowableOfType(StreamConstraintsException.class, () -> readAll(p));
    assertThat(e).as("the parser must refuse the document").isNotNull();
    return e;
  }

  @Test
  void aValueTheCoreCannotBuildWithoutSayingWhyIsNamed() throws Exception {
    try (JsonParser p = Json.BUFFERED.createParser("{\"w\": {}}")) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      Problems found = new Problems(10);
      Cursor c = new Cursor(p, found, ReadOptions.strict());
      Object value =
          c.object(
              "an object (a widget)",
              new Cursor.Shape<Object>(Fields.of()) {
                @Override
                void field(int index) {}

                @Override
                Object build() {
                  throw new IllegalArgumentException();
                }
              });
      assertThat(value).isNull();
      assertThat(found.errors())
          .containsExactly(problem("/w", "a widget could not be built from the values read"));
    }
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    String book =
        threeUnits("\"entries\": [", "\"entries\": [ 7,")
            .replace("\"name\": \"Three Units Garden\"", "\"name\": null")
            .replace("\"dueDay\": 15", "\"dueDay\": 0")
            .replace(
                "\"period\": \"2024-02\", \"closingBalance\"",
                "\"period\": \"2024-2\", \"closingBalance\"")
            .replace(E2_LINE_0, "{ \"account\": \"cash\", \"debit\": \"1.234\" }");
    assertThat(problems(book))
        .containsExactly(
            problem("/community/name", "expected a string (the community's name), found null"),
            problem("/contract/fees/0/dueDay", "dueDay 0 is out of range; expected 1 to 31"),
            problem("/entries/0", "expected an object (an entry), found the number 7"),
            problem(
                "/entries/2/lines/0/debit",
                "debit \"1.234\" has 3 decimals; at most 2 are allowed in CNY"),
            problem(
                "/bankStatements/1/period",
                "\"2024-2\" is not a month; expected YYYY-MM (bank statement period)"));
  }

  @Test
  void businessProblemsAreNotReadErrors() {
    String book =
        Resources.threeUnits()
            .replace(
                "\"account\": \"cash\", \"debit\": \"150.00\"",
                "\"account\": \"cash\", \"debit\": \"999.00\"")
            .replace("\"account\": \"income:property\"", "\"account\": \"no-such-account\"")
            .replace("\"unit\": \"C\"", "\"unit\": \"Z\"")
            .replace("\"id\": \"E3\"", "\"id\": \"E2\"")
            .replace("\"expenditure\": \"X1\"", "\"expenditure\": \"X9\"");
    assertThat(TrustBookReader.strict().read(book).entries()).hasSize(9);
  }
}
