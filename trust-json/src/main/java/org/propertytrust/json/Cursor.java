package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;

/**
 * A parser positioned in a book, with the problems found so far and the primitive readers of the
 * format: strings, ids, integers, decimal strings, amounts, dates, months, instants, enums and
 * objects. Every reader expects the parser on the value's first token, leaves it on the value's
 * last token, and returns null after recording a problem (the value is then skipped), so that
 * reading goes on and every problem is found.
 *
 * <p>Paths are taken from the parser's own context, and only when a problem is recorded.
 */
final class Cursor {
  private static final int QUOTE_LIMIT = 60;

  /** The entry kinds by name; only read after it is filled, so sharing it is safe. */
  private static final TextCache<EntryKind> KINDS = new TextCache<>();

  static {
    for (EntryKind kind : EntryKind.values()) {
      KINDS.put(kind.name(), kind);
    }
  }

  /** Marks an array among the open containers of a skipped value (arrays have no keys). */
  private static final Set<String> IN_ARRAY = Set.of();

  final JsonParser p;
  final Problems problems;
  final UnknownFields unknownFields;
  private CurrencyUnit currency = Amounts.CNY;
  private int scale = 2;

  private final CharView view = new CharView();
  private final TextCache<Account> accounts = new TextCache<>();
  private final TextCache<String> ids = new TextCache<>();
  private final TextCache<YearMonth> months = new TextCache<>();

  /** Recent amounts by minor units (a direct-mapped cache: amounts of a book repeat). */
  private static final int AMOUNT_SLOTS = 1024;

  private final Money[] amounts = new Money[AMOUNT_SLOTS];
  private final long[] amountKeys = new long[AMOUNT_SLOTS];

  /** Recent dates by their packed value yyyymmdd (a direct-mapped cache). */
  private static final int DATE_SLOTS = 512;

  private final LocalDate[] dates = new LocalDate[DATE_SLOTS];
  private final int[] dateKeys = new int[DATE_SLOTS];

  private final int maxStringLength;

  Cursor(JsonParser p, Problems problems, ReadOptions options) {
    this(p, problems, options.unknownFields(), options.maxStringLength());
  }

  Cursor(JsonParser p, Problems problems, UnknownFields unknownFields, int maxStringLength) {
    this.p = p;
    this.problems = problems;
    this.unknownFields = unknownFields;
    this.maxStringLength = maxStringLength;
  }

  void currency(CurrencyUnit currency) {
    this.currency = currency;
    this.scale = Math.max(0, currency.getDecimalPlaces());
    java.util.Arrays.fill(amounts, null);
  }

  CurrencyUnit currency() {
    return currency;
  }

  JsonToken token() {
    return p.currentToken();
  }

  JsonToken next() throws IOException {
    return p.nextToken();
  }

  // ---------------------------------------------------------------- paths and problems

