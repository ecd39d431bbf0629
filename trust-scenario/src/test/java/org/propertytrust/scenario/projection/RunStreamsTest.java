package org.propertytrust.scenario.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;

class RunStreamsTest {
  @Test
  void seedWordsAreTheSplitMix64SequenceOfTheSeed() {
    long seed = 20240101L;
    SplitMix64 reference = new SplitMix64(seed);
    for (int i = 0; i < 40; i++) {
      assertThat(RunStreams.splitMix64(seed, i)).isEqualTo(reference.nextLong());
    }
  }

  @Test
  void aRunsStreamDependsOnTheSeedAndTheRunOnly() {
    UniformRandomProvider a = RunStreams.forRun(42, 1000);
    UniformRandomProvider b = RunStreams.forRun(42, 1000);
    UniformRandomProvider other = RunStreams.forRun(42, 1001);
    UniformRandomProvider otherSeed = RunStreams.forRun(43, 1000);
    long first = a.nextLong();
    assertThat(b.nextLong()).isEqualTo(first);
    assertThat(other.nextLong()).isNotEqualTo(first);
    assertThat(otherSeed.nextLong()).isNotEqualTo(first);
  }

  @Test
  void theStreamOfAGivenSeedAndRunIsFixed() {
    // Pinned so that a change of generator or seeding, which would change every published result,
    // cannot pass unnoticed. These literals were recorded once from a run; they pin reproducibility
    // across versions, not correctness. They were also confirmed against an implementation that
    // shares no code with Commons RNG: the JDK's jdk.random.L64X128MixRandom constructed as (a, s,
    // x0, x1) = outputs 4r..4r+3 of SplitMix64 started at the seed.
    UniformRandomProvider rng = RunStreams.forRun(1, 0);
    long[] expected = {
      -7804709497555639929L,
      -1036327587067676153L,
      5593479449730875275L,
      -677511605387935516L,
      1715264746456797001L,
      8839197278922758383L
    };
    for (long value : expected) {
      assertThat(rng.nextLong()).isEqualTo(value);
    }
    UniformRandomProvider later = RunStreams.forRun(20240101L, 123456);
    assertThat(later.nextLong()).isEqualTo(3159681336297423484L);
    assertThat(later.nextLong()).isEqualTo(-5416687117611824926L);
    assertThat(later.nextLong()).isEqualTo(7329614034125357848L);
  }
}
