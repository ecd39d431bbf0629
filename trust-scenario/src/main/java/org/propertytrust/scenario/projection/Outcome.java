package org.propertytrust.scenario.projection;

import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * One scenario of a comparison: its spec, its expected-value projection and, when asked for, its
 * Monte Carlo.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /**
   * Returns the scenario.
   *
   * @return the scenario
   */
  public abstract ScenarioSpec scenario();

  /**
   * Returns the expected-value projection.
   *
   * @return the projection
   */
  public abstract Projection expected();

  /**
   * Returns the Monte Carlo, when one was run.
   *
   * @return the simulation
   */
  public abstract Optional<Simulation> simulation();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableOutcome.Builder builder() {
    return ImmutableOutcome.builder();
  }

  /**
   * Returns the scenario's name.
   *
   * @return the name
   */
  public String name() {
    return scenario().name();
  }

  @Value.Check
  void check() {
    TrustException.check(
        expected().scenario().equals(scenario()),
        "outcome %s: the projection is of another scenario",
        scenario().name());
    simulation()
        .ifPresent(
            s ->
                TrustException.check(
                    s.scenario().equals(scenario()),
                    "outcome %s: the simulation is of another scenario",
                    scenario().name()));
  }
}
