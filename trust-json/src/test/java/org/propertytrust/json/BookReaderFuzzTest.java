package org.propertytrust.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.propertytrust.core.book.TrustBook;

/**
 * The reader on arbitrary bytes: it returns a book or throws {@link BookReadException}, and nothing
 * else (any other exception or error is a finding). Each execution reads the bytes once, strictly,
 * from memory, and then checks only what that outcome calls for:
 *
 * <ul>
 *   <li>refused: the problems are listed (at least one, at most {@code maxProblems} and the line
 *       counting the rest), each at a JSON Pointer path, with a message that says something and
 *       holds no exception text the input did not; when every problem is an unknown field, a
 *       lenient read is a strict read of the bytes without those fields (same book, or same
 *       problems; a refusal, when an ignored field holds a duplicate key), and a book it reads
 *       round-trips;
 *   <li>accepted: a lenient reader reads an equal book, and the book written (compact) reads back
 *       strictly to an equal book, which writes to the same bytes.
 * </ul>
 *
 * <p>The laws that need files or streams (memory, file and {@code InputStream} give the same
 * verdict, streaming the entries gives the same book, the indented writer round-trips too) cost ten
 * times as much and are checked by {@link BookReaderReplayTest} on the committed inputs, not on
 * every execution.
 *
 * <p>In {@code mvn verify} this runs in regression mode on the inputs in {@code
 * BookReaderFuzzTestInputs/readsOrRefuses}: compact seeds ({@code seed-*}, at most 4 KB each), the
 * inputs earlier runs found or kept, and a minimised corpus. docs/reliability.md gives the command
 * that fuzzes it and why it sets {@code JAZZER_INSTRUMENT} (without it, Jazzer gives coverage
 * feedback only for the classes in directories of the class path, not for those in jars) and {@code
 * -max_len}. New inputs go to {@code trust-json/.cifuzz-corpus/} (ignored by git), findings next to
 * the seeds.
 */
class BookReaderFuzzTest {
  /**
   * A strict reader whose limits an input of a few kilobytes can pass (the fuzzer writes at most 4
   * KB), so that each limit's refusal is fuzzed too.
   */
  static final TrustBookReader STRICT =
      TrustBookReader.withOptions(
          ReadOptions.builder()
              .maxDocumentLength(1 << 20)
              .maxStringLength(1_000)
              .maxNameLength(200)
              .maxLinesPerEntry(100)
              .maxProblems(100)
              .build());

  /** The same limits, unknown fields dropped with a warning. */
  static final TrustBookReader LENIENT =
      TrustBookReader.withOptions(
          STRICT.options().toBuilder().unknownFields(UnknownFields.WARN).build());

  private static final TrustBookWriter WRITER = TrustBookWriter.compact();

