package org.propertytrust.scenario.projection;

import org.apache.commons.rng.UniformRandomProvider;
import org.propertytrust.core.TrustException;

/**
 * Exact draws from the binomial distribution {@code Binomial(n, p)}, in expected constant time for
 * any {@code n}: no normal or Poisson approximation.
 *
 * <p>With {@code r = min(p, 1 − p)} (a draw for {@code p > 1/2} is {@code n} minus a draw for
 * {@code 1 − p}):
 *
 * <ul>
 *   <li>when {@code n·r < 30}, sequential search of the inverse distribution function from 0, with
 *       the probabilities computed by the recurrence {@code f(x) = f(x−1) · (n−x+1)/x · r/(1−r)}
 *       starting from {@code (1−r)^n}: about {@code n·r + 1} steps;
 *   <li>otherwise BTPE (Kachitvichyanukul and Schmeiser, "Binomial random variate generation",
 *       Communications of the ACM 31(2), 1988): acceptance-rejection under a hat made of a
 *       triangle, two parallelograms and two exponential tails, with squeezes, and the exact test
 *       {@code ln v ≤ ln f(y)/f(m)} evaluated through Stirling's series. The series' correction
 *       terms enter with the signs of {@code ln m! + ln (n−m)! − ln y! − ln (n−y)!}, and the
 *       leading coefficient is 1/12 (13860/166320).
 * </ul>
 *
 * <p>A draw uses only {@link UniformRandomProvider#nextDouble()} and {@link StrictMath}, so the
 * same generator state gives the same draw on any machine. The tests compare draws with the exact
 * probabilities (chi-square over every value with enough expected mass) and their moments with
 * {@code np} and {@code np(1−p)}, in both regimes.
 *
 * <p>This class is immutable and thread-safe; the generator passed in is not.
 */
public final class BinomialSampler {
  /** Below this mean (of the smaller tail) the inversion method is used, above it BTPE. */
  public static final double INVERSION_LIMIT = 30;

  /** {@code 1/x} for small {@code x}: the inversion search multiplies instead of dividing. */
  private static final double[] RECIPROCALS = new double[128];

  static {
    for (int x = 1; x < RECIPROCALS.length; x++) {
      RECIPROCALS[x] = 1.0 / x;
    }
  }

  private BinomialSampler() {}

  /**
   * Draws the number of successes in {@code n} independent trials of probability {@code p}.
   *
   * @param rng the source of uniform numbers; not null
   * @param n the number of trials, not negative
   * @param p the probability of success, in {@code [0, 1]}
   * @return the draw, between 0 and {@code n}
   * @throws TrustException if {@code n} is negative or {@code p} is not in {@code [0, 1]}
   */
  public static int sample(UniformRandomProvider rng, int n, double p) {
    if (n < 0 || !(p >= 0 && p <= 1)) {
      throw new TrustException(
          "binomial draw needs n >= 0 and p in [0, 1]: n = " + n + ", p = " + p);
    }
    if (n == 0 || p == 0) {
      return 0;
    }
    if (p == 1) {
      return n;
    }
    boolean flip = p > 0.5;
    double r = flip ? 1 - p : p;
    int x = n * r < INVERSION_LIMIT ? inversion(rng, n, r) : btpe(rng, n, r);
    return flip ? n - x : x;
  }

  /** Sequential inversion for {@code r ≤ 1/2}, {@code n·r < 30}. */
  private static int inversion(UniformRandomProvider rng, int n, double r) {
    double q = 1 - r;
    double odds = r / q;
    double start = probabilityOfZero(n, r);
    double mean = n * r;
    // Far beyond any probability a double can resolve; a search reaching it restarts.
    double bound = Math.min(n, mean + 10 * StrictMath.sqrt(mean * q + 1));
    while (true) {
      double u = rng.nextDouble();
      double f = start;
      int x = 0;
      while (u > f) {
        u -= f;
        x++;
        if (x > bound) {
          x = -1;
          break;
        }
        f *= (n - x + 1) * odds * (x < RECIPROCALS.length ? RECIPROCALS[x] : 1.0 / x);
      }
      if (x >= 0) {
        return x;
      }
    }
  }

  /**
   * {@code (1 − r)^n}: by repeated squaring for {@code n ≤ 1024}, whose relative error grows with
   * {@code n} (at most about {@code n} units in the last place), else as {@code exp(n · ln(1 −
   * r))}, whose relative error is bounded by the exponent's size, below 45 units here.
   */
  static double probabilityOfZero(int n, double r) {
    return n <= 1024 ? power(1 - r, n) : StrictMath.exp(n * StrictMath.log1p(-r));
  }

