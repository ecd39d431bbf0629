package org.propertytrust.core.money;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;

/**
 * Splits an amount into parts proportional to weights, by the largest-remainder method, so that the
 * parts always add up to the whole: no minor unit is lost or created.
 *
 * <p>Public revenue is shared among owners by the area of their units (Civil Code art. 283); this
 * is the function that does it. Each part first receives the floor of its exact share, counted in
 * minor units; the minor units left over (fewer than the number of parts) go one each to the parts
 * with the largest remainders. <b>Tie-break:</b> among equal remainders the part that comes first
 * in the input order wins, so the result is deterministic and depends only on the order the caller
 * gives. Every part differs from its exact share by less than one minor unit.
 *
 * <p>Weights are non-negative decimals (areas, shares, head counts) and at least one must be
 * positive; a part with weight zero receives zero. A negative amount is split as its magnitude and
 * every part negated, so the parts have the sign of the whole. Each weight is bounded as {@link
 * Amounts#checkDecimal} says (at most {@value Amounts#MAX_DECIMAL_PRECISION} significant digits, a
 * scale within ±{@value Amounts#MAX_DECIMAL_SCALE}), and the amount is below 10<sup>{@value
 * Amounts#MAX_INTEGER_DIGITS}</sup> in magnitude, as every ledger amount is; a hostile weight such
 * as {@code 1E-100000000} is refused at once instead of being scaled into a number of a hundred
 * million digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Splits an amount by weights, returning the parts in the order of the weights.
   *
   * @param amount the amount to split; not null
   * @param weights the weights; not null, not empty, each non-negative, at least one positive
   * @return the parts, one per weight, summing exactly to {@code amount}
   * @throws TrustException if the weights are empty, negative, all zero or beyond the bounds of
   *     {@link Amounts#checkDecimal}, or the amount is too large
   */
  public static List<Money> split(Money amount, List<BigDecimal> weights) {
    TrustException.check(!weights.isEmpty(), "cannot split %s over no weights", amount);
    Amounts.checkMagnitude("the amount to split", amount);
    BigInteger[] w = toIntegers(weights);
    BigInteger total = BigInteger.ZERO;
    for (BigInteger x : w) {
      total = total.add(x);
    }
    TrustException.check(
        total.signum() > 0, "cannot split %s: every weight is zero %s", amount, weights);

    CurrencyUnit currency = amount.getCurrencyUnit();
    BigInteger whole = amount.getAmountMinor().toBigIntegerExact();
    boolean negative = whole.signum() < 0;
    BigInteger magnitude = whole.abs();

    int n = w.length;
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = magnitude.multiply(w[i]).divideAndRemainder(total);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int left = magnitude.subtract(given).intValueExact();
    if (left > 0) {
      Integer[] order = new Integer[n];
      Arrays.setAll(order, i -> i);
      Arrays.sort(
          order,
          Comparator.<Integer, BigInteger>comparing(i -> remainders[i])
              .reversed()
              .thenComparing(i -> i));
      for (int k = 0; k < left; k++) {
        parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
      }
    }
    List<Money> out = new ArrayList<>(n);
    for (BigInteger part : parts) {
      BigDecimal minor = new BigDecimal(negative ? part.negate() : part);
      out.add(Money.ofMinor(currency, minor.longValueExact()));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Splits an amount by keyed weights (unit id to area, say), returning a map in the iteration
   * order of the weights; ties are broken by that order.
   *
   * @param <K> the key type
   * @param amount the amount to split; not null
   * @param weights the weights by key; not null, not empty, each non-negative, one positive
   * @return the parts by key, summing exactly to {@code amount}
   * @throws TrustException if the weights are empty, negative, all zero or beyond the bounds of
   *     {@link Amounts#checkDecimal}, or the amount is too large
   */
  public static <K> Map<K, Money> split(Money amount, Map<K, BigDecimal> weights) {
    List<K> keys = ImmutableList.copyOf(weights.keySet());
    List<Money> parts = split(amount, ImmutableList.copyOf(weights.values()));
    ImmutableMap.Builder<K, Money> out = ImmutableMap.builderWithExpectedSize(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), parts.get(i));
    }
    return out.buildOrThrow();
  }

  private static BigInteger[] toIntegers(List<BigDecimal> weights) {
    int scale = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal weight = weights.get(i);
      Amounts.checkDecimal("weight " + i, weight);
      TrustException.check(
          weight.signum() >= 0, "weight %s must not be negative: %s", i, weight.toPlainString());
      scale = Math.max(scale, weight.stripTrailingZeros().scale());
    }
    BigInteger[] out = new BigInteger[weights.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = weights.get(i).movePointRight(scale).toBigIntegerExact();
    }
    return out;
  }
}
