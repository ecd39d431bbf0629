package org.propertytrust.scenario.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.propertytrust.core.TrustException;

/**
 * The sampler against the exact binomial distribution: a chi-square test of the frequencies of
 * every value against {@code C(n,k) p^k (1-p)^(n-k)} (computed here independently, through a
 * Lanczos log-gamma), and the first two moments, in both regimes (inversion below a mean of 30,
 * BTPE above) and for {@code p} on both sides of 1/2.
 */
class BinomialSamplerTest {
  private static final int DRAWS = 200_000;

  @ParameterizedTest(name = "Binomial({0}, {1})")
  @CsvSource({
    // inversion
    "10, 0.3",
    "100, 0.05",
    "1000, 0.02",
    "50, 0.9",
    "59, 0.5",
    "3, 0.5",
    // BTPE, including the squeeze and Stirling branches (|y - m| > 20 needs npq > 42)
    "60, 0.5",
    "200, 0.85",
    "1000, 0.3",
    "10000, 0.05",
    "100000, 0.5",
    "1000000, 0.37",
  })
  void frequenciesMatchTheExactProbabilities(int n, double p) {
    UniformRandomProvider rng = RunStreams.forRun(n, 7);
    long[] counts = new long[n + 1];
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < DRAWS; i++) {
      int x = BinomialSampler.sample(rng, n, p);
      assertThat(x).isBetween(0, n);
      counts[x]++;
      sum += x;
      squares += (double) x * x;
    }
    // Chi-square over the values with an expected count of at least 5; the rest pooled in two
    // tails (below and above).
    double mean = n * p;
    int mode = (int) Math.floor((n + 1) * p);
    int lo = mode;
    while (lo > 0 && DRAWS * pmf(n, p, lo - 1) >= 5) {
      lo--;
    }
    int hi = mode;
    while (hi < n && DRAWS * pmf(n, p, hi + 1) >= 5) {
      hi++;
    }
    double chi2 = 0;
    int cells = 0;
    double lowExpected = 0;
    long lowObserved = 0;
    for (int k = 0; k < lo; k++) {
      lowExpected += DRAWS * pmf(n, p, k);
      lowObserved += counts[k];
    }
    double highExpected = 0;
    long highObserved = 0;
    for (int k = hi + 1; k <= n; k++) {
      highObserved += counts[k];
    }
    double inside = 0;
    for (int k = lo; k <= hi; k++) {
      double expected = DRAWS * pmf(n, p, k);
      inside += expected;
      chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
      cells++;
    }
    highExpected = DRAWS - inside - lowExpected;
    if (lowExpected >= 1) {
      chi2 += (lowObserved - lowExpected) * (lowObserved - lowExpected) / lowExpected;
      cells++;
    } else {
      assertThat(lowObserved).isLessThanOrEqualTo(5);
    }
    if (highExpected >= 1) {
      chi2 += (highObserved - highExpected) * (highObserved - highExpected) / highExpected;
      cells++;
    } else {
      assertThat(highObserved).isLessThanOrEqualTo(5);
    }
    int df = cells - 1;
    assertThat(chi2).as("chi-square with %s degrees of freedom", df).isLessThan(critical(df));

    double variance = n * p * (1 - p);
    double sampleMean = sum / DRAWS;
    double sampleVariance = squares / DRAWS - sampleMean * sampleMean;
    assertThat(sampleMean).isCloseTo(mean, within(5 * Math.sqrt(variance / DRAWS)));
    assertThat(sampleVariance).isCloseTo(variance, within(5 * variance * Math.sqrt(2.0 / DRAWS)));
  }

  @Test
  void hugeTrialCountsStayExactInTheirMoments() {
    UniformRandomProvider rng = RunStreams.forRun(99, 0);
    int n = Integer.MAX_VALUE;
    double p = 0.001;
    double sum = 0;
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      int x = BinomialSampler.sample(rng, n, p);
      assertThat(x).isBetween(0, n);
      sum += x;
    }
    double sd = Math.sqrt(n * p * (1 - p));
    assertThat(sum / draws).isCloseTo(n * p, within(5 * sd / Math.sqrt(draws)));
  }

  @Test
  void edgesAndArguments() {
    UniformRandomProvider rng = RunStreams.forRun(1, 1);
    assertThat(BinomialSampler.sample(rng, 0, 0.5)).isZero();
    assertThat(BinomialSampler.sample(rng, 1000, 0)).isZero();
    assertThat(BinomialSampler.sample(rng, 1000, 1)).isEqualTo(1000);
    assertThatThrownBy(() -> BinomialSampler.sample(rng, -1, 0.5))
        .isInstanceOf(TrustException.class)
        .hasMessage("binomial draw needs n >= 0 and p in [0, 1]: n = -1, p = 0.5");
    assertThatThrownBy(() -> BinomialSampler.sample(rng, 5, 1.5))
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("p = 1.5");
  }

  @Test
  void theSameStreamGivesTheSameDraws() {
    UniformRandomProvider a = RunStreams.forRun(5, 3);
    UniformRandomProvider b = RunStreams.forRun(5, 3);
    for (int i = 0; i < 1000; i++) {
      int n = 1 + i * 37;
      double p = (i % 97) / 97.0;
      assertThat(BinomialSampler.sample(a, n, p)).isEqualTo(BinomialSampler.sample(b, n, p));
    }
  }

  @Test
  void powerAndStirlingHelpersAreAccurate() {
    // Against (1 - r)^n in 34-digit decimal arithmetic: at most n/2 units in the last place by
    // squaring (n <= 1024), and a few dozen through exp and log1p above.
    for (int n : new int[] {0, 1, 2, 3, 17, 1000, 1024, 1025, 123_456, 999_999_999}) {
      double r = Math.min(0.5, 29.0 / Math.max(n, 1));
      double exact =
          BigDecimal.ONE.subtract(new BigDecimal(r)).pow(n, MathContext.DECIMAL128).doubleValue();
      double tolerance = (n <= 1024 ? Math.max(n, 1) : 64) * Math.ulp(1.0);
      assertThat(BinomialSampler.probabilityOfZero(n, r))
          .as("(1 - %s)^%s", r, n)
          .isCloseTo(exact, within(tolerance * exact));
    }
    // ln x! = lnGamma(x + 1); Stirling: lnGamma(x) = (x - 1/2) ln x - x + ln(2 pi)/2 + corr(x)
    for (double x : new double[] {10, 31, 100, 1e4}) {
      double stirling =
          (x - 0.5) * Math.log(x)
              - x
              + 0.5 * Math.log(2 * Math.PI)
              + BinomialSampler.stirlingCorrection(x);
      assertThat(stirling).isCloseTo(lnGamma(x), within(1e-11 * Math.abs(lnGamma(x)) + 1e-12));
    }
  }

  /** The binomial probability of k, from log-gamma. */
  static double pmf(int n, double p, int k) {
    double log =
        lnGamma(n + 1.0)
            - lnGamma(k + 1.0)
            - lnGamma(n - k + 1.0)
            + k * Math.log(p)
            + (n - k) * Math.log1p(-p);
    return Math.exp(log);
  }

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  /** ln Γ(x) for x ≥ 1/2, Lanczos approximation (g = 7, 9 terms). */
  static double lnGamma(double x) {
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < 9; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** The chi-square quantile at 1 - 10^-4 (Wilson-Hilferty). */
  static double critical(int df) {
    double z = 3.719;
    double h = 2.0 / (9 * df);
    return df * Math.pow(1 - h + z * Math.sqrt(h), 3);
  }
}
