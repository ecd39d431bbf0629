package org.propertytrust.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.cli.render.Table;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;
import org.propertytrust.core.metrics.MetricsQuery;
import org.propertytrust.core.service.ServiceStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trust metrics BOOK --period YYYY-MM}: the collection-rate metrics of DOMAIN.md §5. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = "Print a book's collection-rate metrics for a month or a range of months.")
final class MetricsCommand extends Base implements Callable<Integer> {
  @Mixin BookArgument source;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The (first) month.")
  YearMonth period;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "The last month of a range.")
  Optional<YearMonth> to = Optional.empty();

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The cut-off date (default: the last day of the range).")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(
      names = "--fee",
      paramLabel = "CODE",
      description =
          "A fee to measure (repeatable; default: the contract's fees; add late-fee for late fees).")
  List<String> fees = new ArrayList<>();

  @Option(names = "--json", description = "Print the metrics as JSON.")
  boolean json;

  @Override
  boolean json() {
    return json;
  }

  @Override
  String bookName() {
    return source.displayName();
  }

  @Override
  public Integer call() {
    if (to.isPresent() && to.get().isBefore(period)) {
      throw usage("error.toBeforePeriod", to.get(), period);
    }
    TrustBook trustBook = readBook(source.input(stdin()));
    checkFees(trustBook);
    warnIfAfterLastEntry(trustBook, period);
    var query =
        MetricsQuery.builder().from(period).to(to.orElse(period)).asOf(asOf).addAllFees(fees);
    CollectionMetrics metrics = Metrics.compute(trustBook, query.build());
    if (json) {
      out().println(JsonReports.metrics(metrics));
    } else {
      out().print(text(metrics, messages()));
    }
    return TrustCommand.OK;
  }

  /** A fee the book does not know would be measured as zeros: refuse it, naming the valid codes. */
  private void checkFees(TrustBook book) {
    Set<String> known = new LinkedHashSet<>(book.contract().feeCodes());
    known.add(Fee.LATE_FEE);
    for (String fee : fees) {
      if (!known.contains(fee)) {
        throw new CommandException(
            "error.unknownFee", Renderer.plain(fee), bookName(), String.join(", ", known));
      }
    }
  }

  static String text(CollectionMetrics m, Messages msg) {
    Table table = new Table(msg.get("metrics.metric"), msg.get("metrics.value") + "#");
    table.row(msg.get("metric.billed"), msg.money(m.billed()));
    table.row(msg.get("metric.collectedCurrent"), msg.money(m.collectedCurrent()));
    table.row(msg.get("metric.currentRate"), msg.rate(m.currentRate()));
    table.row(
        msg.get("metric.householdRate"),
        msg.rate(m.householdRate())
            + " ("
            + msg.count(m.householdsPaid(), m.householdsBilled())
            + ")");
    table.row(msg.get("metric.openingArrears"), msg.money(m.openingArrears()));
    table.row(msg.get("metric.arrearsRecovered"), msg.money(m.arrearsRecovered()));
    table.row(msg.get("metric.recoveryRate"), msg.rate(m.recoveryRate()));
    table.row(msg.get("metric.combinedRate"), msg.rate(m.combinedRate()));
    table.row(msg.get("metric.prepaymentsReceived"), msg.money(m.prepaymentsReceived()));
    table.row(msg.get("metric.remunerationDue"), msg.money(m.remunerationDue()));
    table.row(msg.get("metric.remunerationPosted"), msg.money(m.remunerationPosted()));
    table.row(msg.get("aging.notDue"), msg.money(m.aging().notDue()));
    table.row(msg.get("aging.d1to30"), msg.money(m.aging().d1to30()));
    table.row(msg.get("aging.d31to90"), msg.money(m.aging().d31to90()));
    table.row(msg.get("aging.d91to180"), msg.money(m.aging().d91to180()));
    table.row(msg.get("aging.d181to365"), msg.money(m.aging().d181to365()));
    table.row(msg.get("aging.over365"), msg.money(m.aging().over365()));
    for (ServiceStage stage : ServiceStage.values()) {
      table.row(msg.get("stage." + stage), msg.rate(m.serviceLevelRate(stage)));
    }
    String range =
        m.from().equals(m.to())
            ? msg.month(m.from())
            : msg.month(m.from()) + " – " + msg.month(m.to());
    return msg.get(
            "metrics.heading",
            Renderer.plain(m.book()),
            range,
            msg.date(m.asOf()),
            Renderer.plain(String.join(", ", m.fees().stream().map(msg::fee).toList())))
        + "\n"
        + Renderer.textTable(table);
  }
}
