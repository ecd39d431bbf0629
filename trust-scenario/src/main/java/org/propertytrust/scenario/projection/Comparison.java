package org.propertytrust.scenario.projection;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;

/**
 * Scenarios side by side: a scenario and its variants, or a sweep over a parameter. A single
 * scenario is a comparison of one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Comparison {
  Comparison() {}

  /**
   * Returns the outcomes, in the order the scenarios were given.
   *
   * @return the outcomes
   */
  public abstract List<Outcome> outcomes();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableComparison.Builder builder() {
    return ImmutableComparison.builder();
  }

  /**
   * Returns the outcome of the scenario with the given name.
   *
   * @param name the scenario's name; not null
   * @return the outcome, or empty if no scenario has that name
   */
  public Optional<Outcome> outcome(String name) {
    return outcomes().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    TrustException.check(!outcomes().isEmpty(), "a comparison needs at least one scenario");
    Set<String> names = new HashSet<>();
    for (Outcome outcome : outcomes()) {
      TrustException.check(
          names.add(outcome.name()),
          "a comparison cannot have two scenarios named %s",
          outcome.name());
    }
  }
}
