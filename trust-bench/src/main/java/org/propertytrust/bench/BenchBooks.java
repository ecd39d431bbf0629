package org.propertytrust.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.simulation.CommunitySimulator;
import org.propertytrust.core.simulation.SimulationProfile;
import org.propertytrust.json.TrustBookReader;
import org.propertytrust.json.TrustBookWriter;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.ValidationReport;

/**
 * The books every benchmark measures: one seeded, realistic community simulated by trust-core's
 * {@link CommunitySimulator} (the generator the tests use too), cut to an exact number of entries
 * and kept as a trust-book/1 file so that it is simulated once, not once per benchmark fork.
 *
 * <p>The large book is a community of 10,000 units simulated for 125 months (seed 2024): monthly
 * billing of a property fee by area and a cleaning fee per unit, owners who pay on time, late, in
 * part, in advance or hardly at all, prepayment application, parking revenue, supervised spending
 * with votes, remuneration, bank statements, disclosures and tickets. Its first 1,000,000 entries
 * make the benchmark book (about 6 million lines, 121 months); it validates clean.
 *
 * <p>Files go to the directory named by the system property {@code trust.bench.data}, by default
 * {@code trust-bench/target/bench-data} under the working directory (run the benchmarks from the
 * repository root), or {@code target/bench-data} when run from {@code trust-bench} itself.
 */
public final class BenchBooks {
  /** The number of entries in the large book. */
  public static final int ENTRIES = 1_000_000;

  private BenchBooks() {}

  /**
   * Writes the benchmark books that are not there yet (the benchmarks' forks, some of them in a
   * small heap, only read them), and prints their paths and sizes.
   *
   * @param args none
   * @throws IOException if a file cannot be read for its size
   */
  public static void main(String[] args) throws IOException {
    Path file = largeBookFile();
    System.out.println(file + " (" + Files.size(file) + " bytes)");
  }

  /**
   * Returns the profile of the simulated community the large book is cut from.
   *
   * @return the profile
   */
  public static SimulationProfile largeProfile() {
    return SimulationProfile.builder().seed(2024).units(10_000).months(125).build();
  }

  /**
   * Simulates a community and keeps its first {@code entries} entries, with every other section as
   * simulated.
   *
   * @param profile the community; not null
   * @param entries how many entries to keep, at least 1
   * @return the book
   * @throws IllegalArgumentException if the simulation gives fewer entries
   */
  public static TrustBook simulate(SimulationProfile profile, int entries) {
    TrustBook full = CommunitySimulator.simulate(profile);
    if (full.entries().size() < entries) {
      throw new IllegalArgumentException(
          "the profile gives " + full.entries().size() + " entries, fewer than " + entries);
    }
    return ImmutableTrustBook.copyOf(full).withEntries(full.entries().subList(0, entries));
  }

  /**
   * The baseline pass of the benchmarks that measure a pass over an in-memory book: every line's
   * amount, in minor units, added to a {@code long}; the cheapest loop that reads every line.
   *
   * @param book the book; not null
   * @return the sum
   */
  public static long sumOfAmounts(TrustBook book) {
    long sum = 0;
    for (Entry entry : book.entries()) {
      for (Line line : entry.lines()) {
        sum += line.amountMinor();
      }
    }
    return sum;
  }

  /**
   * Returns the file of the large book, simulating and writing it first when it is not there.
   *
   * @return the path of the trust-book/1 file
   */
  public static Path largeBookFile() {
    return bookFile(largeProfile(), ENTRIES);
  }

  /**
   * Returns the large book, read from its file.
   *
   * @return the book
   */
  public static TrustBook largeBook() {
    return TrustBookReader.strict().read(largeBookFile());
  }

  /**
   * Returns the file of a simulated book cut to {@code entries} entries, simulating it, checking
   * that it validates clean and writing it (compact) when no file of that profile is there yet.
   *
   * @param profile the community; not null
   * @param entries how many entries to keep
   * @return the path of the trust-book/1 file
   */
  public static synchronized Path bookFile(SimulationProfile profile, int entries) {
    Path file =
        dataDirectory()
            .resolve(
                "community-"
                    + profile.units()
                    + "u-"
                    + profile.months()
                    + "m-seed"
                    + profile.seed()
                    + (profile.lateFees() ? "-late" : "")
                    + "-"
                    + entries
                    + ".json");
    if (Files.isRegularFile(file)) {
      return file;
    }
    TrustBook book = simulate(profile, entries);
    requireClean(book);
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), "writing-", ".json");
      TrustBookWriter.compact().write(book, partial);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark book " + file, e);
    }
    return file;
  }

  /**
   * Checks that a book validates with no violation: a benchmark measures the path clean books take.
   *
   * @param book the book; not null
   * @throws IllegalStateException naming the first violations otherwise
   */
  public static void requireClean(TrustBook book) {
    ValidationReport report = RuleSet.standard().validate(book);
    if (!report.violations().isEmpty()) {
      throw new IllegalStateException(
          "the benchmark book is not clean: "
              + report.violations().subList(0, Math.min(5, report.violations().size())));
    }
  }

  /**
   * Returns the directory benchmark books are kept in.
   *
   * @return the directory
   */
  public static Path dataDirectory() {
    String configured = System.getProperty("trust.bench.data");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path fromRoot = Path.of("trust-bench");
    return Files.isDirectory(fromRoot)
        ? fromRoot.resolve("target").resolve("bench-data")
        : Path.of("target", "bench-data");
  }
}
