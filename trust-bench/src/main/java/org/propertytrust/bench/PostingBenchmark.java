package org.propertytrust.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
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
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;

/**
 * The ledger's posting path ({@link Journal#post}: idempotency by id, the structural checks, and
 * every balance, sub-ledger and index kept current) beside two folds over the same amounts: {@link
 * Money#plus} and {@link BigDecimal#add}. The data is the first 100,000 entries of the benchmark
 * book (about 600,000 lines); scores are entries per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(PostingBenchmark.ENTRIES)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class PostingBenchmark {
  /** The number of entries posted per invocation. */
  static final int ENTRIES = 100_000;

  private TrustBook header;
  private List<Entry> entries;

  /** Takes the entries to post and the book they are posted to. */
  @Setup(Level.Trial)
  public void setUp() {
    TrustBook book = BenchBooks.largeBook();
    entries = List.copyOf(book.entries().subList(0, ENTRIES));
    header = ImmutableTrustBook.copyOf(book).withEntries(List.<Entry>of());
  }

  /**
   * Posts every entry to a new journal.
   *
   * @return the journal
   */
  @Benchmark
  public Journal post() {
    Journal journal = Journal.of(header);
    for (Entry entry : entries) {
      journal.post(entry);
    }
    return journal;
  }

  /**
   * Adds every line's signed amount with {@link Money#plus}.
   *
   * @return the sum
   */
  @Benchmark
  public Money moneyPlusFold() {
    Money sum = Money.zero(header.currency());
    for (Entry entry : entries) {
      for (Line line : entry.lines()) {
        sum = line.isDebit() ? sum.plus(line.amount()) : sum.minus(line.amount());
      }
    }
    return sum;
  }

  /**
   * Adds every line's signed amount with {@link BigDecimal#add}.
   *
   * @return the sum
   */
  @Benchmark
  public BigDecimal bigDecimalFold() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Entry entry : entries) {
      for (Line line : entry.lines()) {
        BigDecimal amount = line.amount().getAmount();
        sum = line.isDebit() ? sum.add(amount) : sum.subtract(amount);
      }
    }
    return sum;
  }
}
