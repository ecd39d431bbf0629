package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;

/**
 * The reader's laws that need files and streams, too costly for every execution of {@link
 * BookReaderFuzzTest}, on each of its committed inputs (and on the inputs a local fuzzing run left
 * in {@code trust-json/.cifuzz-corpus/}, when there are any): bytes read from memory, from a file,
 * from an {@code InputStream} and spooled from one get the same verdict, the same book or the same
 * problems; streaming the entries of a file gives that book; what reads writes (compact and
 * indented, to bytes and to a file) and reads back to an equal book; and a lenient reader warns of
 * exactly the unknown fields a strict one refuses.
 */
class BookReaderReplayTest {
  private static final TrustBookReader STRICT = BookReaderFuzzTest.STRICT;
  private static final TrustBookReader LENIENT = BookReaderFuzzTest.LENIENT;

  @TempDir static Path dir;

  /** The committed inputs of the harness, then those of a local fuzzing run. */
  static Stream<Named<Path>> inputs() throws IOException, URISyntaxException {
    List<Named<Path>> all = new ArrayList<>();
    URL committed =
        Objects.requireNonNull(
            BookReaderReplayTest.class.getResource("BookReaderFuzzTestInputs/readsOrRefuses"));
    addFiles(Path.of(committed.toURI()), "", all);
    addFiles(
        Path.of(".cifuzz-corpus", BookReaderFuzzTest.class.getName(), "readsOrRefuses"),
        ".cifuzz-corpus/",
        all);
    return all.stream();
  }

  private static void addFiles(Path folder, String prefix, List<Named<Path>> into)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(f -> into.add(Named.of(prefix + f.getFileName(), f)));
    }
  }

  @Test
  void thereAreInputsToReplay() throws Exception {
    assertThat(inputs().map(Named::getName)).contains("seed-three-units.json", "empty.json");
  }

  /** A book, or the problems that refused it. */
  private record Verdict(TrustBook book, List<String> problems) {}

  private static Verdict verdict(Supplier<TrustBook> read) {
    try {
      return new Verdict(read.get(), List.of());
    } catch (BookReadException refused) {
      List<String> problems = new ArrayList<>();
      for (ReadProblem p : refused.problems()) {
        // Where the parser notices a limit depends on its buffers, so the figures in a message may
        // differ between a file and memory; the path and the words may not.
        problems.add(p.path() + ": " + p.message().replaceAll("[0-9]+", "#"));
      }
      return new Verdict(null, problems);
    }
  }

  private static Path write(Path input) throws IOException {
    Path file = dir.resolve(input.getFileName() + ".json");
    Files.copy(input, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void memoryFileAndStreamsGiveTheSameVerdict(Path input) throws IOException {
    byte[] data = Files.readAllBytes(input);
    Path file = write(input);
    for (TrustBookReader reader : List.of(STRICT, LENIENT)) {
      Verdict memory = verdict(() -> reader.read(data));
      assertThat(verdict(() -> reader.read(file))).as("from a file").isEqualTo(memory);
      assertThat(verdict(() -> reader.read(new ByteArrayInputStream(data))))
          .as("from an InputStream")
          .isEqualTo(memory);
      assertThat(verdict(() -> spooled(reader, data)))
          .as("spooled from an InputStream")
          .isEqualTo(memory);
      assertThat(verdict(() -> streamed(reader, file)))
          .as("streamed from a file")
          .isEqualTo(memory);
    }
  }

  private static TrustBook spooled(TrustBookReader reader, byte[] data) {
    try (BookStream stream = reader.open(new ByteArrayInputStream(data))) {
      return stream.book();
    }
  }

  /** The header, then the entries one at a time, in order. */
  private static TrustBook streamed(TrustBookReader reader, Path file) {
    try (BookStream stream = reader.open(file)) {
      TrustBook header = stream.header();
      assertThat(header.entries()).as("the header's entries").isEmpty();
      List<Entry> entries = new ArrayList<>();
      stream.forEachEntry(
          (index, entry) -> {
            assertThat(index).as("the index of the next entry").isEqualTo(entries.size());
            entries.add(entry);
          });
      return ImmutableTrustBook.copyOf(header).withEntries(entries);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void whatReadsWritesAndReadsBackEqual(Path input) throws IOException {
    byte[] data = Files.readAllBytes(input);
    TrustBook book = verdict(() -> LENIENT.read(data)).book();
    if (book == null) {
      return;
    }
    for (TrustBookWriter writer : List.of(TrustBookWriter.compact(), TrustBookWriter.indented())) {
      byte[] written = writer.toBytes(book);
      assertThat(STRICT.read(written)).isEqualTo(book);
      assertThat(writer.toBytes(STRICT.read(written))).isEqualTo(written);
      Path file = dir.resolve(input.getFileName() + ".written.json");
      writer.write(book, file);
      assertThat(Files.readAllBytes(file)).isEqualTo(written);
      assertThat(STRICT.read(file)).isEqualTo(book);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void aLenientReaderWarnsOfExactlyTheUnknownFieldsAStrictOneRefuses(Path input)
      throws IOException {
    byte[] data = Files.readAllBytes(input);
    List<ReadProblem> strict = new ArrayList<>();
    try {
      STRICT.read(data);
    } catch (BookReadException refused) {
      strict.addAll(refused.problems());
    }
    Path file = write(input);
    List<ReadProblem> warnings;
    try (BookStream stream = LENIENT.open(file)) {
      stream.forEachEntry((index, entry) -> {});
      warnings = stream.warnings();
    } catch (BookReadException refused) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    for (ReadProblem p : strict) {
      if (p.message().startsWith("unknown field ")) {
        unknown.add(p.path());
      }
    }
    if (unknown.size() < strict.size()) {
      // Refused for more than unknown fields, or too many of them to be listed.
      return;
    }
    // Which comes first when the entries come before another section is not part of the law.
    assertThat(warnings).extracting(ReadProblem::path).containsExactlyInAnyOrderElementsOf(unknown);
    assertThat(warnings)
        .allSatisfy(w -> assertThat(w.message()).startsWith("unknown field ").endsWith(" ignored"));
  }
}
