package org.propertytrust.scenario.projection;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * The result of a Monte Carlo: for every month, the spread of every figure over the runs.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Simulation {
  Simulation() {}

  /**
   * Returns the scenario simulated.
   *
   * @return the scenario
   */
  public abstract ScenarioSpec scenario();

  /**
   * Returns the number of runs.
   *
   * @return the runs
   */
  public abstract int runs();

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the bands of each month, in order.
   *
   * @return the months
   */
  public abstract List<MonthBands> months();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSimulation.Builder builder() {
    return ImmutableSimulation.builder();
  }

  /**
   * Returns the bands of a month.
   *
   * @param index the month's index, 1 for the first
   * @return the bands
   * @throws TrustException if there is no such month
   */
  public MonthBands month(int index) {
    TrustException.check(
        index >= 1 && index <= months().size(),
        "month index must be between 1 and %s: %s",
        months().size(),
        index);
    return months().get(index - 1);
  }

  /**
   * Returns one figure's band for every month.
   *
   * @param figure the figure; not null
   * @return the bands, in month order; empty where a rate is absent
   */
  public List<Optional<Band>> series(Figure figure) {
    ImmutableList.Builder<Optional<Band>> out = ImmutableList.builder();
    for (MonthBands month : months()) {
      out.add(month.band(figure));
    }
    return out.build();
  }
}