  /** The JSON Pointer of the current token's value. */
  String path() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /** The JSON Pointer of a field of the object whose path is given. */
  static String child(String objectPath, String field) {
    return objectPath + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  void error(String message) {
    problems.error(path(), message);
  }

  void errorAt(String path, String message) {
    problems.error(path, message);
  }

  /** Records that the current value has the wrong type, and skips it. */
  void wrongType(String expected) throws IOException {
    error("expected " + expected + ", found " + found());
    p.skipChildren();
  }

  /** Describes the current value for a message, shortened when long. */
  String found() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return "the string " + quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + shorten(p.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /** Quotes a text for a message: control characters escaped, shortened when long. */
  static String quote(CharSequence text) {
    if (text.length() <= QUOTE_LIMIT) {
      return "\"" + Ids.printable(text.toString()) + "\"";
    }
    return "\""
        + Ids.printable(text.subSequence(0, QUOTE_LIMIT - 3).toString())
        + "...\" ("
        + text.length()
        + " characters)";
  }

  private static String shorten(CharSequence text) {
    if (text.length() <= QUOTE_LIMIT) {
      return text.toString();
    }
    return text.subSequence(0, QUOTE_LIMIT - 3) + "... (" + text.length() + " characters)";
  }

  /** Records a field the format does not define, and skips its value. */
  void unknownField(String name, String[] known) throws IOException {
    if (unknownFields == UnknownFields.WARN) {
      problems.warning(path(), "unknown field " + quote(name) + " was ignored");
      skipCheckingKeys();
    } else {
      error("unknown field " + quote(name) + "; expected one of " + String.join(", ", known));
      p.skipChildren();
    }
  }

  /**
   * Records a field the format does not define, or one seen twice among an object's unknown fields,
   * and skips its value.
   *
   * <p>The names seen are kept to tell a repeated unknown field (malformed JSON, always an error)
   * from a new one, but at most {@link ReadOptions#maxProblems()} of them per object, so that an
   * object with millions of unknown fields cannot exhaust memory. Beyond that, a strict reader
   * reports each further one as unknown (all are errors anyway, and only counted); a lenient reader
   * refuses them, since their duplicates could no longer be found.
   *
   * @param seen the unknown names seen so far in this object, or null for none
   * @return the names seen, this one included when there was room
   */
  Set<String> unknownField(@Nullable Set<String> seen, String name, String[] known)
      throws IOException {
    Set<String> names = seen == null ? new HashSet<>() : seen;
    if (names.contains(name)) {
      duplicateKey(name);
    } else if (names.size() < problems.max()) {
      names.add(name);
      unknownField(name, known);
    } else if (unknownFields == UnknownFields.WARN) {
      error(
          "unknown field "
              + quote(name)
              + " is one more than the "
              + problems.max()
              + " unknown fields one object may have to be ignored (read option maxProblems)");
      p.skipChildren();
    } else {
      unknownField(name, known);
    }
    return names;
  }

  /** Records a key seen twice in one object, and skips the second value. */
  void duplicateKey(String name) throws IOException {
    error("duplicate key " + quote(name) + ": a key may appear only once in an object");
    p.skipChildren();
  }

  /** Marks an object inside a skipped value whose keys are too many to be checked. */
  private static final Set<String> TOO_MANY = Set.of();

  /**
   * Skips the current value, reporting duplicate keys in the objects inside it: a dropped field
   * must not hide malformed JSON. An object inside it with more than {@link
   * ReadOptions#maxProblems()} keys is refused, since checking them would take memory without
   * bound.
   */
  void skipCheckingKeys() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    Deque<Set<String>> open = new ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<>() : IN_ARRAY);
    while (!open.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        return;
      }
      switch (t) {
        case FIELD_NAME:
          Set<String> keys = open.peek();
          if (keys == IN_ARRAY || keys == TOO_MANY) {
            break;
          }
          if (keys.size() >= problems.max()) {
            error(
                "an ignored field holds an object with more than "
                    + problems.max()
                    + " keys, too many to check for duplicates (read option maxProblems)");
            open.pop();
            open.push(TOO_MANY);
          } else if (!keys.add(p.currentName())) {
            error("duplicate key " + quote(p.currentName()) + ": a key may appear only once");
          }
          break;
        case START_OBJECT:
          open.push(new HashSet<>());
          break;
        case START_ARRAY:
          open.push(IN_ARRAY);
          break;
        case END_OBJECT:
        case END_ARRAY:
          open.pop();
          break;
        default:
          break;
      }
    }
  }

  // ---------------------------------------------------------------- objects

  /**
   * Reads an object field by field: duplicate keys, unknown fields and missing required fields are
   * recorded, and the value is built only when nothing inside it was wrong. A {@link
   * TrustException} from the core's checks becomes a problem at the object's path.
   */
  <T> @Nullable T object(String expected, Shape<T> shape) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(expected);
      return null;
    }
    long before = problems.errorCount();
    long seen = 0;
    Set<String> unknown = null;
    String[] names = shape.names();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = indexOf(names, name);
      p.nextToken();
      if (index >= 0) {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
          duplicateKey(name);
          continue;
        }
        seen |= bit;
        shape.field(index);
      } else {
        unknown = unknownField(unknown, name, names);
      }
    }
    long missing = shape.required() & ~seen;
    if (missing != 0) {
      String here = path();
      for (int i = 0; i < names.length; i++) {
        if ((missing & (1L << i)) != 0) {
          errorAt(child(here, names[i]), "required field " + quote(names[i]) + " is missing");
        }
      }
    }
    if (problems.errorCount() != before) {
      return null;
    }
    return build(expected, shape);
  }

  private <T> @Nullable T build(String expected, Shape<T> shape) {
    try {
      return shape.build();
    } catch (IllegalArgumentException | ArithmeticException e) {
      // TrustException is an IllegalArgumentException: the core's message names the value.
      String message = e.getMessage();
      error(
          message == null || message.isBlank()
              ? what(expected) + " could not be built from the values read"
              : message);
    }
    return null;
  }

  /** What a value is, from its expectation: "a unit" from "an object (a unit)". */
  static String what(String expected) {
    int open = expected.indexOf('(');
    int close = expected.lastIndexOf(')');
    return open >= 0 && close > open ? expected.substring(open + 1, close) : expected;
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Reads an array, handing each element's index to the reader. */
  boolean array(String expected, ElementReader reader) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(expected);
      return false;
    }
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      reader.read(index++);
    }
    return true;
  }

  /**
   * Reads an array of values of one kind: null when it is not an array, else a list holding null
   * where an element could not be read (so that ids can still be compared across the others).
   * Nothing must be built from such a list unless the read recorded no problem.
   */
  <T> @Nullable List<@Nullable T> list(String expected, ValueReader<T> reader) throws IOException {
    List<@Nullable T> out = new ArrayList<>();
    return array(
            expected,
            i -> {
              T value = reader.read();
              // Once no further problem can be listed the book is refused and nothing is built
              // from the list: keeping more elements (nulls, for garbage) would only take memory.
              if (!problems.isFull()) {
                out.add(value);
              }
            })
        ? out
        : null;
  }

  // ---------------------------------------------------------------- scalars

  /** Reads a string, refusing unpaired surrogates (text must be valid Unicode). */
  @Nullable String text(String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(expected);
      return null;
    }
    if (p.getTextLength() > maxStringLength) {
      // Quoted from the parser's buffer: getText() would check the parser's own limit and fail.
      error(
          "the string "
              + quote(view.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()))
              + " is longer than "
              + maxStringLength
              + " characters (read option maxStringLength)");
      return null;
    }
    String text = p.getText();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          error(
              String.format(
                  "the string %s has an unpaired surrogate U+%04X; text must be valid Unicode",
                  quote(text), (int) c));
          return null;
        }
        i++;
      }
    }
    return text;
  }

  /** Reads an id (Ids): 1 to 200 characters, no control characters, no white space at the ends. */
  @Nullable String id(String what) throws IOException {
    String id = text("a string (" + what + ")");
    if (id == null) {
      return null;
    }
    try {
      return Ids.check(what, id);
    } catch (TrustException e) {
      error(e.getMessage());
      return null;
    }
  }

  /**
   * Reads an id that repeats across a book (a unit id, a fee code), checking each distinct one once
   * and sharing one string for each.
   */
  @Nullable String sharedId(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("a string (" + what + ")");
      return null;
    }
    String cached = ids.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (cached != null) {
      return cached;
    }
    String id = id(what);
    if (id != null) {
      ids.put(id, id);
    }
    return id;
  }

  /** Reads a JSON integer within a range. */
  @Nullable Integer integer(String what, int min, int max) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("an integer (" + what + ")");
      return null;
    }
    String text = p.getText();
    long value;
    if (text.length() > 11) {
      value = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    } else {
      value = p.getLongValue();
    }
    if (value < min || value > max) {
      error(what + " " + shorten(text) + " is out of range; expected " + min + " to " + max);
      return null;
    }
    return (int) value;
  }

  @Nullable Boolean bool(String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    wrongType("true or false (" + what + ")");
    return null;
  }

  /** Reads an entry kind by its exact name. */
  @Nullable EntryKind entryKind() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      EntryKind kind = KINDS.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (kind != null) {
        return kind;
      }
    }
    return constant("entry kind", EntryKind.values());
  }

  /** Reads an enum constant by its exact name. */
  <E extends Enum<E>> @Nullable E constant(String what, E[] values) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("a string (" + what + ")");
      return null;
    }
    int len = p.getTextLength();
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    for (E e : values) {
      String name = e.name();
      if (name.length() == len && name.contentEquals(view.set(buf, off, len))) {
        return e;
      }
    }
    StringBuilder expected = new StringBuilder();
    for (E e : values) {
      expected.append(expected.length() == 0 ? "" : ", ").append(e.name());
    }
    error(quote(p.getText()) + " is not a valid " + what + "; expected one of " + expected);
    return null;
  }

  /** Reads an account code. */
  @Nullable Account account() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("a string (an account code such as \"cash\")");
      return null;
    }
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    Account cached = accounts.get(buf, off, len);
    if (cached != null) {
      return cached;
    }
    String code = text("a string (an account code)");
    if (code == null) {
      return null;
    }
    try {
      Account account = Account.of(code);
      accounts.put(code, account);
      return account;
    } catch (TrustException e) {
      error(e.getMessage());
      return null;
    }
  }

  /** Reads an amount in the book's currency, as a decimal string. */
  @Nullable Money amount(String what, boolean signed) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(
          "a decimal string such as \"120.50\" ("
              + what
              + "; amounts are strings, never JSON numbers)");
      return null;
    }
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    CharView text = view.set(buf, off, len);
    String problem = Amounts.lexicalProblem(text, scale, signed);
    if (problem != null) {
      error(what + " " + quote(text) + " " + problem + amountHint(problem));
      return null;
    }
    boolean negative = buf[off] == '-';
    long minor = 0;
    int decimals = -1;
    try {
      // Exact arithmetic: in a currency of more decimals than a book may have (refused with the
      // community), 15 digits and the decimals could pass a long; that is an error, never a wrap.
      for (int i = negative ? off + 1 : off, end = off + len; i < end; i++) {
        char c = buf[i];
        if (c == '.') {
          decimals = 0;
        } else {
          minor = Math.addExact(Math.multiplyExact(minor, 10), c - '0');
          if (decimals >= 0) {
            decimals++;
          }
        }
      }
      for (int d = Math.max(decimals, 0); d < scale; d++) {
        minor = Math.multiplyExact(minor, 10);
      }
    } catch (ArithmeticException e) {
      error(
          what
              + " "
              + quote(text)
              + " is too large in "
              + currency.getCode()
              + ": its "
              + scale
              + " decimals make more minor units than 64 bits hold");
      return null;
    }
    long value = negative ? -minor : minor;
    int slot = (int) (value ^ (value >>> 29)) & (AMOUNT_SLOTS - 1);
    Money cached = amounts[slot];
    if (cached != null && amountKeys[slot] == value) {
      return cached;
    }
    Money money = Money.ofMinor(currency, value);
    amounts[slot] = money;
    amountKeys[slot] = value;
    return money;
  }

  private String amountHint(String problem) {
    if (problem.contains("decimals;")) {
      return " in " + currency.getCode();
    }
    return "";
  }

  /** Reads a non-negative decimal string that is not money (an area, a rate, a percent). */
  @Nullable BigDecimal decimal(String what, int maxScale) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(
          "a decimal string such as \"120.50\" ("
              + what
              + "; decimals are strings, never JSON numbers)");
      return null;
    }
    CharView text = view.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    String problem = Amounts.lexicalProblem(text, maxScale, false);
    if (problem != null) {
      error(what + " " + quote(text) + " " + problem);
      return null;
    }
    return new BigDecimal(text.toString());
  }

  @Nullable Percent percent(String what) throws IOException {
    BigDecimal value = decimal(what, Percent.MAX_SCALE);
    if (value == null) {
      return null;
    }
    try {
      return Percent.of(value);
    } catch (TrustException e) {
      error(e.getMessage());
      return null;
    }
  }

  /** Reads a date, {@code YYYY-MM-DD}. */
  @Nullable LocalDate date(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("a date string YYYY-MM-DD (" + what + ")");
      return null;
    }
    char[] b = p.getTextCharacters();
    int o = p.getTextOffset();
    int len = p.getTextLength();
    if (len != 10
        || !digits(b, o, 4)
        || b[o + 4] != '-'
        || !digits(b, o + 5, 2)
        || b[o + 7] != '-'
        || !digits(b, o + 8, 2)) {
      error(quote(view.set(b, o, len)) + " is not a date; expected YYYY-MM-DD (" + what + ")");
      return null;
    }
    int year = number(b, o, 4);
    int month = number(b, o + 5, 2);
    int day = number(b, o + 8, 2);
    int packed = year * 10_000 + month * 100 + day;
    int slot = (packed ^ (packed >>> 9)) & (DATE_SLOTS - 1);
    LocalDate cachedDate = dates[slot];
    if (cachedDate != null && dateKeys[slot] == packed) {
      return cachedDate;
    }
    if (month < 1 || month > 12) {
      error(quote(view.set(b, o, len)) + " is not a date: month " + month + " is not 01 to 12");
      return null;
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      error(
          quote(view.set(b, o, len))
              + " is not a date: "
              + YearMonth.of(year, month)
              + " has days 01 to "
              + length);
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    dates[slot] = date;
    dateKeys[slot] = packed;
    return date;
  }

  /** Reads a month, {@code YYYY-MM}. */
  @Nullable YearMonth month(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("a month string YYYY-MM (" + what + ")");
      return null;
    }
    char[] b = p.getTextCharacters();
    int o = p.getTextOffset();
    int len = p.getTextLength();
    YearMonth cached = months.get(b, o, len);
    if (cached != null) {
      return cached;
    }
    if (len != 7 || !digits(b, o, 4) || b[o + 4] != '-' || !digits(b, o + 5, 2)) {
      error(quote(view.set(b, o, len)) + " is not a month; expected YYYY-MM (" + what + ")");
      return null;
    }
    int month = number(b, o + 5, 2);
    if (month < 1 || month > 12) {
      error(quote(view.set(b, o, len)) + " is not a month: month " + month + " is not 01 to 12");
      return null;
    }
    YearMonth value = YearMonth.of(number(b, o, 4), month);
    months.put(new String(b, o, len), value);
    return value;
  }

  /** Reads an instant with its offset, ISO-8601 ({@code 2024-02-03T09:00:00+08:00}). */
  @Nullable OffsetDateTime dateTime(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("a date-time string such as \"2024-02-03T09:00:00+08:00\" (" + what + ")");
      return null;
    }
    String text = p.getText();
    if (!DateTimes.isWellFormed(text)) {
      error(
          quote(text)
              + " is not a date-time with offset; expected YYYY-MM-DDTHH:MM[:SS[.fraction]]"
              + " followed by Z or +HH:MM ("
              + what
              + ")");
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      error(quote(text) + " is not a valid date-time: " + e.getMessage());
      return null;
    }
  }

  private static boolean digits(char[] b, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(char[] b, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (b[i] - '0');
    }
    return n;
  }

  /** Reads one value. */
  @FunctionalInterface
  interface ValueReader<T> {
    @Nullable T read() throws IOException;
  }

  /** Reads one element of an array. */
  @FunctionalInterface
  interface ElementReader {
    void read(int index) throws IOException;
  }

  /**
   * One kind of object: its fields (names in the format's order, which are required), how to read
   * each and how to build the value once all were read without error.
   */
  abstract static class Shape<T> {
    private final Fields fields;

    Shape(Fields fields) {
      this.fields = fields;
    }

    final String[] names() {
      return fields.names();
    }

    /** The bits (by index in {@link #names()}) of the required fields. */
    final long required() {
      return fields.required();
    }

    /** Reads the value of the field with the given index; the parser is on its first token. */
    abstract void field(int index) throws IOException;

    /** Builds the value; may throw the core's exception. */
    abstract T build();
  }
}
