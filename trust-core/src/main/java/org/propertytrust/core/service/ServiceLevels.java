package org.propertytrust.core.service;

import java.time.Duration;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;

/**
 * The service-level limits a contract sets for tickets; the defaults are Zhonglou's "54321":
 * register within 5 minutes, on site within 40 minutes, a small problem fixed within 3 hours, a
 * plan for a complex problem within 2 days (48 hours), a follow-up visit within a week (168 hours)
 * of the fix. Every limit is inclusive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceLevels {
  /** The 54321 defaults. */
  public static final ServiceLevels DEFAULT = builder().build();

  ServiceLevels() {}

  /**
   * Returns the minutes from report to registration; 5 by default.
   *
   * @return the limit in minutes, positive
   */
  @Value.Default
  public int registerMinutes() {
    return 5;
  }

  /**
   * Returns the minutes from report to arrival on site; 40 by default.
   *
   * @return the limit in minutes, positive
   */
  @Value.Default
  public int onSiteMinutes() {
    return 40;
  }

  /**
   * Returns the hours from report to the fix of a small problem; 3 by default.
   *
   * @return the limit in hours, positive
   */
  @Value.Default
  public int smallFixHours() {
    return 3;
  }

  /**
   * Returns the hours from report to a plan for a complex problem; 48 by default.
   *
   * @return the limit in hours, positive
   */
  @Value.Default
  public int planHours() {
    return 48;
  }

  /**
   * Returns the hours from the fix to the follow-up visit; 168 by default.
   *
   * @return the limit in hours, positive
   */
  @Value.Default
  public int followUpHours() {
    return 168;
  }

  /**
   * Returns the limit of a stage as a duration.
   *
   * @param stage the stage; not null
   * @return the limit
   */
  public Duration limit(ServiceStage stage) {
    switch (stage) {
      case REGISTER:
        return Duration.ofMinutes(registerMinutes());
      case ON_SITE:
        return Duration.ofMinutes(onSiteMinutes());
      case SMALL_FIX:
        return Duration.ofHours(smallFixHours());
      case PLAN:
        return Duration.ofHours(planHours());
      case FOLLOW_UP:
        return Duration.ofHours(followUpHours());
    }
    throw new AssertionError(stage);
  }

  /**
   * Returns a builder, with every limit at its default.
   *
   * @return a new builder
   */
  public static ImmutableServiceLevels.Builder builder() {
    return ImmutableServiceLevels.builder();
  }

  @Value.Check
  void check() {
    TrustException.check(
        registerMinutes() > 0
            && onSiteMinutes() > 0
            && smallFixHours() > 0
            && planHours() > 0
            && followUpHours() > 0,
        "service levels must be positive: %s",
        this);
  }
}
