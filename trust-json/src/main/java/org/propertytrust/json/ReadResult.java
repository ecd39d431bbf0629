package org.propertytrust.json;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.book.TrustBook;

/**
 * A book read in full, with the warnings found while reading it: the unknown fields a lenient
 * reader dropped, in every section and inside the entries, each with its JSON path. A strict read
 * has no warnings (an unknown field is an error there).
 *
 * <pre>{@code
 * ReadResult read = TrustBookReader.lenient().readWithWarnings(Path.of("book.json"));
 * read.warnings().forEach(w -> System.err.println(w.path() + ": " + w.message()));
 * TrustBook book = read.book();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {
  private final TrustBook book;
  private final List<ReadProblem> warnings;

  private ReadResult(TrustBook book, List<ReadProblem> warnings) {
    this.book = book;
    this.warnings = warnings;
  }

  /**
   * Returns a result.
   *
   * @param book the book read; not null
   * @param warnings the warnings, in document order; not null
   * @return the result
   */
  public static ReadResult of(TrustBook book, List<ReadProblem> warnings) {
    return new ReadResult(
        Objects.requireNonNull(book, "book"),
        List.copyOf(Objects.requireNonNull(warnings, "warnings")));
  }

  /**
   * Returns the book, entries included.
   *
   * @return the book
   */
  public TrustBook book() {
    return book;
  }

  /**
   * Returns the warnings found while reading the book, in document order. At most {@link
   * ReadOptions#maxProblems()} are listed; when more were found, the last one says how many more.
   *
   * @return the warnings; empty when there were none
   */
  public List<ReadProblem> warnings() {
    return warnings;
  }

  /**
   * Tells whether the other object is a result with an equal book and the same warnings.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadResult
        && ((ReadResult) other).book.equals(book)
        && ((ReadResult) other).warnings.equals(warnings);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * book.hashCode() + warnings.hashCode();
  }

  /**
   * Returns the community's id, the number of entries and the warnings, for logs.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReadResult{book="
        + book.community().id()
        + ", entries="
        + book.entries().size()
        + ", warnings="
        + warnings
        + "}";
  }
}
