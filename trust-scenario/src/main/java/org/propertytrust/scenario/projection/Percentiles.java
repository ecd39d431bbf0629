package org.propertytrust.scenario.projection;

import org.propertytrust.core.TrustException;

/**
 * Percentiles by the nearest-rank method: the {@code q}-th percentile of {@code N} values is the
 * value of rank {@code ⌈q/100 · N⌉} (1-based) in ascending order, that is the smallest value with
 * at least {@code q}% of the values at or below it. It is always one of the values (never an
 * interpolation), so a percentile of whole minor units is itself a whole amount; P50 of an even
 * number of values is the lower of the two middle ones.
 *
 * <p>Ranks are found by selection (quickselect with a median-of-three pivot), not by sorting; the
 * answer is the same.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * Returns the nearest rank of a percentile.
   *
   * @param percentile the percentile, in {@code (0, 100]}
   * @param count the number of values, positive
   * @return the rank, 1 to {@code count}
   * @throws TrustException if an argument is out of range
   */
  public static int rank(double percentile, int count) {
    TrustException.check(
        percentile > 0 && percentile <= 100, "percentile must lie in (0, 100]: %s", percentile);
    TrustException.check(count > 0, "cannot take a percentile of %s values", count);
    long rank = (long) Math.ceil(percentile / 100 * count);
    return (int) Math.max(1, Math.min(count, rank));
  }

  /**
   * Returns a percentile of values by the nearest-rank method.
   *
   * @param values the values; not null, not empty, no NaN; left as they are
   * @param percentile the percentile, in {@code (0, 100]}
   * @return the value of the nearest rank
   * @throws TrustException if there are no values or the percentile is out of range
   */
  public static double nearestRank(double[] values, double percentile) {
    double[] copy = values.clone();
    return select(copy, 0, copy.length - 1, rank(percentile, copy.length) - 1);
  }

  /**
   * Returns the {@code k}-th smallest (0-based) of {@code a[from..to]}, rearranging that range so
   * that smaller values come before position {@code k} and larger ones after it.
   */
  static double select(double[] a, int from, int to, int k) {
    int lo = from;
    int hi = to;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
