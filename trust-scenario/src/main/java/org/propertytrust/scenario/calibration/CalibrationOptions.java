package org.propertytrust.scenario.calibration;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.spec.RollRates;

/**
 * How to calibrate: the cap of the arrears states, the smoothing of the estimates, the last month
 * observed, and how many cohorts a spec built from the book may have.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CalibrationOptions {
  CalibrationOptions() {}

  /**
   * Returns the cap {@code K} of the arrears states: a unit with {@code K} or more months open is
   * in state {@code K}; 6 by default. Choose it above the deepest arrears of the book ({@link
   * CalibrationResult#deepestArrears()}), or what the cap hides is reported ({@link
   * CalibrationResult#capMovesWithPayment()}).
   *
   * @return the cap, 1 to 120
   */
  @Value.Default
  public int maxState() {
    return 6;
  }

  /**
   * Returns the pseudo-count added to every possible move of every row (additive smoothing); 0 by
   * default, the maximum-likelihood estimate {@code n(k→j) / n(k)}.
   *
   * @return the pseudo-count, not negative
   */
  @Value.Default
  public double smoothing() {
    return 0;
  }

  /**
   * Returns the last month observed; by default the month of the book's latest entry. Entries after
   * it are ignored.
   *
   * @return the month
   */
  public abstract Optional<YearMonth> asOf();

  /**
   * Returns the most cohorts a spec built from the book may have; 10 by default. Units are grouped
   * by monthly bill, one cohort per bill when there are few enough distinct bills, else into this
   * many groups of about equal size, in order of bill, each billed its members' mean bill.
   *
   * @return the cohorts, 1 to 1000
   */
  @Value.Default
  public int maxCohorts() {
    return 10;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCalibrationOptions.Builder builder() {
    return ImmutableCalibrationOptions.builder();
  }

  /**
   * Returns the default options.
   *
   * @return the options
   */
  public static CalibrationOptions defaults() {
    return builder().build();
  }

  @Value.Check
  void check() {
    TrustException.check(
        maxState() >= 1 && maxState() < RollRates.MAX_STATES,
        "calibration maxState must be between 1 and %s: %s",
        RollRates.MAX_STATES - 1,
        maxState());
    TrustException.check(
        smoothing() >= 0 && Double.isFinite(smoothing()),
        "calibration smoothing must be a finite number, not negative: %s",
        smoothing());
    TrustException.check(
        maxCohorts() >= 1 && maxCohorts() <= 1000,
        "calibration maxCohorts must be between 1 and 1000: %s",
        maxCohorts());
  }
}
