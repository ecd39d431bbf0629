package org.propertytrust.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.simulation.ImmutableSimulationProfile;
import org.propertytrust.core.simulation.SimulationProfile;

/**
 * Writes one generated ledger twice: as a trust-book/1 file for {@code trust validate} and as an
 * hledger journal for {@code hledger check}, so that the two tools can be timed on the same
 * transactions ({@code trust-bench/peer/compare.sh}).
 *
 * <p>Each entry becomes one hledger transaction with the same date, its id as the code, its kind
 * and memo as the description, and one posting per line: debits positive, credits negative, in the
 * community's currency. Accounts map to hledger's five types by the trust chart ({@code cash} to
 * {@code assets:cash}, {@code income:property} to {@code revenues:income:property}, ...); a unit's
 * receivable, prepaid and deposit lines post to a sub-account per unit, with the period and fee as
 * tags. Every account and the commodity are declared, so {@code hledger check --strict} passes.
 *
 * <p>Usage: {@code PeerLedgers TRANSACTIONS DIRECTORY}.
 */
public final class PeerLedgers {
  private PeerLedgers() {}

  /**
   * Writes {@code trust-N.json} and {@code hledger-N.journal} into a directory.
   *
   * @param args the number of transactions and the directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PeerLedgers TRANSACTIONS DIRECTORY");
      System.exit(2);
    }
    int transactions = Integer.parseInt(args[0]);
    Path directory = Path.of(args[1]);
    Files.createDirectories(directory);
    SimulationProfile profile = profileFor(transactions);
    Path book = BenchBooks.bookFile(profile, transactions);
    Path trust = directory.resolve("trust-" + transactions + ".json");
    Files.copy(book, trust, StandardCopyOption.REPLACE_EXISTING);
    Path journal = directory.resolve("hledger-" + transactions + ".journal");
    writeJournal(org.propertytrust.json.TrustBookReader.strict().read(book), journal);
    System.out.println(trust + " " + Files.size(trust) + " bytes");
    System.out.println(journal + " " + Files.size(journal) + " bytes");
  }

  /**
   * Returns the community that gives at least {@code transactions} entries: a unit for every 100
   * transactions, over the 125 months of the benchmark book.
   *
   * @param transactions the number of entries wanted
   * @return the profile
   */
  static SimulationProfile profileFor(int transactions) {
    return ImmutableSimulationProfile.copyOf(BenchBooks.largeProfile())
        .withUnits(Math.max(10, transactions / 100));
  }

  /**
   * Writes a book's entries as an hledger journal.
   *
   * @param book the book; not null
   * @param file the journal to write
   */
  static void writeJournal(TrustBook book, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeJournal(book, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes a book's entries as an hledger journal.
   *
   * @param book the book; not null
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  static void writeJournal(TrustBook book, Writer out) throws IOException {
    CurrencyUnit currency = book.currency();
    BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
    w.write("; " + book.community().name() + " (" + book.community().id() + ")\n");
    w.write(
        "commodity "
            + currency.getCode()
            + " 1000."
            + "0".repeat(currency.getDecimalPlaces())
            + "\n");
    TreeSet<String> accounts = new TreeSet<>();
    for (Entry entry : book.entries()) {
      for (Line line : entry.lines()) {
        accounts.add(accountName(line));
      }
    }
    for (String account : accounts) {
      w.write("account " + account + "\n");
    }
    StringBuilder amount = new StringBuilder();
    for (Entry entry : book.entries()) {
      w.write("\n");
      w.write(entry.date().toString());
      w.write(" (" + entry.id() + ") " + entry.kind());
      Optional<String> memo = entry.memo();
      if (memo.isPresent()) {
        w.write(" | " + memo.get().replace('\n', ' '));
      }
      w.write("\n");
      for (Line line : entry.lines()) {
        amount.setLength(0);
        amount.append(currency.getCode()).append(' ');
        if (!line.isDebit()) {
          amount.append('-');
        }
        amount.append(line.amount().getAmount().toPlainString());
        w.write("    " + accountName(line) + "  " + amount);
        List<String> tags = tags(line);
        if (!tags.isEmpty()) {
          w.write("  ; " + String.join(", ", tags));
        }
        w.write("\n");
      }
    }
    w.flush();
  }

  /**
   * Returns the hledger account a line posts to.
   *
   * @param line the line; not null
   * @return the account name
   */
  static String accountName(Line line) {
    Account account = line.account();
    String top =
        account
            .type()
            .map(
                t ->
                    switch (t) {
                      case ASSET -> "assets";
                      case LIABILITY -> "liabilities";
                      case EQUITY -> "equity";
                      case INCOME -> "revenues";
                      case EXPENSE -> "expenses";
                    })
            .orElse("unknown");
    String name = top + ":" + account.code();
    if (line.unit().isPresent()) {
      name += ":" + line.unit().get();
    }
    return name;
  }

  private static List<String> tags(Line line) {
    List<String> tags = new java.util.ArrayList<>();
    line.period().ifPresent(p -> tags.add("period:" + p));
    line.fee().ifPresent(f -> tags.add("fee:" + f));
    return tags;
  }
}
