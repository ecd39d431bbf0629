package org.propertytrust.cli;

import org.jspecify.annotations.Nullable;

/** A command that cannot be carried out as asked: its message says why; the exit code is 2. */
final class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandException(String message) {
    super(message);
  }

  CommandException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
