package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.json.BookReadException;
import org.propertytrust.json.BookStream;
import org.propertytrust.json.ReadProblem;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.Validation;
import org.propertytrust.rules.ValidationReport;

/**
 * Validating a book as {@code trust validate} does, streamed from a file (the header first, then
 * the entries one at a time), gives the report of validating the book read into memory, on each
 * committed input of {@link ReadValidateFuzzTest} (and on the inputs a local fuzzing run left in
 * {@code trust-cli/.cifuzz-corpus/}, when there are any): as of the latest entry and as of the
 * first; and {@code trust validate --lenient --json}, on the file and on standard input, prints
 * that report and exits 0 when it is clean, 1 when not, and 2, listing the same problems, when the
 * book cannot be read.
 */
class ReadValidateReplayTest {
  /** The reader {@code trust validate --lenient} uses. */
  private static final TrustBookReader READER = TrustBookReader.lenient();

  private static final RuleSet RULES = RuleSet.standard();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path dir;

  /** The committed inputs of the harness, then those of a local fuzzing run. */
  static Stream<Named<Path>> inputs() throws IOException, URISyntaxException {
    List<Named<Path>> all = new ArrayList<>();
    URL committed =
        Objects.requireNonNull(
            ReadValidateReplayTest.class.getResource(
                "ReadValidateFuzzTestInputs/readThenValidate"));
    addFiles(Path.of(committed.toURI()), "", all);
    addFiles(
        Path.of(".cifuzz-corpus", ReadValidateFuzzTest.class.getName(), "readThenValidate"),
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
    assertThat(inputs().map(Named::getName))
        .contains("seed-business-faults.json", "maple-court.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void streamingAndTrustValidateGiveTheInMemoryReport(Path input) throws IOException {
    byte[] data = Files.readAllBytes(input);
    Path file = dir.resolve(input.getFileName() + ".json");
    Files.copy(input, file, StandardCopyOption.REPLACE_EXISTING);

    TrustBook book;
    try {
      book = READER.read(data);
    } catch (BookReadException refused) {
      BookReadException streaming =
          catchThrowableOfType(BookReadException.class, () -> streamed(file, Optional.empty()));
      assertThat(streaming).as("streaming refuses it too").isNotNull();
      assertThat(paths(streaming.problems())).isEqualTo(paths(refused.problems()));
      for (Cli.Result run : trustValidate(file, data, Optional.empty())) {
        assertThat(run.exit()).isEqualTo(2);
        List<String> printed = new ArrayList<>();
        run.json().get("problems").forEach(p -> printed.add(p.get("path").asText()));
        assertThat(printed).isEqualTo(paths(refused.problems()));
      }
      return;
    }

    List<Optional<LocalDate>> asOfs = new ArrayList<>(List.of(Optional.empty()));
    book.entries().stream()
        .map(Entry::date)
        .min(LocalDate::compareTo)
        .filter(first -> book.entries().stream().anyMatch(e -> e.date().isAfter(first)))
        .ifPresent(first -> asOfs.add(Optional.of(first)));
    for (Optional<LocalDate> asOf : asOfs) {
      ValidationReport memory;
      try {
        memory = RULES.validate(book, asOf);
      } catch (TrustException overflow) {
        TrustException streaming =
            catchThrowableOfType(TrustException.class, () -> streamed(file, asOf));
        assertThat(streaming).as("streaming refuses to judge it too").isNotNull();
        assertThat(streaming.getMessage()).isEqualTo(overflow.getMessage());
        for (Cli.Result run : trustValidate(file, data, asOf)) {
          assertThat(run.exit()).isEqualTo(2);
          assertThat(run.err().strip()).isEqualTo("trust: " + overflow.getMessage());
        }
        continue;
      }
      assertThat(streamed(file, asOf)).as("as of %s", asOf).isEqualTo(memory);
      for (Cli.Result run : trustValidate(file, data, asOf)) {
        assertThat(run.exit()).as("as of %s", asOf).isEqualTo(memory.isClean() ? 0 : 1);
        assertThat(run.json()).isEqualTo(MAPPER.readTree(JsonReports.validation(memory)));
      }
    }
  }

  /** Validates a book file as {@code trust validate} does. */
  private static ValidationReport streamed(Path file, Optional<LocalDate> asOf) {
    try (BookStream stream = READER.open(file)) {
      Validation validation = RULES.begin(stream.header(), asOf);
      stream.forEachEntry((index, entry) -> validation.accept(entry));
      return validation.finish();
    }
  }

  /** {@code trust validate --lenient --json} on the file, then on standard input. */
  private static List<Cli.Result> trustValidate(Path file, byte[] data, Optional<LocalDate> asOf) {
    List<String> args = new ArrayList<>(List.of("--lang", "en", "validate", "--lenient", "--json"));
    asOf.ifPresent(d -> args.addAll(List.of("--as-of", d.toString())));
    List<String> onFile = new ArrayList<>(args);
    onFile.add(file.toString());
    List<String> onStdin = new ArrayList<>(args);
    onStdin.add("-");
    return List.of(
        Cli.run(onFile.toArray(String[]::new)),
        Cli.runWithInput(data, onStdin.toArray(String[]::new)));
  }

  private static List<String> paths(List<ReadProblem> problems) {
    return problems.stream().map(ReadProblem::path).toList();
  }
}
