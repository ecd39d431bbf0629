package org.propertytrust.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.propertytrust.json.BookStream;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.Validation;
import org.propertytrust.rules.ValidationReport;

/**
 * Validating the 1M-entry book from its file through the streaming reader (two passes, entries one
 * at a time, as {@code trust validate} does) beside a Jackson {@link JsonParser} token scan of the
 * same bytes, in a JVM of 256 MB heap. Scores are entries per second; the file's size turns them
 * into bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchBooks.ENTRIES)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx256m"})
public class JsonBenchmark {
  private Path file;
  private JsonFactory factory;

  /** Finds (or first writes) the book file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = BenchBooks.largeBookFile();
    // (in this benchmark's small heap the book is only read: write it first with BenchBooks.main)
    factory = new JsonFactory();
    if (Files.size(file) < 100_000_000L) {
      throw new IllegalStateException("the benchmark book is under 100 MB: " + Files.size(file));
    }
  }

  /**
   * The baseline: every token of the file, as the cheapest complete scan of the JSON sees it (names
   * are decoded, values are not).
   *
   * @return the number of tokens, so that the scan is not removed
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long baselineJacksonTokenScan() throws IOException {
    long tokens = 0;
    try (JsonParser parser = factory.createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * {@code trust validate}: the strict streaming reader and the full catalog.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport streamingValidate() {
    try (BookStream stream = TrustBookReader.strict().open(file)) {
      Validation validation = RuleSet.standard().begin(stream.header(), java.util.Optional.empty());
      stream.forEachEntry((index, entry) -> validation.accept(entry));
      return validation.finish();
    }
  }

  /**
   * The streaming reader alone: both passes, every entry built and dropped.
   *
   * @return the number of entries read
   */
  @Benchmark
  public long streamingReadOnly() {
    long[] count = new long[1];
    try (BookStream stream = TrustBookReader.strict().open(file)) {
      stream.forEachEntry((index, entry) -> count[0]++);
    }
    return count[0];
  }
}
