package org.propertytrust.core.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * What to measure: a month or a range of months, an optional cut-off date and optional fees.
 *
 * <p>The cut-off D defaults to the last day of the range and may not be before its first day; a
 * later D extends {@code collectedCurrent}, {@code householdRate} and {@code aging} only. The fees
 * default to the contract's fee codes; late fees count only when {@code late-fee} is selected.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MetricsQuery {
  MetricsQuery() {}

  /**
   * Returns the first month.
   *
   * @return the month
   */
  public abstract YearMonth from();

  /**
   * Returns the last month; the first by default.
   *
   * @return the month
   */
  @Value.Default
  public YearMonth to() {
    return from();
  }

  /**
   * Returns the cut-off date, if given.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the fee codes selected; empty means the contract's fee codes.
   *
   * @return the fees
   */
  public abstract Set<String> fees();

  /**
   * Returns the cut-off date: the one given, or the last day of the range.
   *
   * @return the cut-off
   */
  public LocalDate cutOff() {
    return asOf().orElse(to().atEndOfMonth());
  }

  /**
   * Returns a query for one month, cut off at its last day, over the contract's fees.
   *
   * @param month the month; not null
   * @return the query
   */
  public static MetricsQuery month(YearMonth month) {
    return builder().from(month).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMetricsQuery.Builder builder() {
    return ImmutableMetricsQuery.builder();
  }

  @Value.Check
  void check() {
    TrustException.check(
        !to().isBefore(from()), "the range must not end (%s) before it starts (%s)", to(), from());
    asOf()
        .ifPresent(
            d ->
                TrustException.check(
                    !d.isBefore(from().atDay(1)),
                    "the cut-off %s must not be before the range starts on %s",
                    d,
                    from().atDay(1)));
    for (String fee : fees()) {
      Ids.check("selected fee", fee);
    }
  }
}
