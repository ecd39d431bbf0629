package org.propertytrust.scenario.projection;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The spread of every figure in one month of a Monte Carlo.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthBands {
  MonthBands() {}

  /**
   * Returns the month's index, 1 for the scenario's first month.
   *
   * @return the index
   */
  public abstract int index();

  /**
   * Returns the month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the band of each figure, in {@link Figure} order; a rate that is absent (nothing
   * billed) has no band.
   *
   * @return the bands
   */
  public abstract Map<Figure, Band> bands();

  /**
   * Returns the share of runs whose trust account ended the month below zero.
   *
   * @return the probability, to 4 decimal places
   */
  public abstract BigDecimal probabilityNegativeCash();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthBands.Builder builder() {
    return ImmutableMonthBands.builder();
  }

  /**
   * Returns the band of a figure.
   *
   * @param figure the figure; not null
   * @return the band, empty for an absent rate
   */
  public Optional<Band> band(Figure figure) {
    return Optional.ofNullable(bands().get(figure));
  }
}
