package org.propertytrust.core.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The record that a month's accounts were disclosed to owners (公示), and when.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Disclosure {
  Disclosure() {}

  /**
   * Returns the month disclosed.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract YearMonth period();

  /**
   * Returns the day it was published.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate publishedOn();

  /**
   * Returns a disclosure record.
   *
   * @param period the month; not null
   * @param publishedOn the day published; not null
   * @return the value
   */
  public static Disclosure of(YearMonth period, LocalDate publishedOn) {
    return ImmutableDisclosure.of(period, publishedOn);
  }
}