  /** What a message may hold only when the input did: the marks of an exception's text. */
  private static final List<String> EXCEPTION_TEXT =
      List.of("Exception", "Error:", "\tat ", "java.", "com.fasterxml");

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "trust-book.dict")
  void readsOrRefuses(byte[] data) {
    TrustBook strict;
    try {
      strict = STRICT.read(data);
    } catch (BookReadException refused) {
      List<String> unknown = unknownFieldPaths(refused.problems(), STRICT, data);
      if (!unknown.isEmpty()) {
        readsLeniently(data, unknown);
      }
      return;
    }
    TrustBook lenient = LENIENT.read(data);
    check(lenient.equals(strict), "a lenient reader reads another book than a strict one");
    roundTrips(strict);
  }

  /**
   * Checks the problems of a refusal, and returns the paths of the unknown fields when they are the
   * only problems (an empty list otherwise).
   */
  static List<String> unknownFieldPaths(
      List<ReadProblem> problems, TrustBookReader reader, byte[] data) {
    check(!problems.isEmpty(), "a refusal lists no problem");
    if (problems.size() > reader.options().maxProblems() + 1) {
      throw new AssertionError("a refusal lists " + problems.size() + " problems");
    }
    List<String> unknown = new ArrayList<>();
    boolean onlyUnknown = true;
    for (ReadProblem p : problems) {
      String message = p.message();
      if (!isPointer(p.path()) || message.isBlank() || message.length() >= 2_000) {
        throw new AssertionError("a problem without a JSON Pointer or a plain message: " + p);
      }
      // A message quotes what it read, so exception text is a finding only when the input lacks it.
      for (String trace : EXCEPTION_TEXT) {
        if (message.contains(trace) && !inputText(data).contains(trace)) {
          throw new AssertionError("a message with exception text: " + p);
        }
      }
      if (message.startsWith("unknown field ") && message.contains("; expected one of ")) {
        unknown.add(p.path());
      } else {
        onlyUnknown = false;
      }
    }
    return onlyUnknown ? unknown : List.of();
  }

  /**
   * Bytes refused strictly for unknown fields only: a lenient read is a strict read of the same
   * bytes without those fields. It gives the same book, or the same problems, unless a field it
   * ignores holds a duplicate key: that refuses the object holding the field, and what depends on
   * the object is judged without it, so only the refusal is a law then. (That a lenient reader
   * accepts them is not a law: an object with an unknown field is not built by a strict reader, so
   * the checks of the object as a whole, such as a percent for a PERCENT_OF_COLLECTED remuneration,
   * or a unique id, run only when the field is dropped.)
   */
  private static void readsLeniently(byte[] data, List<String> unknown) {
    TrustBook lenient = null;
    List<ReadProblem> problems = List.of();
    try {
      lenient = LENIENT.read(data);
    } catch (BookReadException refused) {
      problems = refused.problems();
    }
    List<ReadProblem> outside = new ArrayList<>();
    for (ReadProblem p : problems) {
      if (!insideAny(p.path(), unknown)) {
        outside.add(p);
      } else if (!p.message().startsWith("duplicate key ")
          && !p.message().startsWith("an ignored field holds an object with more than ")) {
        throw new AssertionError("an ignored field refused for another reason: " + p);
      }
    }
    byte[] dropped = withoutFields(data, unknown);
    TrustBook strict = null;
    List<ReadProblem> strictProblems = List.of();
    try {
      strict = STRICT.read(dropped);
    } catch (BookReadException refused) {
      strictProblems = refused.problems();
    }
    if (problems.size() > LENIENT.options().maxProblems()) {
      return; // Only so many are listed: which ones depends on the problems inside ignored fields.
    }
    if (outside.size() < problems.size()) {
      // A duplicate key inside an ignored field refuses the object that holds the field, as any
      // problem of that object does; what depends on the object (a party the contract names, an
      // id another id must differ from) is then judged without it, so the problems outside can
      // differ either way from those of a strict read that never sees the duplicate.
      return;
    }
    if (!outside.equals(strictProblems) || (lenient != null && !lenient.equals(strict))) {
      throw new AssertionError(
          "a lenient read ("
              + (lenient != null ? "a book" : problems)
              + ") is not a strict read without the unknown fields "
              + unknown
              + " ("
              + (strict != null ? "a book" : strictProblems)
              + "): "
              + utf8(dropped));
    }
    if (lenient != null) {
      roundTrips(lenient);
    }
  }

  /**
   * The bytes without the fields at the paths given (each with its value and a comma), found with a
   * parser of the reader's factory: the bytes are well-formed JSON, since a strict reader read them
   * through and found only those fields wrong.
   */
  static byte[] withoutFields(byte[] data, List<String> paths) {
    List<long[]> cuts = new ArrayList<>();
    try (JsonParser p = Json.readFactory(STRICT.options()).createParser(data)) {
      JsonToken t = p.nextToken();
      while (t != null) {
        if (t == JsonToken.FIELD_NAME
            && paths.contains(p.getParsingContext().pathAsPointer().toString())) {
          long start = p.currentTokenLocation().getByteOffset();
          p.nextToken();
          p.skipChildren();
          t = p.nextToken();
          // Up to the next field, or to the end of the object.
          cuts.add(new long[] {start, p.currentTokenLocation().getByteOffset()});
          continue;
        }
        t = p.nextToken();
      }
    } catch (IOException e) {
      throw new AssertionError("bytes a strict reader read through do not parse: " + e, e);
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
    int copied = 0;
    int i = 0;
    while (i < cuts.size()) {
      int start = (int) cuts.get(i)[0];
      int end = (int) cuts.get(i)[1];
      while (i + 1 < cuts.size() && cuts.get(i + 1)[0] <= end) {
        end = (int) cuts.get(++i)[1];
      }
      i++;
      if (data[end] == '}') {
        // The last fields of an object go with the comma before them, if any.
        int before = start - 1;
        while (isSpace(data[before])) {
          before--;
        }
        if (data[before] == ',') {
          start = before;
        }
      }
      out.write(data, copied, start - copied);
      copied = end;
    }
    out.write(data, copied, data.length - copied);
    return out.toByteArray();
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** A book written reads back strictly to an equal book, and writes to the same bytes. */
  static void roundTrips(TrustBook book) {
    byte[] written = WRITER.toBytes(book);
    TrustBook back;
    try {
      back = STRICT.read(written);
    } catch (BookReadException e) {
      throw new AssertionError(
          "a book written cannot be read back: " + e.getMessage() + "\n" + utf8(written), e);
    }
    check(back.equals(book), "a book written reads back to another book");
    check(Arrays.equals(WRITER.toBytes(back), written), "a book read back writes other bytes");
  }

  /** Whether a path is a JSON Pointer: empty, or "/" tokens with "~" escaped as ~0 and ~1. */
  static boolean isPointer(String path) {
    if (path.isEmpty()) {
      return true;
    }
    if (path.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '~') {
        if (i + 1 == path.length() || (path.charAt(i + 1) != '0' && path.charAt(i + 1) != '1')) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean insideAny(String path, List<String> fields) {
    for (String field : fields) {
      if (path.equals(field) || path.startsWith(field + "/")) {
        return true;
      }
    }
    return false;
  }

  static void check(boolean condition, String failure) {
    if (!condition) {
      throw new AssertionError(failure);
    }
  }

  /** The input as text, with JSON's backslash-u escapes decoded (they may spell anything). */
  private static String inputText(byte[] bytes) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
        try {
          out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        } catch (NumberFormatException notAnEscape) {
          // Kept as it is.
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
