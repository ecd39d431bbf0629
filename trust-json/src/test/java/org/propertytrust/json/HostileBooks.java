package org.propertytrust.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hostile corpus (docs/reliability.md): books built to break a reader, each with what the
 * reader must do with it. Small books are committed under {@code hostile/} next to this class; big
 * ones (deep nesting, huge strings and numbers, a million lines, a document past the size limit,
 * books larger than the test heap) are written when a test asks for them, never committed.
 *
 * <p>A refused book names, among its problems, one at an exact JSON path whose message holds the
 * given words (the limit's option name, the offending value, what was expected). A book that reads
 * reads with the given number of entries. Every case also says what {@code trust validate} exits
 * with: 2 when the book cannot be read (or judged), 0 or 1 when it can.
 *
 * <p>Shared with trust-cli's tests through this module's test jar.
 */
public final class HostileBooks {
  private HostileBooks() {}

  /** What the reader must do with a book. */
  public enum Outcome {
    /** The book reads (possibly with warnings, when read leniently). */
    READS,
    /** The book is refused with a {@link BookReadException}. */
    REFUSED
  }

  /** Writes a generated book to a file. */
  @FunctionalInterface
  interface Generator {
    void write(Path file) throws IOException;
  }

  /** One book of the corpus and what must happen to it. */
  public static final class Case {
    private final String name;
    private final String what;
    private final Outcome outcome;
    private final String path;
    private final List<String> words;
    private final boolean lenient;
    private final long entries;
    private final int validateExit;
    private final Generator generator;

    private Case(
        String name,
        String what,
        Outcome outcome,
        String path,
        List<String> words,
        boolean lenient,
        long entries,
        int validateExit,
        Generator generator) {
      this.name = name;
      this.what = what;
      this.outcome = outcome;
      this.path = path;
      this.words = words;
      this.lenient = lenient;
      this.entries = entries;
      this.validateExit = validateExit;
      this.generator = generator;
    }

    /** The case's name, which is also its file name without {@code .json}. */
    public String name() {
      return name;
    }

    /** What the case is about. */
    public String what() {
      return what;
    }

    /** Whether the book reads or is refused. */
    public Outcome outcome() {
      return outcome;
    }

    /** The JSON path of the problem that must be reported ({@code ""} for the document). */
    public String path() {
      return path;
    }

    /** The words that problem's message must hold (for a book that reads: its warning's). */
    public List<String> words() {
      return words;
    }

    /** Whether the book is read leniently (unknown fields dropped with a warning). */
    public boolean lenient() {
      return lenient;
    }

    /** How many entries a book that reads has. */
    public long entries() {
      return entries;
    }

    /** What {@code trust validate} exits with: 0 clean, 1 errors found, 2 unreadable. */
    public int validateExit() {
      return validateExit;
    }

    /** Whether the book is generated at test time rather than committed. */
    public boolean generated() {
      return !(generator instanceof Resource);
    }

    /** The reader this case is read with. */
    public TrustBookReader reader() {
      return lenient ? TrustBookReader.lenient() : TrustBookReader.strict();
    }

    /**
     * Writes the book into a directory.
     *
     * @param dir the directory; not null
     * @return the file written
     */
    public Path writeTo(Path dir) {
      Path file = dir.resolve(name + ".json");
      try {
        generator.write(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return file;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A committed book, copied from the test resources. */
  private static final class Resource implements Generator {
    private final String name;

    Resource(String name) {
      this.name = name;
    }

    @Override
    public void write(Path file) throws IOException {
      try (InputStream in = HostileBooks.class.getResourceAsStream("hostile/" + name + ".json")) {
        Objects.requireNonNull(in, () -> "no committed hostile book " + name);
        Files.copy(in, file);
      }
    }
  }

  private static final List<Case> CASES = new ArrayList<>();

  private static void refused(String name, String what, String path, String... words) {
    CASES.add(
        new Case(
            name, what, Outcome.REFUSED, path, List.of(words), false, 0, 2, new Resource(name)));
  }

  private static void reads(String name, String what, long entries, int validateExit) {
    CASES.add(
        new Case(
            name,
            what,
            Outcome.READS,
            "",
            List.of(),
            false,
            entries,
            validateExit,
            new Resource(name)));
  }

  private static void generated(
      String name, String what, String path, Generator generator, String... words) {
    CASES.add(new Case(name, what, Outcome.REFUSED, path, List.of(words), false, 0, 2, generator));
  }

  private static final String DATE_FIELD = "/entries/1/date";
  private static final String DEBIT = "/entries/1/lines/0/debit";
  private static final String DUE_DAY = "/contract/fees/0/dueDay";

  static {
    // ---------------------------------------------------------------- encoding and framing
    refused("empty", "an empty file", "", "the input is empty", "JSON object");
    refused("whitespace-only", "nothing but white space", "", "the input is empty");
    reads("bom", "a UTF-8 byte-order mark before the book (RFC 8259 lets a reader skip it)", 9, 0);
    refused("bom-twice", "two byte-order marks", "", "malformed JSON", "0xfeff");
    refused("utf16-be", "UTF-16 with its byte-order mark", "", "UTF-16", "trust-book/1 is UTF-8");
    refused("utf16-le-no-bom", "UTF-16 without a byte-order mark", "", "NUL byte", "UTF-8");
    refused("utf32-be", "UTF-32 with its byte-order mark", "", "UTF-32", "UTF-8");
    refused(
        "invalid-utf8-start-byte",
        "the byte 0xFF inside a name",
        "/community/name",
        "malformed JSON",
        "Invalid UTF-8 start byte 0xff");
    refused(
        "invalid-utf8-continuation",
        "a two-byte sequence whose second byte is not a continuation byte",
        "/expenditures/0/description",
        "Invalid UTF-8 middle byte 0x28");
    refused(
        "overlong-utf8",
        "an overlong encoding of '/' (C0 AF)",
        "/parties/4/name",
        "Invalid UTF-8 start byte 0xc0");
    refused(
        "truncated-utf8-sequence",
        "a three-byte sequence cut after two bytes",
        "/parties/2/name",
        "Invalid UTF-8 middle byte 0x22");
    refused(
        "unpaired-surrogate",
        "an escaped high surrogate with no low surrogate",
        "/parties/4/name",
        "unpaired surrogate U+D800",
        "valid Unicode");
    refused(
        "raw-control-character",
        "an unescaped U+0001 inside a string",
        "/parties/4/name",
        "Illegal unquoted character",
        "code 1");
    refused(
        "nul-byte-in-string",
        "an unescaped NUL byte inside a string",
        "/parties/4/name",
        "Illegal unquoted character",
        "code 0");
    refused(
        "trailing-garbage",
        "text after the book's closing brace",
        "",
        "malformed JSON",
        "Unrecognized token 'garbage'");
    refused("two-books", "two books one after the other", "", "single JSON object");
    refused("top-level-array", "a book inside an array", "", "JSON object", "found an array");
    refused("top-level-string", "a string instead of a book", "", "found the string");
    refused("top-level-null", "null instead of a book", "", "found null");
    // ---------------------------------------------------------------- truncation
    refused(
        "truncated-in-header",
        "a book cut in the middle of its contract",
        "/contract/approval",
        "ends too early",
        "truncated");
    refused(
        "truncated-in-entries",
        "a book cut inside its fifth entry",
        "/entries/4/id",
        "ends too early",
        "line 43");
    refused(
        "truncated-in-string",
        "a book cut inside a string",
        "/expenditures/0/description",
        "ends too early",
        "VALUE_STRING");
    refused("truncated-after-brace", "a lone opening brace", "", "ends too early");
    // ---------------------------------------------------------------- format
    refused(
        "wrong-format",
        "format trust-book/2",
        "/format",
        "unsupported format \"trust-book/2\"",
        "reads \"trust-book/1\" only");
    refused(
        "format-uppercase", "format in capitals", "/format", "unsupported format \"TRUST-BOOK/1\"");
    refused("format-missing", "no format", "/format", "required section \"format\" is missing");
    refused(
        "format-number",
        "a number as format",
        "/format",
        "expected a string",
        "found the number 1");
    // ---------------------------------------------------------------- not JSON
    refused("nan-amount", "NaN as a debit", DEBIT, "Non-standard token 'NaN'", "decimal strings");
    refused("infinity-amount", "Infinity as a debit", DEBIT, "'Infinity'", "decimal strings");
    refused("negative-infinity", "-Infinity as a debit", DEBIT, "'-Infinity'");
    refused("comment", "a // comment", "/entries", "malformed JSON", "comment");
    refused("single-quotes", "single-quoted names and strings", "/units/0", "''' (code 39)");
    refused("trailing-comma", "a comma before a closing bracket", "/units/3", "expected a value");
    refused("leading-zero-number", "the integer 015", DUE_DAY, "Leading zeroes not allowed");
    refused(
        "unquoted-key",
        "a field name without quotes",
        "/contract/fees/0/rate",
        "double-quote to start field name");
    // ---------------------------------------------------------------- amounts and numbers
    refused(
        "float-amount",
        "a JSON float as a debit",
        DEBIT,
        "amounts are strings, never JSON numbers",
        "found the number 150.5");
    refused(
        "integer-amount",
        "a JSON integer as a debit",
        DEBIT,
        "amounts are strings",
        "found the number 150");
    refused(
        "exponent-amount",
        "\"1e1000000\" as a debit: refused lexically, no number built",
        DEBIT,
        "\"1e1000000\"",
        "has 'e' at position 2",
        "no exponent");
    refused(
        "exponent-number",
        "1e1000000 as a JSON number where an integer is expected",
        DUE_DAY,
        "expected an integer",
        "found the number 1e1000000");
    refused(
        "too-many-decimals",
        "150.005 in CNY",
        DEBIT,
        "\"150.005\" has 3 decimals",
        "at most 2 are allowed in CNY");
    refused("negative-debit", "a negative debit", DEBIT, "\"-150.00\" must not be negative");
    refused("zero-debit", "a zero debit", DEBIT, "\"0.00\" must be positive");
    refused(
        "sixteen-digit-amount",
        "an amount of 10^15 or more",
        DEBIT,
        "16 digits before the point",
        "at most 15");
    refused("spaced-amount", "an amount with a leading space", DEBIT, "must start with a digit");
    refused("grouped-amount", "an amount with a grouping comma", DEBIT, "has ',' at position 2");
    refused("hex-amount", "a hexadecimal amount", DEBIT, "has 'x' at position 2");
    refused("huge-integer", "an integer of 20 digits", DUE_DAY, "out of range", "expected 1 to 31");
    refused("negative-integer", "a negative due day", DUE_DAY, "dueDay -1 is out of range");
    refused(
        "both-debit-and-credit",
        "a line with a debit and a credit",
        "/entries/1/lines/0",
        "exactly one of debit and credit",
        "has both");
    refused(
        "neither-debit-nor-credit",
        "a line with no amount",
        "/entries/1/lines/0",
        "exactly one of debit and credit",
        "has neither");
    // ---------------------------------------------------------------- wrong types
    refused(
        "community-array",
        "the community as an array",
        "/community",
        "expected an object (the community), found an array");
    refused(
        "parties-object",
        "the parties as an object",
        "/parties",
        "expected an array of parties, found an object");
    refused("units-null", "the units as null", "/units", "expected an array of units, found null");
    refused(
        "entries-object",
        "the entries as an object",
        "/entries",
        "expected an array of entries, found an object");
    refused(
        "entry-number",
        "a number among the entries",
        "/entries/0",
        "expected an object (an entry), found the number 7");
    refused(
        "lines-string",
        "an entry's lines as a string",
        "/entries/1/lines",
        "expected an array of lines, found the string");
    refused(
        "line-array",
        "a line as an array",
        "/entries/1/lines/0",
        "expected an object (a line), found an array");
    refused(
        "account-number",
        "an account code as a number",
        "/entries/1/lines/0/account",
        "expected a string (an account code",
        "found the number 1001");
    refused(
        "kind-lowercase",
        "an entry kind in lower case",
        "/entries/1/kind",
        "\"payment\" is not a valid entry kind",
        "PAYMENT");
    refused(
        "due-day-string",
        "an integer written as a string",
        DUE_DAY,
        "expected an integer (dueDay), found the string \"15\"");
    refused(
        "name-boolean",
        "true as the community's name",
        "/community/name",
        "expected a string (the community's name), found true");
    refused(
        "wrong-types-everywhere",
        "wrong types in eight sections at once: every one is reported",
        "/tickets/0/kind",
        "expected a string (ticket kind), found an array");
    // ---------------------------------------------------------------- dates
    refused(
        "date-feb-30",
        "2024-02-30",
        DATE_FIELD,
        "\"2024-02-30\" is not a date",
        "2024-02 has days 01 to 29");
    refused(
        "date-feb-29-not-leap",
        "2023-02-29",
        DATE_FIELD,
        "\"2023-02-29\" is not a date",
        "2023-02 has days 01 to 28");
    refused("date-month-13", "month 13", DATE_FIELD, "month 13 is not 01 to 12");
    refused("date-month-00", "month 00", DATE_FIELD, "month 0 is not 01 to 12");
    refused("date-unpadded", "2024-1-10", DATE_FIELD, "expected YYYY-MM-DD");
    refused("date-with-time", "a date with a time", DATE_FIELD, "expected YYYY-MM-DD");
    refused(
        "period-month-13",
        "a period 2024-13",
        "/entries/0/lines/0/period",
        "\"2024-13\" is not a month");
    refused(
        "instant-without-offset",
        "a ticket time without its offset",
        "/tickets/0/registeredAt",
        "not a date-time with offset");
    refused(
        "instant-hour-25",
        "a ticket time at hour 25",
        "/tickets/0/registeredAt",
        "not a valid date-time",
        "HourOfDay");
    // ---------------------------------------------------------------- keys
    refused(
        "duplicate-key-entry-id",
        "an entry with two ids (last-wins would hide one)",
        "/entries/1/id",
        "duplicate key \"id\"");
    refused("duplicate-section", "a section twice", "/votes", "duplicate key \"votes\"");
    refused("duplicate-key-debit", "a line with two debits", DEBIT, "duplicate key \"debit\"");
    refused(
        "unknown-field",
        "a field the format does not define",
        "/units/0/floor",
        "unknown field \"floor\"",
        "expected one of id, areaM2, owner");
    refused(
        "ref-field",
        "a $ref to a URL: an unknown field, never fetched",
        "/$ref",
        "unknown field \"$ref\"");
    refused(
        "schema-field",
        "a $schema naming a local file: an unknown field, never opened",
        "/$schema",
        "unknown field \"$schema\"");
    refused(
        "ref-in-unit",
        "a unit that is only a $ref: nothing is resolved",
        "/units/0/$ref",
        "unknown field \"$ref\"");
    refused("long-field-name", "a field name of 5,000 characters", "/units/0", "maxNameLength");
    refused(
        "missing-field", "a unit without its area", "/units/0/areaM2", "required field \"areaM2\"");
    refused("missing-section", "no contract", "/contract", "required section \"contract\"");
    refused("empty-object", "an empty object", "/format", "required section \"format\"");
    // ---------------------------------------------------------------- ids
    refused(
        "id-bell",
        "a unit id with U+0007",
        "/units/0/id",
        "must not contain control character U+0007");
    refused("id-nul", "an entry id with U+0000", "/entries/1/id", "control character U+0000");
    refused(
        "id-newline", "an entry id with a newline", "/entries/1/id", "control character U+000A");
    refused("id-empty", "an empty unit id", "/units/0/id", "unit id must not be empty");
    refused("id-too-long", "a unit id of 201 characters", "/units/0/id", "at most 200 characters");
    refused("id-leading-space", "a unit id with a leading space", "/units/0/id", "white space");
    refused(
        "id-duplicate-unit", "two units with one id", "/units/1/id", "unit id \"A\" appears twice");
    refused(
        "currency-unknown",
        "currency XYZ",
        "/community/currency",
        "\"XYZ\" is not a known ISO 4217 currency code");
    refused(
        "currency-lowercase",
        "currency cny",
        "/community/currency",
        "\"cny\" is not a known ISO 4217");
    refused(
        "currency-clf",
        "currency CLF (4 decimals) and a closing balance of 999999999999999.9999, which a long of"
            + " minor units would wrap to -844674407370955.1617",
        "/community/currency",
        "currency CLF has 4 decimal places",
        "at most 3");
    // ---------------------------------------------------------------- valid, if unusual
    reads("three-units", "the reference book", 9, 0);
    reads("maple-court", "the reference book with every section", 16, 0);
    reads("entries-first", "entries before every other section", 9, 0);
    reads("fewer-decimals", "\"150\" and \"150.0\": fewer decimals than the currency's", 9, 0);
    reads("escaped-text", "escapes, an escaped surrogate pair and Chinese text", 9, 0);
    reads(
        "largest-amounts",
        "the largest amount, -999999999999999.99 (the rules find the statement wrong)",
        9,
        1);
    reads(
        "overflow-in-an-entry",
        "an entry of 100 debits and 100 credits of 999999999999999.99: it reads, but its sums pass"
            + " a long of minor units, so trust validate refuses to judge it",
        1 + 9,
        2);
    reads(
        "overflow-across-entries",
        "100 openings of 999999999999999.99 to cash: each reads, the running cash balance would"
            + " overflow, so trust validate refuses to judge the book",
        100 + 9,
        2);
    CASES.add(
        new Case(
            "ref-field-lenient",
            "a $ref read leniently: dropped with a warning, never fetched",
            Outcome.READS,
            "/$ref",
            List.of("unknown field \"$ref\" was ignored"),
            true,
            9,
            0,
            new Resource("ref-field-lenient")));

    // ---------------------------------------------------------------- generated: limits
    generated(
        "nesting-100000-arrays",
        "an unknown field nesting 100,000 arrays",
        "/x" + "/0".repeat(63),
        file ->
            around(
                file,
                w -> repeat(repeat(w.append("\"x\": "), "[", 100_000), "]", 100_000).append(", ")),
        "maxNestingDepth",
        "(65)",
        "(64");
    generated(
        "nesting-100000-objects-in-a-line",
        "100,000 nested objects inside an entry's line",
        "/entries/1/lines/0/x" + "/a".repeat(59),
        file ->
            replacing(
                file,
                "{ \"account\": \"cash\", \"debit\": \"150.00\" }",
                w -> {
                  w.write("{ \"account\": \"cash\", \"debit\": \"150.00\", \"x\": ");
                  repeat(repeat(w, "{\"a\":", 100_000).append("1"), "}", 100_001);
                }),
        "maxNestingDepth");
    generated(
        "nesting-65-lenient",
        "a dropped field nesting one level too deep, read leniently",
        "/x" + "/0".repeat(63),
        file ->
            around(file, w -> repeat(repeat(w.append("\"x\": "), "[", 64), "]", 64).append(", ")),
        "maxNestingDepth");
    lenientLast();
    CASES.add(
        new Case(
            "nesting-64-lenient",
            "a dropped field nesting exactly as deep as allowed, read leniently",
            Outcome.READS,
            "/x",
            List.of("unknown field \"x\" was ignored"),
            true,
            9,
            0,
            file ->
                around(
                    file,
                    w -> repeat(repeat(w.append("\"x\": "), "[", 63), "]", 63).append(", "))));
    generated(
        "number-65-digits",
        "an integer of 65 digits",
        DUE_DAY,
        file -> replacing(file, "\"dueDay\": 15", w -> repeat(w.append("\"dueDay\": "), "9", 65)),
        "Number value length (65)",
        "(64, read option maxNumberLength)");
    generated(
        "number-million-digits",
        "an integer of a million digits",
        DUE_DAY,
        file ->
            replacing(
                file, "\"dueDay\": 15", w -> repeat(w.append("\"dueDay\": "), "9", 1_000_000)),
        "Number value length",
        "read option maxNumberLength");
    generated(
        "amount-million-digits",
        "a debit of a million digits",
        "/entries/0/lines/0/debit",
        file ->
            replacing(
                file,
                "\"debit\": \"150.00\" }",
                w -> repeat(w.append("\"debit\": \""), "9", 1_000_000).append("\" }")),
        "read option maxStringLength");
    generated(
        "string-over-limit",
        "a description of 100,001 characters (the parser's own check of the limit)",
        "/expenditures/0/description",
        file ->
            replacing(
                file,
                "\"Stairwell deep clean\"",
                w -> repeat(w.append('"'), "x", 100_001).append('"')),
        "String value length (100001)",
        "(100000, read option maxStringLength)");
    CASES.add(
        new Case(
            "string-at-limit",
            "a community name of exactly 100,000 characters",
            Outcome.READS,
            "",
            List.of(),
            false,
            9,
            0,
            file ->
                replacing(
                    file,
                    "\"Three Units Garden\"",
                    w -> repeat(w.append('"'), "x", 100_000).append('"'))));
    generated(
        "memo-128-mib",
        "an entry memo of 128 MiB, larger than the test heap",
        "/entries/1/memo",
        file ->
            replacing(
                file,
                "\"kind\": \"PAYMENT\", \"lines\": [\n      { \"account\": \"cash\", \"debit\": \"150.00\"",
                w -> {
                  repeat(w.append("\"memo\": \""), "x", 128 << 20).append("\", ");
                  w.write(
                      "\"kind\": \"PAYMENT\", \"lines\": [\n"
                          + "      { \"account\": \"cash\", \"debit\": \"150.00\"");
                }),
        "String value length",
        "read option maxStringLength");
    generated(
        "name-16-mib",
        "a community name of 16 MiB",
        "/community/name",
        file ->
            replacing(
                file,
                "\"Three Units Garden\"",
                w -> repeat(w.append('"'), "y", 16 << 20).append('"')),
        "read option maxStringLength");
    generated(
        "key-16-mib",
        "a top-level field name of 16 MiB",
        "",
        file -> around(file, w -> repeat(w.append('"'), "k", 16 << 20).append("\": 1, ")),
        "Name length",
        "read option maxNameLength");
    generated(
        "million-lines",
        "a million lines in one entry",
        "/entries/1/lines",
        file ->
            replacing(
                file,
                "\"kind\": \"PAYMENT\", \"lines\": [",
                w ->
                    repeat(
                        w.append("\"kind\": \"PAYMENT\", \"lines\": ["),
                        "{ \"account\": \"cash\", \"debit\": \"0.01\" },\n",
                        1_000_000)),
        "at most 100000 lines",
        "read option maxLinesPerEntry");
    CASES.add(
        new Case(
            "lines-at-limit",
            "an opening entry of exactly 100,000 lines (the rules find the bank statements off)",
            Outcome.READS,
            "",
            List.of(),
            false,
            10,
            1,
            file ->
                replacing(
                    file,
                    "{ \"id\": \"E1\"",
                    w -> {
                      w.write("{ \"id\": \"E0\", \"date\": \"2024-01-01\", \"kind\": \"OPENING\",");
                      w.write(" \"lines\": [");
                      repeat(w, "{ \"account\": \"cash\", \"debit\": \"0.01\" },\n", 50_000);
                      repeat(
                          w,
                          "{ \"account\": \"fund:operating\", \"credit\": \"0.01\" },\n",
                          49_999);
                      w.write("{ \"account\": \"fund:operating\", \"credit\": \"0.01\" } ] },\n");
                      w.write("{ \"id\": \"E1\"");
                    })));
    generated(
        "document-over-1-gib",
        "a document one byte longer than 1 GiB (a sparse file: refused before it is read)",
        "",
        HostileBooks::overOneGib,
        "1073741825 bytes long",
        "read option maxDocumentLength");
    generated(
        "five-thousand-problems",
        "5,000 bad entries: 1,000 problems listed, the rest counted",
        "",
        file ->
            replacing(file, "\"entries\": [", w -> repeat(w.append("\"entries\": ["), "7, ", 5000)),
        "4000 further problems",
        "read option maxProblems");
    generated(
        "million-unknown-fields",
        "a unit with a million distinct unknown fields",
        "/units/0/k999",
        file ->
            replacing(
                file,
                "{ \"id\": \"A\", \"areaM2\": \"100.00\" }",
                w -> {
                  w.write("{ \"id\": \"A\", \"areaM2\": \"100.00\"");
                  for (int i = 0; i < 1_000_000; i++) {
                    w.write(", \"k" + i + "\": 0");
                  }
                  w.write(" }");
                }),
        "unknown field \"k999\"");
    generated(
        "million-unknown-fields-lenient",
        "a unit with a million distinct unknown fields, read leniently",
        "/units/0/k1000",
        file ->
            replacing(
                file,
                "{ \"id\": \"A\", \"areaM2\": \"100.00\" }",
                w -> {
                  w.write("{ \"id\": \"A\", \"areaM2\": \"100.00\"");
                  for (int i = 0; i < 1_000_000; i++) {
                    w.write(", \"k" + i + "\": 0");
                  }
                  w.write(" }");
                }),
        "one more than the 1000 unknown fields",
        "read option maxProblems");
    lenientLast();
    generated(
        "million-keys-in-a-dropped-field",
        "a dropped field holding an object of a million keys, read leniently",
        "/x/k1000",
        file ->
            around(
                file,
                w -> {
                  w.write("\"x\": {\"k0\": 0");
                  for (int i = 1; i < 1_000_000; i++) {
                    w.write(", \"k" + i + "\": 0");
                  }
                  w.write("}, ");
                }),
        "more than 1000 keys",
        "read option maxProblems");
    lenientLast();
    generated(
        "ten-million-handovers",
        "a section of ten million numbers before the community",
        "/handovers/0",
        file ->
            around(
                file, w -> repeat(w.append("\"handovers\": ["), "1,", 10_000_000).append("1], ")),
        "expected an object (a handover), found the number 1");
    generated(
        "long-book-error-at-the-end",
        "400,000 entries (about 130 MB, more than the test heap), the last dated 2024-02-30",
        "/entries/400008/date",
        file -> longBook(file, 400_000, "2024-02-30"),
        "\"2024-02-30\" is not a date");
    CASES.add(
        new Case(
            "long-book",
            "400,000 entries (about 130 MB, more than the test heap), streamed",
            Outcome.READS,
            "",
            List.of(),
            false,
            400_009,
            1,
            file -> longBook(file, 400_000, "2024-02-28")));
  }

  private static void lenientLast() {
    Case last = CASES.remove(CASES.size() - 1);
    CASES.add(
        new Case(
            last.name,
            last.what,
            last.outcome,
            last.path,
            last.words,
            true,
            last.entries,
            last.validateExit,
            last.generator));
  }

  /**
   * Returns every case of the corpus.
   *
   * @return the cases, committed ones first
   */
  public static List<Case> all() {
    return List.copyOf(CASES);
  }

  /** Writes text to a file chunk by chunk. */
  @FunctionalInterface
  private interface Body {
    void write(Chunks w) throws IOException;
  }

  /** A writer with a helper to repeat text without building it in memory. */
  private static final class Chunks extends Writer {
    private final Writer out;

    Chunks(Writer out) {
      this.out = out;
    }

    @Override
    public Chunks append(CharSequence text) throws IOException {
      out.append(text);
      return this;
    }

    @Override
    public Chunks append(char c) throws IOException {
      out.append(c);
      return this;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  private static Chunks repeat(Chunks w, String text, int times) throws IOException {
    int perChunk = Math.max(1, 8192 / text.length());
    String chunk = text.repeat(Math.min(perChunk, Math.max(times, 1)));
    int i = 0;
    for (; i + perChunk <= times; i += perChunk) {
      w.write(chunk);
    }
    for (; i < times; i++) {
      w.write(text);
    }
    return w;
  }

  private static String threeUnits() {
    return Resources.threeUnits();
  }

  /** three-units with the first occurrence of a snippet replaced by what the body writes. */
  private static void replacing(Path file, String snippet, Body body) throws IOException {
    String book = threeUnits();
    int at = book.indexOf(snippet);
    if (at < 0) {
      throw new IllegalStateException("three-units.json has no " + snippet);
    }
    try (Chunks w = open(file)) {
      w.write(book, 0, at);
      body.write(w);
      w.write(book.substring(at + snippet.length()));
    }
  }

  /** three-units with a field written right after the format: the body writes it and a comma. */
  private static void around(Path file, Body body) throws IOException {
    String anchor = "\"format\": \"trust-book/1\",";
    replacing(
        file,
        anchor,
        w -> {
          w.write(anchor);
          w.write("\n  ");
          body.write(w);
        });
  }

  private static Chunks open(Path file) throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new Chunks(new BufferedWriter(out, 1 << 16));
  }

  /** A sparse file one byte past 1 GiB that starts like a book. */
  private static void overOneGib(Path file) throws IOException {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write("{\"format\": \"trust-book/1\", \"x\": \"".getBytes(StandardCharsets.UTF_8));
      out.setLength(ReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    }
  }

  /**
   * three-units with payments to unit C after its nine entries (each 0.01, so C's charges are never
   * over-collected: C owes 361.50 and pays at most 4,000.00 on top of that, which goes to prepaid),
   * the last one dated as given.
   */
  private static void longBook(Path file, int extra, String lastDate) throws IOException {
    String snippet = "\"credit\": \"48.15\" } ] }";
    replacing(
        file,
        snippet,
        w -> {
          w.write(snippet);
          for (int i = 0; i < extra; i++) {
            w.write(",\n    { \"id\": \"P");
            w.write(Integer.toString(i));
            w.write("\", \"date\": \"");
            w.write(i == extra - 1 ? lastDate : "2024-02-28");
            w.write(
                "\", \"kind\": \"PAYMENT\", \"lines\": [ { \"account\": \"cash\", \"debit\":"
                    + " \"0.01\" }, { \"account\": \"prepaid\", \"unit\": \"C\", \"credit\":"
                    + " \"0.01\" } ] }");
          }
        });
  }
}