  /** {@code base^exponent} by repeated squaring: exact IEEE products, the same everywhere. */
  static double power(double base, int exponent) {
    double result = 1;
    double square = base;
    int e = exponent;
    while (e > 0) {
      result *= (e & 1) != 0 ? square : 1.0;
      e >>>= 1;
      square *= square;
    }
    return result;
  }

  /** BTPE for {@code r ≤ 1/2}, {@code n·r ≥ 30}. */
  private static int btpe(UniformRandomProvider rng, int n, double r) {
    double q = 1 - r;
    double npq = n * r * q;
    double fm = n * r + r;
    int m = (int) fm;
    double p1 = Math.floor(2.195 * StrictMath.sqrt(npq) - 4.6 * q) + 0.5;
    double xm = m + 0.5;
    double xl = xm - p1;
    double xr = xm + p1;
    double c = 0.134 + 20.5 / (15.3 + m);
    double a = (fm - xl) / (fm - xl * r);
    double lambdaLeft = a * (1 + a / 2);
    a = (xr - fm) / (xr * q);
    double lambdaRight = a * (1 + a / 2);
    double p2 = p1 * (1 + 2 * c);
    double p3 = p2 + c / lambdaLeft;
    double p4 = p3 + c / lambdaRight;
    double odds = r / q;
    while (true) {
      double u = rng.nextDouble() * p4;
      double v = rng.nextDouble();
      int y;
      if (u <= p1) {
        // The triangle lies under the density: accept at once.
        return (int) Math.floor(xm - p1 * v + u);
      } else if (u <= p2) {
        double x = xl + (u - p1) / c;
        v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
        if (v > 1) {
          continue;
        }
        y = (int) Math.floor(x);
      } else if (u <= p3) {
        if (v == 0) {
          continue;
        }
        double x = Math.floor(xl + StrictMath.log(v) / lambdaLeft);
        if (x < 0) {
          continue;
        }
        y = (int) x;
        v = v * (u - p2) * lambdaLeft;
      } else {
        if (v == 0) {
          continue;
        }
        double x = Math.floor(xr - StrictMath.log(v) / lambdaRight);
        if (x > n) {
          continue;
        }
        y = (int) x;
        v = v * (u - p3) * lambdaRight;
      }
      int k = Math.abs(y - m);
      if (k <= 20) {
        // f(y)/f(m) = the product over i of odds (n + 1 - i) / i, by the recurrence, compared
        // with v without dividing: v <= top / bottom (at most 20 factors each, no overflow).
        double top = 1;
        double bottom = 1;
        if (m < y) {
          for (int i = m + 1; i <= y; i++) {
            top *= odds * (n + 1 - i);
            bottom *= i;
          }
        } else if (m > y) {
          for (int i = y + 1; i <= m; i++) {
            top *= i;
            bottom *= odds * (n + 1 - i);
          }
        }
        if (v * bottom <= top) {
          return y;
        }
        continue;
      }
      if (k >= npq / 2 - 1) {
        // Far from the mode of a narrow distribution: the recurrence one ratio at a time.
        double f = 1;
        if (m < y) {
          for (int i = m + 1; i <= y; i++) {
            f *= odds * (n + 1 - i) / i;
          }
        } else {
          for (int i = y + 1; i <= m; i++) {
            f /= odds * (n + 1 - i) / i;
          }
        }
        if (v <= f) {
          return y;
        }
        continue;
      }
      // Squeeze: bounds on ln f(y)/f(m) from the normal approximation.
      double rho = (k / npq) * ((k * (k / 3.0 + 0.625) + 1.0 / 6) / npq + 0.5);
      double t = -(double) k * k / (2 * npq);
      double logV = StrictMath.log(v);
      if (logV < t - rho) {
        return y;
      }
      if (logV > t + rho) {
        continue;
      }
      // ln f(y)/f(m) = ln m! + ln (n-m)! - ln y! - ln (n-y)! + (y-m) ln(r/q), by Stirling.
      double x1 = y + 1.0;
      double f1 = m + 1.0;
      double z = n + 1.0 - m;
      double w = n - y + 1.0;
      double logRatio =
          xm * StrictMath.log(f1 / x1)
              + (n - m + 0.5) * StrictMath.log(z / w)
              + (y - m) * StrictMath.log(w * r / (x1 * q))
              + stirlingCorrection(f1)
              + stirlingCorrection(z)
              - stirlingCorrection(x1)
              - stirlingCorrection(w);
      if (logV <= logRatio) {
        return y;
      }
    }
  }

  /**
   * The correction term of Stirling's series for {@code ln Γ(x)}: {@code 1/(12x) − 1/(360x³) +
   * 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹)}.
   */
  static double stirlingCorrection(double x) {
    double x2 = x * x;
    return (13860 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320;
  }
}
