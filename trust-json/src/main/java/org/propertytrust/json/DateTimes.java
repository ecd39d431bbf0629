package org.propertytrust.json;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.propertytrust.core.TrustException;

/**
 * The lexical forms of dates, months and instants in trust-book/1: {@code YYYY-MM-DD}, {@code
 * YYYY-MM}, and {@code YYYY-MM-DDTHH:MM[:SS[.fraction]]} followed by {@code Z} or {@code
 * ±HH:MM[:SS]}; years 0000 to 9999.
 */
final class DateTimes {
  private DateTimes() {}

  /**
   * Tells whether a text has the shape of an instant with offset (its values are checked later).
   */
  static boolean isWellFormed(String t) {
    int n = t.length();
    if (n < 17
        || !digits(t, 0, 4)
        || t.charAt(4) != '-'
        || !digits(t, 5, 2)
        || t.charAt(7) != '-'
        || !digits(t, 8, 2)
        || t.charAt(10) != 'T'
        || !digits(t, 11, 2)
        || t.charAt(13) != ':'
        || !digits(t, 14, 2)) {
      return false;
    }
    int i = 16;
    if (i < n && t.charAt(i) == ':') {
      if (!digits(t, i + 1, 2)) {
        return false;
      }
      i += 3;
      if (i < n && t.charAt(i) == '.') {
        int start = ++i;
        while (i < n && isDigit(t.charAt(i))) {
          i++;
        }
        if (i == start || i - start > 9) {
          return false;
        }
      }
    }
    if (i == n - 1) {
      return t.charAt(i) == 'Z';
    }
    if (i >= n || (t.charAt(i) != '+' && t.charAt(i) != '-')) {
      return false;
    }
    int rest = n - i - 1;
    if (rest != 5 && rest != 8) {
      return false;
    }
    return digits(t, i + 1, 2)
        && t.charAt(i + 3) == ':'
        && digits(t, i + 4, 2)
        && (rest == 5 || (t.charAt(i + 6) == ':' && digits(t, i + 7, 2)));
  }

  /** Writes a date, refusing years the format cannot hold. */
  static String format(LocalDate date) {
    checkYear(date.getYear(), date);
    return date.toString();
  }

  /** Writes a month, refusing years the format cannot hold. */
  static String format(YearMonth month) {
    checkYear(month.getYear(), month);
    return month.toString();
  }

  /** Writes an instant with its offset, always with seconds. */
  static String format(OffsetDateTime at) {
    checkYear(at.getYear(), at);
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
  }

  private static void checkYear(int year, Object value) {
    TrustException.check(
        year >= 0 && year <= 9999, "trust-book/1 holds years 0000 to 9999; cannot write %s", value);
  }

  private static boolean digits(String t, int from, int count) {
    if (from + count > t.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
