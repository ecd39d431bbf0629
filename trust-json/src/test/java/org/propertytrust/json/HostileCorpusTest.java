package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every book of the hostile corpus ({@link HostileBooks}) is refused with a problem at its exact
 * JSON path whose message holds the expected words, or reads as expected; no other exception, never
 * an error. Surefire runs this class alone with a 96 MB heap and exits the JVM on an {@link
 * OutOfMemoryError} (see the module's pom): the biggest books (a 128 MiB string, a 130 MB book of
 * 400,000 entries, a million lines in one entry, a million unknown fields) are larger than that
 * heap, so the test fails if reading them ever holds what it reads. The timeout is only a guard
 * against a hang; speed is measured in trust-bench.
 */
class HostileCorpusTest {
  /** Books at most this long are also read from memory, to check both ways agree. */
  private static final long SMALL = 1 << 20;

  @TempDir static Path dir;

  static Stream<HostileBooks.Case> cases() {
    return HostileBooks.all().stream();
  }

  @BeforeAll
  static void heapIsSmall() {
    // Only the pom's hostile-corpus execution (which sets this property) gives the small heap that
    // the proof of bounded memory needs; a run picked with -Dtest lands in the default one too.
    assumeTrue(
        Boolean.getBoolean("hostile.corpus"), "runs in the hostile-corpus surefire execution");
    assertThat(Runtime.getRuntime().maxMemory()).isLessThan(128L << 20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void eachBookIsRefusedAtItsPathOrReads(HostileBooks.Case c) throws IOException {
    Path file = c.writeTo(dir);
    try {
      TrustBookReader reader = c.reader();
      if (c.outcome() == HostileBooks.Outcome.REFUSED) {
        List<ReadProblem> problems = refused(reader, file);
        assertWellFormed(problems, reader);
        assertThat(problems)
            .as("%s: %s", c, problems.size() > 5 ? problems.subList(0, 5) : problems)
            .anySatisfy(
                p -> {
                  assertThat(p.path()).isEqualTo(c.path());
                  assertThat(p.message()).contains(c.words());
                });
        if (Files.size(file) <= SMALL) {
          byte[] bytes = Files.readAllBytes(file);
          BookReadException fromBytes =
              catchThrowableOfType(BookReadException.class, () -> reader.read(bytes));
          assertThat(fromBytes).as("read from memory").isNotNull();
          // The same problems, but for where the parser noticed a limit (its buffers differ).
          assertThat(figuresOut(fromBytes.problems())).isEqualTo(figuresOut(problems));
        }
      } else {
        List<ReadProblem> warnings = new ArrayList<>();
        long entries = stream(reader, file, warnings);
        assertThat(entries).isEqualTo(c.entries());
        if (c.words().isEmpty()) {
          assertThat(warnings).isEmpty();
        } else {
          assertThat(warnings)
              .anySatisfy(
                  w -> {
                    assertThat(w.path()).isEqualTo(c.path());
                    assertThat(w.message()).contains(c.words());
                  });
        }
        if (Files.size(file) <= SMALL) {
          assertThat(reader.read(Files.readAllBytes(file)).entries()).hasSize((int) c.entries());
        }
      }
    } finally {
      Files.delete(file);
    }
  }

  /** Standard input is spooled and read the same way as a file. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("smallCases")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aBookFromAStreamGetsTheSameVerdict(HostileBooks.Case c) throws IOException {
    Path file = c.writeTo(dir);
    try {
      TrustBookReader reader = c.reader();
      List<ReadProblem> fromFile = problemsOrEmpty(() -> reader.read(file));
      List<ReadProblem> fromStream;
      try (InputStream in = Files.newInputStream(file)) {
        fromStream = problemsOrEmpty(() -> reader.read(in));
      }
      assertThat(fromStream).isEqualTo(fromFile);
      assertThat(fromFile.isEmpty()).isEqualTo(c.outcome() == HostileBooks.Outcome.READS);
    } finally {
      Files.delete(file);
    }
  }

  static Stream<HostileBooks.Case> smallCases() {
    return HostileBooks.all().stream().filter(c -> !c.generated());
  }

  @Test
  void theCorpusHasAtLeastFiftyBooksOfEachKindThatMatters() {
    List<HostileBooks.Case> all = HostileBooks.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(50);
    assertThat(all).extracting(HostileBooks.Case::name).doesNotHaveDuplicates();
    assertThat(all).filteredOn(c -> c.outcome() == HostileBooks.Outcome.READS).isNotEmpty();
    assertThat(all).filteredOn(HostileBooks.Case::generated).hasSizeGreaterThanOrEqualTo(10);
    for (String limit :
        List.of(
            "maxNestingDepth",
            "maxNumberLength",
            "maxStringLength",
            "maxNameLength",
            "maxLinesPerEntry",
            "maxDocumentLength",
            "maxProblems")) {
      assertThat(all)
          .as("a book beyond %s", limit)
          .anySatisfy(c -> assertThat(String.join(" ", c.words())).contains(limit));
    }
  }

  private interface Read {
    void run();
  }

  private static List<ReadProblem> problemsOrEmpty(Read read) {
    try {
      read.run();
      return List.of();
    } catch (BookReadException e) {
      return e.problems();
    }
  }

  private static List<ReadProblem> refused(TrustBookReader reader, Path file) {
    BookReadException e =
        catchThrowableOfType(
            BookReadException.class, () -> stream(reader, file, new ArrayList<>()));
    assertThat(e).as("the book must be refused").isNotNull();
    return e.problems();
  }

  /** Streams a book's entries without holding them; returns how many there were. */
  private static long stream(TrustBookReader reader, Path file, List<ReadProblem> warnings) {
    long[] count = new long[1];
    try (BookStream stream = reader.open(file)) {
      stream.forEachEntry((index, entry) -> count[0]++);
      warnings.addAll(stream.warnings());
    }
    return count[0];
  }

  private static List<String> figuresOut(List<ReadProblem> problems) {
    return problems.stream().map(p -> p.toString().replaceAll("[0-9]+", "#")).toList();
  }

  /** Paths are JSON pointers, messages say something, and no more are listed than allowed. */
  private static void assertWellFormed(List<ReadProblem> problems, TrustBookReader reader) {
    assertThat(problems).isNotEmpty().hasSizeLessThanOrEqualTo(reader.options().maxProblems() + 1);
    for (ReadProblem p : problems) {
      assertThat(p.path()).matches("|/.*");
      assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(p.message().length()).isLessThan(2_000);
    }
  }
}
