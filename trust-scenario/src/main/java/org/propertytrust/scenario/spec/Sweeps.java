package org.propertytrust.scenario.spec;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;

/**
 * Families of scenarios for comparisons: a grid over one parameter, or a path between two payment
 * behaviours. Each scenario is named after the base and the parameter's value ({@code
 * sunny-garden-blend-0.5}), and has no variants of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sweeps {
  private Sweeps() {}

  /**
   * Returns one scenario per value of a parameter. The values may be probabilities ({@code
   * Double}), exact decimals ({@code BigDecimal}) or amounts ({@code Money}): sweep money
   * parameters with {@code BigDecimal} or {@code Money} values, never {@code double}, so that every
   * scenario's amounts are exact. Each scenario is named after the base, the parameter and the
   * value ({@code sunny-garden-spending-150000}).
   *
   * @param <T> the type of the values
   * @param base the scenario to vary; not null
   * @param parameter the parameter's name, used in the scenarios' names; not null
   * @param values the values; not null, not empty
   * @param apply sets the parameter on the base scenario; not null
   * @return the scenarios, in the order of the values
   * @throws TrustException if there are no values or a name would be invalid
   */
  public static <T> List<ScenarioSpec> grid(
      ScenarioSpec base,
      String parameter,
      List<T> values,
      BiFunction<ScenarioSpec, T, ScenarioSpec> apply) {
    TrustException.check(!values.isEmpty(), "a sweep over %s needs values", parameter);
    ImmutableScenarioSpec plain = ImmutableScenarioSpec.copyOf(base).withVariants();
    ImmutableList.Builder<ScenarioSpec> out = ImmutableList.builder();
    for (T value : values) {
      ScenarioSpec spec = apply.apply(plain, value);
      out.add(
          ImmutableScenarioSpec.copyOf(spec)
              .withName(base.name() + "-" + parameter + "-" + format(value))
              .withVariants());
    }
    return out.build();
  }

  /**
   * Returns scenarios whose roll rates move from the base scenario's towards a target matrix:
   * {@code (1 − w) × base + w × target} for each weight {@code w} (see {@link RollRates#blend}),
   * applied to the scenario's matrix and to every cohort's own. "What if collection rises from
   * today's behaviour to that one" becomes a sweep over {@code w}.
   *
   * @param base the scenario; not null
   * @param target the behaviour to move towards; not null, with the same states
   * @param weights the weights, each in {@code [0, 1]}; not null, not empty
   * @return the scenarios, in the order of the weights
   */
  public static List<ScenarioSpec> towards(
      ScenarioSpec base, RollRates target, List<Double> weights) {
    return grid(
        base,
        "blend",
        weights,
        (spec, w) ->
            ImmutableScenarioSpec.copyOf(spec)
                .withRollRates(spec.rollRates().blend(target, w))
                .withCohorts(
                    spec.cohorts().stream()
                        .map(
                            c ->
                                c.rollRates().isPresent()
                                    ? ImmutableCohort.copyOf(c)
                                        .withRollRates(c.rollRates().get().blend(target, w))
                                    : c)
                        .collect(ImmutableList.toImmutableList())));
  }

  private static String format(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue())
          .stripTrailingZeros()
          .toPlainString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Money) {
      return ((Money) value).getAmount().stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
