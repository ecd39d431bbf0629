package org.propertytrust.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;

/**
 * A percentage written as in a contract: {@code "10"} means 10%.
 *
 * <p>A percent lies between 0 and 100 inclusive and has at most {@value #MAX_SCALE} decimal places.
 * Applying it to an amount is exact until the one final rounding to the currency's minor unit,
 * which the caller chooses ({@link #of(Money, RoundingMode)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percent implements Comparable<Percent> {
  /** The most decimal places a percent may have. */
  public static final int MAX_SCALE = 6;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private Percent(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns the percent with the given value ({@code 10} for 10%).
   *
   * @param value the value; not null, 0 ≤ value ≤ 100, at most {@value #MAX_SCALE} decimals
   * @return the percent
   * @throws TrustException if the value is out of range, has too many decimals or is beyond the
   *     bounds of {@link Amounts#checkDecimal}
   */
  public static Percent of(BigDecimal value) {
    Amounts.checkDecimal("percent", value);
    TrustException.check(
        value.signum() >= 0 && value.compareTo(HUNDRED) <= 0,
        "percent must lie between 0 and 100: %s",
        value.toPlainString());
    TrustException.check(
        value.stripTrailingZeros().scale() <= MAX_SCALE,
        "percent must have at most %s decimals: %s",
        MAX_SCALE,
        value.toPlainString());
    return new Percent(value);
  }

  /**
   * Returns the percent with the given whole value ({@code 10} for 10%).
   *
   * @param value the value, 0 to 100
   * @return the percent
   * @throws TrustException if the value is out of range
   */
  public static Percent of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Parses a percent written as a decimal string ({@code "10"}, {@code "2.5"}).
   *
   * @param text the decimal string; not null
   * @return the percent
   * @throws TrustException if the text is not a decimal string or is out of range
   */
  public static Percent parse(CharSequence text) {
    return of(Amounts.parseDecimal(text, MAX_SCALE, "percent"));
  }

  /**
   * Returns the value as written ({@code 10} for 10%).
   *
   * @return the value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the exact fraction ({@code 0.10} for 10%).
   *
   * @return the fraction
   */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  /**
   * Returns this percent of an amount, rounded once to the currency's minor unit.
   *
   * @param amount the amount; not null
   * @param rounding how to round the exact product; not null
   * @return {@code amount × value ÷ 100}, rounded
   */
  public Money of(Money amount, RoundingMode rounding) {
    return amount.multipliedBy(fraction(), rounding);
  }

  /**
   * Compares the values.
   *
   * @param other the other percent; not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Percent other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether the other object is a percent of the same value ({@code 10} equals {@code 10.0}).
   *
   * @param other the other object
   * @return true if equal in value
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Percent && value.compareTo(((Percent) other).value) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the value as written, without a percent sign ({@code "10"}).
   *
   * @return the decimal string
   */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
