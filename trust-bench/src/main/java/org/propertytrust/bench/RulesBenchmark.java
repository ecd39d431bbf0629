package org.propertytrust.bench;

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
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.ValidationReport;

/**
 * The full rule catalog over the in-memory 1M-entry book, on one thread, beside the cheapest pass
 * over the same book: a loop that reads every line's amount and adds it to a {@code long}. Scores
 * are entries per second ({@link BenchBooks#ENTRIES} operations per invocation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchBooks.ENTRIES)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class RulesBenchmark {
  private TrustBook book;
  private RuleSet standard;
  private RuleSet none;

  /** Reads the book and checks it is the one the benchmark is about. */
  @Setup(Level.Trial)
  public void setUp() {
    book = BenchBooks.largeBook();
    if (book.entries().size() != BenchBooks.ENTRIES) {
      throw new IllegalStateException("expected " + BenchBooks.ENTRIES + " entries");
    }
    standard = RuleSet.standard();
    none = RuleSet.empty();
    ValidationReport report = standard.validate(book);
    if (!report.isClean() || report.entriesChecked() != BenchBooks.ENTRIES) {
      throw new IllegalStateException("the benchmark book does not validate clean: " + report);
    }
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
   * Every rule of the catalog, in one pass, with the shared ledger state.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateFullCatalog() {
    return standard.validate(book);
  }

  /**
   * No rule at all: the one-pass ledger state every rule reads (balances, sub-ledgers, indexes).
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateNoRules() {
    return none.validate(book);
  }
}
