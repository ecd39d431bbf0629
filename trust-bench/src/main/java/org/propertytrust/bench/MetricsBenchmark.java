package org.propertytrust.bench;

import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.LedgerState;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;

/**
 * One month's collection metrics over the 1M-entry book beside the baseline pass over the same book
 * (every line's amount added to a {@code long}). Scores are milliseconds per operation.
 *
 * <p>The book's ledger state is built once, as a book shares it between metrics, statements and
 * rules; {@link #ledgerStateOnePass} measures building it. The months measured are the book's last
 * (the month a committee discloses) and its middle one (history, whose receivables at the cut-off
 * are found by taking back the entries dated after it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class MetricsBenchmark {
  private TrustBook book;
  private YearMonth last;
  private YearMonth middle;

  /** Reads the book and builds its shared ledger state. */
  @Setup(Level.Trial)
  public void setUp() {
    book = BenchBooks.largeBook();
    book.ledger();
    YearMonth first = YearMonth.from(book.entries().get(0).date());
    last = YearMonth.from(book.entries().get(book.entries().size() - 1).date()).minusMonths(1);
    middle =
        first.plusMonths(
            (last.getYear() * 12L
                    + last.getMonthValue()
                    - first.getYear() * 12L
                    - first.getMonthValue())
                / 2);
  }

  /**
   * The baseline: every line's amount, in minor units, added to a {@code long}.
   *
   * @return the sum, so that the loop is not removed
   */
  @Benchmark
  public long baselineSumOfAmounts() {
    return BenchBooks.sumOfAmounts(book);
  }

  /**
   * The metrics of the last complete month.
   *
   * @return the metrics
   */
  @Benchmark
  public CollectionMetrics metricsLastMonth() {
    return Metrics.month(book, last);
  }

  /**
   * The metrics of the middle month.
   *
   * @return the metrics
   */
  @Benchmark
  public CollectionMetrics metricsMiddleMonth() {
    return Metrics.month(book, middle);
  }

  /**
   * Building the ledger state metrics read, in one pass over the entries.
   *
   * @return the state
   */
  @Benchmark
  public LedgerState ledgerStateOnePass() {
    return LedgerState.of(book.entries(), book.currency());
  }
}
