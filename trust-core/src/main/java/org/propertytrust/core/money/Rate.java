package org.propertytrust.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;

/**
 * An exact ratio of two decimals, such as a collection rate: collected ÷ billed.
 *
 * <p>A rate keeps its numerator and denominator, so {@code 1/3} is exactly one third; it is only
 * rounded when shown ({@link #toDecimal()} gives four places, HALF_UP, as the metrics are
 * reported). Two rates are equal when they denote the same number ({@code 2/4} equals {@code 1/2}).
 * The denominator is always positive; the numerator may have any sign, so that figures of a faulty
 * book can still be expressed.
 *
 * <p>Numerator and denominator are bounded as {@link Amounts#checkDecimal} says (at most {@value
 * Amounts#MAX_DECIMAL_PRECISION} significant digits, a scale within ±{@value
 * Amounts#MAX_DECIMAL_SCALE}), so that comparing, hashing and rounding a rate always takes little
 * time and memory; money amounts and parsed decimals are always within these bounds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {
  /** The number of decimal places rates are reported with. */
  public static final int REPORTED_SCALE = 4;

  /** The rate 0. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO, BigDecimal.ONE);

  /** The rate 1 (100%). */
  public static final Rate ONE = new Rate(BigDecimal.ONE, BigDecimal.ONE);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Rate(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the exact ratio {@code numerator ÷ denominator}.
   *
   * @param numerator the numerator; not null
   * @param denominator the denominator; not null, positive
   * @return the rate
   * @throws TrustException if the denominator is not positive, or either term is beyond the bounds
   *     of {@link Amounts#checkDecimal}
   */
  public static Rate of(BigDecimal numerator, BigDecimal denominator) {
    Amounts.checkDecimal("rate numerator", numerator);
    Amounts.checkDecimal("rate denominator", denominator);
    TrustException.check(
        denominator.signum() > 0, "rate denominator must be positive: %s", denominator);
    return new Rate(numerator, denominator);
  }

  /**
   * Returns the exact ratio of two counts, such as households paid ÷ households billed.
   *
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @return the rate
   * @throws TrustException if the denominator is not positive
   */
  public static Rate of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Returns {@code part ÷ whole}, or empty when the whole is zero (a rate is absent, not zero, when
   * there is nothing to divide by).
   *
   * @param part the numerator; not null
   * @param whole the denominator; not null, in the same currency, not negative
   * @return the rate, or empty when {@code whole} is zero
   * @throws TrustException if the currencies differ, the whole is negative, or either amount has
   *     more than {@value Amounts#MAX_DECIMAL_PRECISION} significant digits
   */
  public static Optional<Rate> ratio(Money part, Money whole) {
    Amounts.checkDecimal("rate numerator", part.getAmount());
    Amounts.checkDecimal("rate denominator", whole.getAmount());
    TrustException.check(
        part.getCurrencyUnit().equals(whole.getCurrencyUnit()),
        "cannot divide %s by %s: currencies differ",
        part,
        whole);
    TrustException.check(!whole.isNegative(), "rate denominator must not be negative: %s", whole);
    if (whole.isZero()) {
      return Optional.empty();
    }
    return Optional.of(new Rate(part.getAmount(), whole.getAmount()));
  }

  /**
   * Returns the ratio of two counts, or empty when the denominator is zero.
   *
   * @param part the numerator
   * @param whole the denominator, not negative
   * @return the rate, or empty when {@code whole} is zero
   * @throws TrustException if the denominator is negative
   */
  public static Optional<Rate> ratio(long part, long whole) {
    TrustException.check(whole >= 0, "rate denominator must not be negative: %s", whole);
    return whole == 0 ? Optional.empty() : Optional.of(of(part, whole));
  }

  /**
   * Parses a decimal string as a rate ({@code "0.5990"}).
   *
   * @param text the decimal string; not null
   * @return the rate with denominator 1
   * @throws TrustException if the text is not a non-negative decimal string
   */
  public static Rate parse(CharSequence text) {
    return new Rate(Amounts.parseDecimal(text, 18, "rate"), BigDecimal.ONE);
  }

  /**
   * Returns the numerator as given.
   *
   * @return the numerator
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns the denominator as given, always positive.
   *
   * @return the denominator
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * Returns the rate rounded HALF_UP to the given number of decimal places.
   *
   * @param scale the decimal places
   * @return the rounded decimal
   */
  public BigDecimal toDecimal(int scale) {
    return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns the rate as reported: four decimal places, HALF_UP ({@code 0.5990}).
   *
   * @return the rounded decimal
   */
  public BigDecimal toDecimal() {
    return toDecimal(REPORTED_SCALE);
  }

  /**
   * Tells whether the rate lies in the closed interval [0, 1].
   *
   * @return true if 0 ≤ rate ≤ 1
   */
  public boolean isWithinUnitInterval() {
    return numerator.signum() >= 0 && numerator.compareTo(denominator) <= 0;
  }

  /**
   * Compares the exact values, by cross-multiplication.
   *
   * @param other the other rate; not null
   * @return negative, zero or positive as this rate is less than, equal to or greater than other
   */
  @Override
  public int compareTo(Rate other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Tells whether the other object is a rate with the same exact value.
   *
   * @param other the other object
   * @return true if both denote the same number
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Rate && compareTo((Rate) other) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}: of the reduced fraction.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int scale = Math.max(numerator.scale(), denominator.scale());
    BigInteger n = numerator.movePointRight(scale).toBigIntegerExact();
    BigInteger d = denominator.movePointRight(scale).toBigIntegerExact();
    BigInteger g = n.gcd(d);
    if (g.signum() == 0) {
      return 0;
    }
    return 31 * n.divide(g).hashCode() + d.divide(g).hashCode();
  }

  /**
   * Returns the rate as reported, four decimal places ({@code "0.5990"}).
   *
   * @return the decimal string
   */
  @Override
  public String toString() {
    return toDecimal().toPlainString();
  }
}
