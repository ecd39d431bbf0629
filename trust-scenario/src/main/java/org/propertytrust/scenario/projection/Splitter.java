package org.propertytrust.scenario.projection;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * How a number of units is split over the moves of a row: by expectation (each move gets its
 * probability's share) or by drawing (a multinomial draw made of sequential conditional binomial
 * draws). The one place where the two projection methods differ.
 */
abstract class Splitter {
  /** Splits {@code n} units over the row's moves, writing the number per move into {@code out}. */
  abstract void split(double n, CompiledScenario.Row row, double[] out);

  /** Returns how many of {@code n} units take a step of probability {@code p}. */
  abstract double binomial(double n, double p);

  /** The expected-value split. */
  static final class Expectation extends Splitter {
    @Override
    void split(double n, CompiledScenario.Row row, double[] out) {
      double[] p = row.probabilities;
      for (int i = 0; i < p.length; i++) {
        out[i] = n * p[i];
      }
    }

    @Override
    double binomial(double n, double p) {
      return n * p;
    }
  }

  /**
   * The drawn split: move {@code i} gets {@code Binomial(left, p_i / (p_i + … + p_last))} of the
   * units not yet placed, the last move the rest, which is exactly a multinomial draw.
   */
  static final class Draws extends Splitter {
    private UniformRandomProvider rng;

    Draws(UniformRandomProvider rng) {
      this.rng = rng;
    }

    void use(UniformRandomProvider source) {
      this.rng = source;
    }

    @Override
    void split(double n, CompiledScenario.Row row, double[] out) {
      double[] conditional = row.conditional;
      int last = conditional.length - 1;
      int left = (int) n;
      for (int i = 0; i < last; i++) {
        if (left == 0) {
          out[i] = 0;
        } else {
          int drawn = BinomialSampler.sample(rng, left, conditional[i]);
          out[i] = drawn;
          left -= drawn;
        }
      }
      out[last] = left;
    }

    @Override
    double binomial(double n, double p) {
      return BinomialSampler.sample(rng, (int) n, p);
    }
  }
}
