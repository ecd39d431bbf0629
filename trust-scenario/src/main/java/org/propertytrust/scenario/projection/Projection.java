package org.propertytrust.scenario.projection;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * A scenario's figures month by month: the expected values ({@link ExpectedProjection}) or the
 * figures of one Monte Carlo run ({@link MonteCarlo#path}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Projection {
  Projection() {}

  /**
   * Returns the scenario projected.
   *
   * @return the scenario
   */
  public abstract ScenarioSpec scenario();

  /**
   * Returns the figures of each month, in order.
   *
   * @return the months
   */
  public abstract List<MonthFigures> months();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableProjection.Builder builder() {
    return ImmutableProjection.builder();
  }

  /**
   * Returns the figures of a month.
   *
   * @param index the month's index, 1 for the first
   * @return the figures
   * @throws TrustException if there is no such month
   */
  public MonthFigures month(int index) {
    TrustException.check(
        index >= 1 && index <= months().size(),
        "month index must be between 1 and %s: %s",
        months().size(),
        index);
    return months().get(index - 1);
  }

  /**
   * Returns one figure for every month.
   *
   * @param figure the figure; not null
   * @return the values, in month order; empty where a rate is absent
   */
  public List<Optional<BigDecimal>> series(Figure figure) {
    ImmutableList.Builder<Optional<BigDecimal>> out = ImmutableList.builder();
    for (MonthFigures month : months()) {
      out.add(month.value(figure));
    }
    return out.build();
  }

  @Value.Check
  void check() {
    TrustException.check(
        months().size() == scenario().months(),
        "a projection of %s has %s months, not %s",
        scenario().name(),
        scenario().months(),
        months().size());
  }
}
