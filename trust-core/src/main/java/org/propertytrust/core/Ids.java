package org.propertytrust.core;

import org.jspecify.annotations.Nullable;

/**
 * The shape every identifier in a book must have: entry, unit, party, expenditure, vote and ticket
 * ids, fee codes, budget lines and account codes.
 *
 * <p>An id is 1 to {@value #MAX_LENGTH} characters long, has no control characters and does not
 * begin or end with white space. Ids are compared exactly (case-sensitive).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ids {
  /** The longest id accepted, in UTF-16 characters. */
  public static final int MAX_LENGTH = 200;

  private Ids() {}

  /**
   * Checks that a string is a valid id and returns it.
   *
   * @param what what the id names, for the message (for example {@code "unit id"}); not null
   * @param id the id to check; not null
   * @return {@code id}
   * @throws TrustException if the id is empty, too long, has a control character or begins or ends
   *     with white space
   */
  public static String check(String what, String id) {
    String problem = problem(id);
    if (problem != null) {
      throw new TrustException(what + " " + problem);
    }
    return id;
  }

  /**
   * Tells whether a string is a valid id.
   *
   * @param id the string; not null
   * @return true if {@link #check} would accept it
   */
  public static boolean isValid(String id) {
    return problem(id) == null;
  }

  private static @Nullable String problem(String id) {
    if (id.isEmpty()) {
      return "must not be empty";
    }
    if (id.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters, not " + id.length();
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c)) {
        return String.format(
            "must not contain control character U+%04X: %s", (int) c, printable(id));
      }
    }
    if (Character.isWhitespace(id.charAt(0))
        || Character.isWhitespace(id.charAt(id.length() - 1))) {
      return "must not begin or end with white space: \"" + id + "\"";
    }
    return null;
  }

  /**
   * Returns a string with its control characters written as {@code \}{@code uXXXX}, for messages.
   *
   * @param text the text; not null
   * @return the printable form
   */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
