package org.propertytrust.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A book could not be read: every problem found is listed, each with its JSON path, and no book
 * (not even part of one) was returned.
 *
 * <p>Structural errors are read errors: malformed JSON, wrong types, unparseable amounts, dates or
 * months, a {@code format} other than {@code trust-book/1}, unknown fields (unless read leniently),
 * duplicate keys, duplicate ids within a section, a limit of {@link ReadOptions} exceeded, and any
 * value the core model refuses to build. Business problems (unbalanced entries, unknown accounts,
 * missing approvals) are not: such a book reads, and the rules report them.
 *
 * <p>Like {@link org.propertytrust.core.TrustException} it extends {@link
 * IllegalArgumentException}: the input was unacceptable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BookReadException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private static final int MESSAGE_PROBLEMS = 20;

  /** The problems; never empty. */
  @SuppressWarnings("serial") // an immutable list of immutable values
  private final List<ReadProblem> problems;

  /**
   * Creates an exception reporting the given problems.
   *
   * @param problems the problems, in document order; not null, not empty
   * @throws IllegalArgumentException if there are no problems
   */
  public BookReadException(List<ReadProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<ReadProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a read error needs at least one problem");
    }
    String head =
        problems.size() == 1
            ? "the book could not be read: "
            : "the book could not be read (" + problems.size() + " problems): ";
    String listed =
        problems.stream()
            .limit(MESSAGE_PROBLEMS)
            .map(ReadProblem::toString)
            .collect(Collectors.joining("; "));
    String more =
        problems.size() > MESSAGE_PROBLEMS
            ? "; and " + (problems.size() - MESSAGE_PROBLEMS) + " more"
            : "";
    return head + listed + more;
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return the problems; never empty
   */
  public List<ReadProblem> problems() {
    return problems;
  }
}
