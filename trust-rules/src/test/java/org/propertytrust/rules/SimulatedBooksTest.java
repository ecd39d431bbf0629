package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propertytrust.core.simulation.CommunitySimulator;
import org.propertytrust.core.simulation.SimulationProfile;

class SimulatedBooksTest {
  @Test
  void aSimulatedCommunityIsClean() {
    ValidationReport report =
        RuleSet.standard()
            .validate(
                CommunitySimulator.simulate(
                    SimulationProfile.builder()
                        .seed(5)
                        .units(50)
                        .months(24)
                        .lateFees(true)
                        .build()));
    assertThat(report.violations()).isEmpty();
  }
}
