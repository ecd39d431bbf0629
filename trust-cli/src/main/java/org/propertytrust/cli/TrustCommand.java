package org.propertytrust.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code trust} command.
 *
 * <p>Run {@code trust --help} for the subcommands.
 */
@Command(
    name = "trust",
    mixinStandardHelpOptions = true,
    versionProvider = TrustCommand.Version.class,
    description = "Trust-based property finance: books, rules, metrics and statements.",
    subcommands = {TrustCommand.Demo.class})
public final class TrustCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli fills in its options. */
  public TrustCommand() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new TrustCommand()).execute(args));
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TrustCommand.class.getPackage().getImplementationVersion();
      return new String[] {"trust " + (version == null ? "(development build)" : version)};
    }
  }

  /** Posts the worked example of DOMAIN.md §5 and prints its balances month by month. */
  @Command(name = "demo", description = "Post the three-units worked example and print balances.")
  static final class Demo implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Journal journal = Journal.of(threeUnits());
      out.println("Three Units Garden: units A 100.00 m², B 80.00 m², C 120.50 m²; 1.50/m²/month");
      for (YearMonth month : List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2))) {
        for (Entry entry : entries()) {
          if (YearMonth.from(entry.date()).equals(month)) {
            journal.post(entry);
          }
        }
        out.printf(
            "end of %s: cash %s, B prepaid %s, C receivable %s, receivable total %s%n",
            month,
            journal.balances().cash(),
            journal.balances().prepaid("B"),
            journal.balances().openReceivables("C").stream()
                .map(Receivable::amount)
                .reduce(Money.zero(Amounts.CNY), Money::plus),
            journal.balances().balance(Account.RECEIVABLE));
      }
      out.flush();
      return 0;
    }

    private static Money cny(String amount) {
      return Amounts.parse(amount, Amounts.CNY);
    }

    private static TrustBook threeUnits() {
      return TrustBook.builder()
          .community(Community.of("three-units", "Three Units Garden"))
          .addParty(Party.of("acme", Role.TRUSTEE, "Acme Property Services"))
          .addParty(Party.of("sup", Role.SUPERVISOR, "Community supervisor"))
          .addUnit(Unit.of("A", new BigDecimal("100.00")))
          .addUnit(Unit.of("B", new BigDecimal("80.00")))
          .addUnit(Unit.of("C", new BigDecimal("120.50")))
          .contract(
              Contract.builder()
                  .trustee("acme")
                  .supervisor("sup")
                  .start(LocalDate.of(2024, 1, 1))
                  .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15))
                  .remuneration(Remuneration.percentOfCollected(Percent.of(10), "property"))
                  .approval(
                      ApprovalThresholds.of(cny("2000.00"), cny("10000.00"), cny("50000.00"), 3))
                  .build())
          .build();
    }

    private static Line receivable(Side side, String unit, String period, String amount) {
      return Line.receivable(side, cny(amount), unit, YearMonth.parse(period), "property");
    }

    private static List<Entry> entries() {
      Account cash = Account.CASH;
      Account income = Account.income("property");
      return List.of(
          Entry.of(
              "E1",
              LocalDate.of(2024, 1, 1),
              EntryKind.CHARGE,
              List.of(
                  receivable(Side.DEBIT, "A", "2024-01", "150.00"),
                  receivable(Side.DEBIT, "B", "2024-01", "120.00"),
                  receivable(Side.DEBIT, "C", "2024-01", "180.75"),
                  Line.credit(income, cny("450.75")))),
          Entry.of(
              "E2",
              LocalDate.of(2024, 1, 10),
              EntryKind.PAYMENT,
              List.of(
                  Line.debit(cash, cny("150.00")),
                  receivable(Side.CREDIT, "A", "2024-01", "150.00"))),
          Entry.of(
              "E3",
              LocalDate.of(2024, 1, 20),
              EntryKind.PAYMENT,
              List.of(
                  Line.debit(cash, cny("240.00")),
                  receivable(Side.CREDIT, "B", "2024-01", "120.00"),
                  Line.forUnit(Account.PREPAID, Side.CREDIT, cny("120.00"), "B"))),
          Entry.of(
              "E4",
              LocalDate.of(2024, 1, 25),
              EntryKind.EXPENDITURE,
              List.of(
                  Line.debit(Account.expense("cleaning"), cny("100.00")),
                  Line.credit(cash, cny("100.00")))),
          Entry.of(
              "E5",
              LocalDate.of(2024, 1, 31),
              EntryKind.REMUNERATION,
              List.of(
                  Line.debit(Account.EXPENSE_REMUNERATION, cny("27.00")),
                  Line.credit(cash, cny("27.00")))),
          Entry.of(
              "E6",
              LocalDate.of(2024, 2, 1),
              EntryKind.CHARGE,
              List.of(
                  receivable(Side.DEBIT, "A", "2024-02", "150.00"),
                  receivable(Side.DEBIT, "B", "2024-02", "120.00"),
                  receivable(Side.DEBIT, "C", "2024-02", "180.75"),
                  Line.credit(income, cny("450.75")))),
          Entry.of(
              "E7",
              LocalDate.of(2024, 2, 1),
              EntryKind.PREPAYMENT_APPLIED,
              List.of(
                  Line.forUnit(Account.PREPAID, Side.DEBIT, cny("120.00"), "B"),
                  receivable(Side.CREDIT, "B", "2024-02", "120.00"))),
          Entry.of(
              "E8",
              LocalDate.of(2024, 2, 25),
              EntryKind.PAYMENT,
              List.of(
                  Line.debit(cash, cny("361.50")),
                  receivable(Side.CREDIT, "C", "2024-01", "180.75"),
                  receivable(Side.CREDIT, "C", "2024-02", "180.75"))),
          Entry.of(
              "E9",
              LocalDate.of(2024, 2, 29),
              EntryKind.REMUNERATION,
              List.of(
                  Line.debit(Account.EXPENSE_REMUNERATION, cny("48.15")),
                  Line.credit(cash, cny("48.15")))));
    }
  }
}
