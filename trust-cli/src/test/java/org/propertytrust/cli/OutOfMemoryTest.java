package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.core.simulation.CommunitySimulator;
import org.propertytrust.core.simulation.SimulationProfile;
import org.propertytrust.json.TrustBookWriter;

/**
 * A book larger than the heap the command is given ends in one clear line and exit 2, in a JVM of
 * its own (16 MB of heap), never in a stack trace.
 */
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  void aBookBeyondTheHeapIsAClearErrorNotAStackTrace() throws Exception {
    Path book = dir.resolve("large.json");
    TrustBookWriter.compact()
        .write(
            CommunitySimulator.simulate(
                SimulationProfile.builder().units(1000).months(125).build()),
            book);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx16m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    TrustCommand.class.getName(),
                    "--lang",
                    "en",
                    "validate",
                    book.toString()))
            .redirectErrorStream(false)
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(err).isEqualTo(2);
    assertThat(err)
        .startsWith("trust: out of memory: the book needs more than the ")
        .contains("TRUST_JAVA_OPTS=-Xmx2g")
        .doesNotContain("Exception", "\tat ", "java.lang.");
    assertThat(err.lines().count()).isEqualTo(1);
  }
}
