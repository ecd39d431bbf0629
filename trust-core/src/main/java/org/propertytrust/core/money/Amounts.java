package org.propertytrust.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;

/**
 * Parsing, checking and formatting of amounts written as decimal strings ({@code "120.50"}).
 *
 * <p>A decimal string is checked lexically before any number is built: an optional {@code -} (only
 * where a signed amount is allowed), one to {@value #MAX_INTEGER_DIGITS} digits, and optionally a
 * point followed by at most as many digits as the currency allows. Exponents, signs other than a
 * leading minus, white space, grouping separators and anything longer than {@value #MAX_LENGTH}
 * characters are rejected at once, so {@code "1e1000000"} or a million digits cost nothing.
 *
 * <p>The magnitude limit also keeps every amount within {@code long} minor units, so sums over a
 * ledger can be kept as {@code long} with overflow detected ({@link Math#addExact}). That holds for
 * currencies of at most {@value #MAX_DECIMAL_PLACES} decimal places, the only ones a community may
 * keep its book in ({@link #checkLedgerCurrency}): with 4 (the Chilean CLF), 15 digits before the
 * point and 4 after make 19 digits, more than a {@code long} holds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amounts {
  /** The most digits before the decimal point: amounts are below 10<sup>15</sup>. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** The longest decimal string accepted, sign and point included. */
  public static final int MAX_LENGTH = 40;

  /**
   * The most decimal places of a currency a book may be kept in: an amount of {@value
   * #MAX_INTEGER_DIGITS} digits before the point and this many after still fits in a {@code long}
   * of minor units (10<sup>18</sup> &lt; 2<sup>63</sup>).
   */
  public static final int MAX_DECIMAL_PLACES = 3;

  /**
   * The most significant digits a decimal given as a {@link BigDecimal} may have (a weight, the
   * terms of a rate, an area, a percent), so that no arithmetic on it can exhaust time or memory.
   */
  public static final int MAX_DECIMAL_PRECISION = 60;

  /**
   * The largest scale, either way, a decimal given as a {@link BigDecimal} may have: at most this
   * many digits after the point, and no exponent above 10<sup>{@value #MAX_DECIMAL_SCALE}</sup>.
   */
  public static final int MAX_DECIMAL_SCALE = 60;

  /** The default currency of a community: Chinese yuan renminbi. */
  public static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);

  private Amounts() {}

  /**
   * Parses a non-negative amount.
   *
   * @param text the decimal string, such as {@code "120.50"}; not null
   * @param currency the currency; not null
   * @return the amount at the currency's scale ({@code "1.5"} becomes {@code 1.50})
   * @throws TrustException if the text is not a non-negative decimal string within the limits, or
   *     has more decimals than the currency allows
   */
  public static Money parse(CharSequence text, CurrencyUnit currency) {
    return Money.of(currency, parseDecimal(text, currency.getDecimalPlaces(), false, "amount"));
  }

  /**
   * Parses an amount that may be negative (bank statement balances and uncleared items).
   *
   * @param text the decimal string, such as {@code "-800.00"}; not null
   * @param currency the currency; not null
   * @return the amount at the currency's scale
   * @throws TrustException if the text is not a decimal string within the limits, or has more
   *     decimals than the currency allows
   */
  public static Money parseSigned(CharSequence text, CurrencyUnit currency) {
    return Money.of(currency, parseDecimal(text, currency.getDecimalPlaces(), true, "amount"));
  }

  /**
   * Returns an amount given as a decimal, checked as the ledger requires: at most as many decimals
   * as the currency allows ({@code 1.50} and {@code 1.500} are fine in CNY, {@code 1.005} is not)
   * and below 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> in magnitude. Unlike {@link
   * Money#of(CurrencyUnit, BigDecimal)}, which throws an {@link ArithmeticException} for too many
   * decimals, every refusal is a {@link TrustException} naming the value and the currency. The
   * amount may be negative; values that must not be check that themselves.
   *
   * @param amount the amount; not null
   * @param currency the currency; not null
   * @return the amount at the currency's scale
   * @throws TrustException if the amount has more decimals than the currency allows, is too large,
   *     or is beyond the bounds of {@link #checkDecimal}
   */
  public static Money of(BigDecimal amount, CurrencyUnit currency) {
    checkDecimal("amount in " + currency, amount);
    int places = Math.max(0, currency.getDecimalPlaces());
    int decimals = Math.max(0, amount.stripTrailingZeros().scale());
    TrustException.check(
        decimals <= places,
        "amount %s has %s decimals; %s allows at most %s",
        amount.toPlainString(),
        decimals,
        currency,
        places);
    TrustException.check(
        amount.abs().compareTo(LIMIT) < 0,
        "amount %s in %s must be below 10^%s in magnitude",
        amount.toPlainString(),
        currency,
        MAX_INTEGER_DIGITS);
    return Money.of(currency, amount.setScale(places, RoundingMode.UNNECESSARY));
  }

  /**
   * Checks that a decimal given as a {@link BigDecimal} is within the bounds every calculation of
   * the library can afford: at most {@value #MAX_DECIMAL_PRECISION} significant digits and a scale
   * between -{@value #MAX_DECIMAL_SCALE} and {@value #MAX_DECIMAL_SCALE} (so neither {@code
   * 1E-100000000} nor {@code 1E+100000000} passes, nor a zero written with such a scale). The check
   * itself costs little whatever the value.
   *
   * @param what what the number is, for the message (for example {@code "weight 2"}); not null
   * @param value the decimal; not null
   * @return {@code value}
   * @throws TrustException if the value has too many digits or too large a scale
   */
  public static BigDecimal checkDecimal(String what, BigDecimal value) {
    // a bit length check first: precision() itself is costly on a huge number
    int bits = value.unscaledValue().bitLength();
    if (bits > 4 * MAX_DECIMAL_PRECISION) {
      throw new TrustException(
          what
              + " has about "
              + (bits * 30103L / 100000 + 1)
              + " significant digits; at most "
              + MAX_DECIMAL_PRECISION
              + " are allowed");
    }
    TrustException.check(
        value.precision() <= MAX_DECIMAL_PRECISION,
        "%s has %s significant digits; at most %s are allowed",
        what,
        value.precision(),
        MAX_DECIMAL_PRECISION);
    TrustException.check(
        Math.abs((long) value.scale()) <= MAX_DECIMAL_SCALE,
        "%s has scale %s; the scale must lie between -%s and %s: %s",
        what,
        value.scale(),
        MAX_DECIMAL_SCALE,
        MAX_DECIMAL_SCALE,
        value);
    return value;
  }

  /**
   * Parses a non-negative decimal that is not money (an area, a fee rate, a percentage) with the
   * same lexical checks as amounts.
   *
   * @param text the decimal string; not null
   * @param maxScale the most digits allowed after the point
   * @param what what the number is, for the message (for example {@code "areaM2"}); not null
   * @return the decimal, with the scale written
   * @throws TrustException if the text is not a non-negative decimal string within the limits
   */
  public static BigDecimal parseDecimal(CharSequence text, int maxScale, String what) {
    return parseDecimal(text, maxScale, false, what);
  }

  /**
   * Tells why a decimal string would be rejected, without building any number.
   *
   * @param text the text; not null
   * @param maxScale the most digits allowed after the point
   * @param signed whether a leading minus is allowed
   * @return the reason, or {@code null} when the text is acceptable
   */
  public static @org.jspecify.annotations.Nullable String lexicalProblem(
      CharSequence text, int maxScale, boolean signed) {
    int n = text.length();
    if (n == 0) {
      return "must not be empty";
    }
    if (n > MAX_LENGTH) {
      return "is " + n + " characters long; at most " + MAX_LENGTH + " are allowed";
    }
    int i = 0;
    if (text.charAt(0) == '-') {
      if (!signed) {
        return "must not be negative";
      }
      i = 1;
    }
    int intDigits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      intDigits++;
      i++;
    }
    if (intDigits == 0) {
      return "must start with a digit (a decimal string such as \"120.50\")";
    }
    if (intDigits > MAX_INTEGER_DIGITS) {
      return "has " + intDigits + " digits before the point; at most " + MAX_INTEGER_DIGITS;
    }
    if (i == n) {
      return null;
    }
    if (text.charAt(i) != '.') {
      return "has '"
          + text.charAt(i)
          + "' at position "
          + (i + 1)
          + "; expected only digits and one point (no exponent, sign or spaces)";
    }
    i++;
    int fraction = 0;
    while (i < n && isDigit(text.charAt(i))) {
      fraction++;
      i++;
    }
    if (i < n) {
      return "has '"
          + text.charAt(i)
          + "' at position "
          + (i + 1)
          + "; expected only digits and one point (no exponent, sign or spaces)";
    }
    if (fraction == 0) {
      return "must have digits after the point";
    }
    if (fraction > maxScale) {
      return "has " + fraction + " decimals; at most " + maxScale + " are allowed";
    }
    return null;
  }

  private static BigDecimal parseDecimal(
      CharSequence text, int maxScale, boolean signed, String what) {
    String problem = lexicalProblem(text, maxScale, signed);
    if (problem != null) {
      throw new TrustException(what + " " + problem + ": " + quote(text));
    }
    return new BigDecimal(text.toString());
  }

  /**
   * Checks that a book can be kept in a currency: that it has at most {@value #MAX_DECIMAL_PLACES}
   * decimal places, so that every amount of up to {@value #MAX_INTEGER_DIGITS} digits before the
   * point fits in a {@code long} of minor units. The ledger works in minor units; in a currency of
   * more decimals (CLF has 4) a large amount would not fit.
   *
   * @param currency the currency; not null
   * @return {@code currency}
   * @throws TrustException if the currency has more than {@value #MAX_DECIMAL_PLACES} decimal
   *     places
   */
  public static CurrencyUnit checkLedgerCurrency(CurrencyUnit currency) {
    TrustException.check(
        currency.getDecimalPlaces() <= MAX_DECIMAL_PLACES,
        "currency %s has %s decimal places; a book can be kept only in a currency of at most %s,"
            + " so that amounts of up to %s digits before the point fit in 64-bit minor units",
        currency.getCode(),
        currency.getDecimalPlaces(),
        MAX_DECIMAL_PLACES,
        MAX_INTEGER_DIGITS);
    return currency;
  }

  /**
   * Checks that an amount is within the limits of the ledger: in the expected currency, at its
   * scale, and below 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> in magnitude.
   *
   * @param what what the amount is, for the message; not null
   * @param amount the amount; not null
   * @param currency the expected currency; not null
   * @return {@code amount}
   * @throws TrustException if the amount is in another currency or too large
   */
  public static Money checkInCurrency(String what, Money amount, CurrencyUnit currency) {
    TrustException.check(
        amount.getCurrencyUnit().equals(currency),
        "%s must be in %s, not %s: %s",
        what,
        currency,
        amount.getCurrencyUnit(),
        amount);
    return checkMagnitude(what, amount);
  }

  /**
   * Tells whether an amount is below 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> in magnitude, as
   * {@link #checkMagnitude} requires.
   *
   * @param amount the amount; not null
   * @return true if it is
   */
  public static boolean isWithinMagnitude(Money amount) {
    BigDecimal decimal = amount.getAmount();
    return (decimal.signum() < 0 ? decimal.negate() : decimal).compareTo(LIMIT) < 0;
  }

  /**
   * Checks that an amount is below 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> in magnitude.
   *
   * @param what what the amount is, for the message; not null
   * @param amount the amount; not null
   * @return {@code amount}
   * @throws TrustException if the amount is too large
   */
  public static Money checkMagnitude(String what, Money amount) {
    TrustException.check(
        isWithinMagnitude(amount),
        "%s must be below 10^%s in magnitude: %s",
        what,
        MAX_INTEGER_DIGITS,
        amount);
    return amount;
  }

  /**
   * Converts minor units to money.
   *
   * @param currency the currency; not null
   * @param minor the amount in minor units (cents for CNY)
   * @return the money
   */
  public static Money ofMinor(CurrencyUnit currency, long minor) {
    return Money.ofMinor(currency, minor);
  }

  /**
   * Writes an amount as the decimal string of the format: the currency's scale, no currency code, a
   * leading minus when negative ({@code "120.50"}).
   *
   * @param amount the amount; not null
   * @return the decimal string
   */
  public static String format(Money amount) {
    return amount.getAmount().setScale(amount.getScale(), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String quote(CharSequence text) {
    String s = text.length() > 60 ? text.subSequence(0, 57) + "..." : text.toString();
    return "\"" + org.propertytrust.core.Ids.printable(s) + "\"";
  }
}
