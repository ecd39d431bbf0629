package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Entry;

/** Reading books in two passes: header first, then entries one at a time. */
class StreamingTest {
  @TempDir Path dir;

  private Path file(String name, String json) throws Exception {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  /** three-units with its entries array moved to the front of the document. */
  static String entriesFirst() {
    String book = Resources.threeUnits();
    int start = book.indexOf("  \"entries\": [");
    int end = book.indexOf("  \"expenditures\"");
    String entries = book.substring(start, end);
    return "{\n" + entries + book.substring(1, start) + book.substring(end);
  }

  @Test
  void theHeaderIsTheBookWithoutEntriesAndEntriesComeOneAtATime() throws Exception {
    try (BookStream stream =
        TrustBookReader.strict().open(file("b.json", Resources.threeUnits()))) {
      assertThat(stream.header()).isEqualTo(ExampleBooks.threeUnitsWithoutEntries());
      List<Long> indexes = new ArrayList<>();
      List<Entry> entries = new ArrayList<>();
      stream.forEachEntry(
          (index, entry) -> {
            indexes.add(index);
            entries.add(entry);
          });
      assertThat(entries).isEqualTo(ExampleBooks.threeUnitsEntries());
      assertThat(indexes).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
      assertThat(stream.warnings()).isEmpty();
    }
  }

  @Test
  void entriesBeforeTheOtherSectionsAreReadToo() throws Exception {
    String json = entriesFirst();
    assertThat(json.indexOf("\"entries\"")).isLessThan(json.indexOf("\"community\""));
    try (BookStream stream = TrustBookReader.strict().open(file("first.json", json))) {
      assertThat(stream.header()).isEqualTo(ExampleBooks.threeUnitsWithoutEntries());
      assertThat(stream.book()).isEqualTo(ExampleBooks.threeUnits());
    }
    assertThat(TrustBookReader.strict().read(json)).isEqualTo(ExampleBooks.threeUnits());
  }

  @Test
  void anErrorAfterEntriesWereHandedOutStillFailsTheRead() throws Exception {
    String json =
        Resources.threeUnits()
            .replace(
                "\"id\": \"E8\", \"date\": \"2024-02-25\"",
                "\"id\": \"E8\", \"date\": \"2024-02-31\"");
    List<String> handedOut = new ArrayList<>();
    try (BookStream stream = TrustBookReader.strict().open(file("late.json", json))) {
      BookReadException e =
          catchThrowableOfType(
              BookReadException.class,
              () -> stream.forEachEntry((index, entry) -> handedOut.add(entry.id())));
      assertThat(e.problems())
          .containsExactly(
              ReadProblem.of(
                  "/entries/7/date", "\"2024-02-31\" is not a date: 2024-02 has days 01 to 29"));
    }
    assertThat(handedOut).containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7");
  }

  @Test
  void everyEntryProblemIsFoundAndNoEntryIsHandedOutAfterTheFirst() throws Exception {
    String json =
        Resources.threeUnits()
            .replace("\"kind\": \"PAYMENT\"", "\"kind\": \"PAID\"")
            .replace("\"debit\": \"48.15\"", "\"debit\": \"48.155\"");
    List<String> handedOut = new ArrayList<>();
    try (BookStream stream = TrustBookReader.strict().open(file("many.json", json))) {
      BookReadException e =
          catchThrowableOfType(
              BookReadException.class,
              () -> stream.forEachEntry((index, entry) -> handedOut.add(entry.id())));
      assertThat(e.problems())
          .extracting(ReadProblem::path)
          .containsExactly(
              "/entries/1/kind", "/entries/2/kind", "/entries/7/kind", "/entries/8/lines/0/debit");
    }
    assertThat(handedOut).containsExactly("E1");
  }

  @Test
  void aHeaderProblemFailsTheOpenAndReportsEntryProblemsToo() throws Exception {
    String json =
        entriesFirst()
            .replace("\"dueDay\": 15", "\"dueDay\": 40")
            .replace("\"debit\": \"48.15\"", "\"debit\": \"48.155\"");
    BookReadException e =
        catchThrowableOfType(
            BookReadException.class, () -> TrustBookReader.strict().open(file("h.json", json)));
    assertThat(e.problems())
        .containsExactly(
            ReadProblem.of(
                "/entries/8/lines/0/debit",
                "debit \"48.155\" has 3 decimals; at most 2 are allowed in CNY"),
            ReadProblem.of(
                "/contract/fees/0/dueDay", "dueDay 40 is out of range; expected 1 to 31"));
  }

  @Test
  void standardInputIsSpooledToATemporaryFileThatCloseDeletes() throws Exception {
    Path spool = Files.createDirectory(dir.resolve("spool"));
    TrustBookReader reader =
        TrustBookReader.withOptions(ReadOptions.builder().spoolDirectory(spool).build());
    BookStream stream =
        reader.open(new ByteArrayInputStream(entriesFirst().getBytes(StandardCharsets.UTF_8)));
    try (Stream<Path> files = Files.list(spool)) {
      assertThat(files).hasSize(1);
    }
    assertThat(stream.book()).isEqualTo(ExampleBooks.threeUnits());
    List<Entry> again = new ArrayList<>();
    stream.forEachEntry((i, e) -> again.add(e));
    assertThat(again).hasSize(9);
    stream.close();
    try (Stream<Path> files = Files.list(spool)) {
      assertThat(files).isEmpty();
    }
    assertThatThrownBy(() -> stream.forEachEntry((i, e) -> {}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSpoolOfABadBookIsDeletedAtOnce() throws Exception {
    Path spool = Files.createDirectory(dir.resolve("spool"));
    TrustBookReader reader =
        TrustBookReader.withOptions(ReadOptions.builder().spoolDirectory(spool).build());
    assertThatThrownBy(
            () -> reader.open(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(BookReadException.class);
    try (Stream<Path> files = Files.list(spool)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aMissingFileIsAnIoFailureNotAReadError() {
    assertThatThrownBy(() -> TrustBookReader.strict().open(dir.resolve("none.json")))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }
}
