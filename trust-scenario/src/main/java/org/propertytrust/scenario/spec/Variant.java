package org.propertytrust.scenario.spec;

import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;

/**
 * A named variant of a scenario, for comparisons: the same community with another remuneration
 * basis, roll-rate matrix or prepayment propensity. What a variant leaves out is as in the base
 * scenario.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Variant {
  Variant() {}

  /**
   * Returns the variant's name, unique within its scenario.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the remuneration basis replacing the base scenario's.
   *
   * @return the remuneration
   */
  public abstract Optional<RemunerationTerms> remuneration();

  /**
   * Returns the roll-rate matrix replacing the base scenario's (cohorts with their own keep it).
   *
   * @return the matrix
   */
  public abstract Optional<RollRates> rollRates();

  /**
   * Returns the prepayment propensity replacing the base scenario's.
   *
   * @return the prepayment
   */
  public abstract Optional<Prepayment> prepayment();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableVariant.Builder builder() {
    return ImmutableVariant.builder();
  }

  /**
   * Returns a variant with another remuneration basis.
   *
   * @param name the name; not null
   * @param remuneration the remuneration; not null
   * @return the variant
   */
  public static Variant ofRemuneration(String name, RemunerationTerms remuneration) {
    return builder().name(name).remuneration(remuneration).build();
  }

  @Value.Check
  void check() {
    Ids.check("variant name", name());
  }
}
