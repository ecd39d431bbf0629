package org.propertytrust.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while reading a book: where it is, as a JSON Pointer (RFC 6901) into the
 * document such as {@code /entries/7/lines/1/debit}, and what is wrong, naming the offending value
 * and what was expected.
 *
 * <p>The path of the whole document is the empty string. A missing field is reported at the path it
 * would have had ({@code /contract/start}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadProblem {
  private final String path;
  private final String message;

  private ReadProblem(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a problem.
   *
   * @param path the JSON Pointer of the offending value; not null, empty for the whole document
   * @param message what is wrong and what was expected; not null, not empty
   * @return the problem
   * @throws IllegalArgumentException if the message is empty
   */
  public static ReadProblem of(String path, String message) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (message.isEmpty()) {
      throw new IllegalArgumentException("a read problem needs a message");
    }
    return new ReadProblem(path, message);
  }

  /**
   * Returns the JSON Pointer of the offending value.
   *
   * @return the path, such as {@code /entries/7/lines/1/debit}; empty for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, naming the offending value (shortened when long) and what was expected.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Tells whether the other object is a problem with the same path and message.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadProblem
        && ((ReadProblem) other).path.equals(path)
        && ((ReadProblem) other).message.equals(message);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * path.hashCode() + message.hashCode();
  }

  /**
   * Returns the problem as {@code "path: message"}, or the message alone for the whole document.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
