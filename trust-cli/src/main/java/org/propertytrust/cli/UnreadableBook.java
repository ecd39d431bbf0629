package org.propertytrust.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.propertytrust.json.ReadProblem;

/**
 * A book that cannot even be opened: no such file, a directory, no permission. Like a book the
 * reader refuses, it is reported as a problem of the whole document and the exit code is 2.
 */
final class UnreadableBook extends CommandException {
  private static final long serialVersionUID = 1L;

  UnreadableBook(String name, Text reason, @Nullable Throwable cause) {
    super(cause, "error.unreadable", name, reason);
  }

  /** The problem as the JSON report lists it: for the whole document, in English. */
  List<ReadProblem> problems() {
    return List.of(ReadProblem.of("", getMessage()));
  }
}
