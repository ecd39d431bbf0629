package org.propertytrust.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors and warnings of one read, each tagged with the position of the top-level section it
 * was found in, so that problems found in different passes come out in document order. At most
 * {@link ReadOptions#maxProblems()} of each are kept; the rest are counted.
 */
final class Problems {
  private final int max;
  private final List<Tagged> errors = new ArrayList<>();
  private final List<Tagged> warnings = new ArrayList<>();
  private long suppressedErrors;
  private long suppressedWarnings;
  private long errorCount;
  private int section;
  private long sequence;

  Problems(int max) {
    this.max = max;
  }

  /** The most errors (and, separately, warnings) listed. */
  int max() {
    return max;
  }

  /** Whether no further error can be listed: more are only counted. */
  boolean isFull() {
    return errors.size() >= max;
  }

  /** Sets the section (its position among the document's top-level keys) of what follows. */
  void section(int position) {
    this.section = position;
  }

  int section() {
    return section;
  }

  void error(String path, String message) {
    errorCount++;
    if (errors.size() < max) {
      errors.add(new Tagged(section, sequence++, ReadProblem.of(path, message)));
    } else {
      suppressedErrors++;
    }
  }

  void warning(String path, String message) {
    if (warnings.size() < max) {
      warnings.add(new Tagged(section, sequence++, ReadProblem.of(path, message)));
    } else {
      suppressedWarnings++;
    }
  }

  /** Removes an error recorded earlier (one that another pass reports better). */
  void remove(ReadProblem problem) {
    if (errors.removeIf(t -> t.problem.equals(problem))) {
      errorCount--;
    }
  }

  /** The number of errors recorded so far, including those not kept. */
  long errorCount() {
    return errorCount;
  }

  boolean hasErrors() {
    return errorCount > 0;
  }

  /** Adds the problems of another read of the same document. */
  void addAll(Problems other) {
    errorCount += other.errorCount;
    for (Tagged t : other.errors) {
      if (errors.size() < max) {
        errors.add(t);
      } else {
        suppressedErrors++;
      }
    }
    suppressedErrors += other.suppressedErrors;
    addWarnings(other);
  }

  /**
   * Adds the warnings of another read of the same document (the other pass): tagged with their
   * sections, they come out in document order.
   */
  void addWarnings(Problems other) {
    for (Tagged t : other.warnings) {
      if (warnings.size() < max) {
        warnings.add(t);
      } else {
        suppressedWarnings++;
      }
    }
    suppressedWarnings += other.suppressedWarnings;
  }

  List<ReadProblem> errors() {
    return sorted(errors, suppressedErrors, "problems");
  }

  List<ReadProblem> warnings() {
    return sorted(warnings, suppressedWarnings, "warnings");
  }

  BookReadException exception() {
    return new BookReadException(errors());
  }

  private static List<ReadProblem> sorted(List<Tagged> tagged, long suppressed, String what) {
    List<Tagged> copy = new ArrayList<>(tagged);
    copy.sort(Comparator.comparingInt((Tagged t) -> t.section).thenComparingLong(t -> t.sequence));
    List<ReadProblem> out = new ArrayList<>(copy.size() + 1);
    for (Tagged t : copy) {
      out.add(t.problem);
    }
    if (suppressed > 0) {
      out.add(
          ReadProblem.of(
              "",
              suppressed
                  + " further "
                  + what
                  + " were found and not listed (read option maxProblems)"));
    }
    return out;
  }

  private static final class Tagged {
    final int section;
    final long sequence;
    final ReadProblem problem;

    Tagged(int section, long sequence, ReadProblem problem) {
      this.section = section;
      this.sequence = sequence;
      this.problem = problem;
    }
  }
}
