package org.propertytrust.scenario.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.projection.Band;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.MonthBands;
import org.propertytrust.scenario.projection.MonthFigures;
import org.propertytrust.scenario.projection.Outcome;
import org.propertytrust.scenario.projection.SimulationOptions;
import org.propertytrust.scenario.projection.WorkBudget;
import org.propertytrust.scenario.spec.RemunerationScheme;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * The {@code trust-scenario/1} reader on arbitrary bytes, then what the command does with a spec:
 * the reader returns a spec or throws {@link TrustException} with at least one problem, and nothing
 * else (any other exception or error is a finding). A spec it returns writes and reads back equal,
 * and its expected-value projection and a two-run Monte Carlo of it and its variants complete
 * without any exception: every month is projected, the trust account's cash follows its identity
 * exactly on the printed figures, every rate lies in [0, 1], and every band is ordered P5 ≤ P50 ≤
 * P95. A spec whose three passes would take more than {@value #MAX_STEPS} steps ({@link
 * WorkBudget#passSteps}) is read and written back only, to keep each input fast.
 *
 * <p>In {@code mvn verify} this runs in regression mode on the inputs in {@code
 * ScenarioSpecFuzzTestInputs/parseThenProject} (the example, small specs with every section, and
 * hostile ones: not JSON, a book, rows not summing to 1, negative counts, amounts too large to be
 * exact). To fuzz: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B -ntp package -pl
 * trust-core,trust-scenario -Dtest=ScenarioSpecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djacoco.skip=true}; new inputs go to {@code .cifuzz-corpus/} (ignored by git), findings next to
 * the seeds.
 */
class ScenarioSpecFuzzTest {
  /** The most steps projected per input (three passes: the expectation and two runs). */
  private static final long MAX_STEPS = 5_000_000;

  private static final SimulationOptions TWO_RUNS =
      SimulationOptions.builder().runs(2).seed(1).parallelism(1).build();

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "trust-scenario.dict")
  void parseThenProject(byte[] data) {
    ScenarioSpec spec;
    try {
      spec = ScenarioSpecJson.parse(new String(data, StandardCharsets.UTF_8));
    } catch (TrustException refused) {
      assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
      return;
    }
    assertThat(ScenarioSpecJson.parse(ScenarioSpecJson.toJson(spec))).isEqualTo(spec);
    long steps = 0;
    for (ScenarioSpec scenario : spec.expand()) {
      steps += 3 * WorkBudget.passSteps(scenario);
    }
    if (steps > MAX_STEPS) {
      return;
    }
    Comparison comparison = Scenarios.compare(spec, TWO_RUNS);
    for (Outcome outcome : comparison.outcomes()) {
      assertThat(outcome.expected().months()).hasSize(spec.months());
      for (MonthFigures month : outcome.expected().months()) {
        checkMonth(outcome.scenario(), month);
      }
      for (MonthBands bands : outcome.simulation().orElseThrow().months()) {
        for (Band band : bands.bands().values()) {
          assertThat(band.p5()).isLessThanOrEqualTo(band.p50());
          assertThat(band.p50()).isLessThanOrEqualTo(band.p95());
        }
      }
    }
  }

  private static void checkMonth(ScenarioSpec scenario, MonthFigures m) {
    Money expected =
        scenario.remuneration().scheme() == RemunerationScheme.LUMP_SUM
            ? m.openingCash().plus(m.publicRevenue())
            : m.openingCash()
                .plus(m.collected())
                .minus(m.prepaymentsApplied())
                .plus(m.prepaymentsReceived())
                .plus(m.publicRevenue())
                .minus(m.spending())
                .minus(m.remuneration());
    assertThat(m.closingCash()).isEqualTo(expected);
    for (Optional<BigDecimal> rate :
        java.util.List.of(m.currentRate(), m.combinedRate(), m.householdRate())) {
      rate.ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }
  }
}
