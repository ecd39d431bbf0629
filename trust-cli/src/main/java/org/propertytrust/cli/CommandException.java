package org.propertytrust.cli;

import org.jspecify.annotations.Nullable;

/**
 * A command that cannot be carried out as asked: its text says why, in the language of the run; the
 * exit code is 2.
 */
class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  CommandException(String key, Object... args) {
    this(null, key, args);
  }

  CommandException(@Nullable Throwable cause, String key, Object... args) {
    super(new Text(key, args).english(), cause);
    this.text = new Text(key, args);
  }

  /** Says why, in the language of the messages. */
  String message(Messages m) {
    return m.get(text.key(), text.args());
  }
}
