package org.propertytrust.core.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.fee.RemunerationPolicy;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Contributions;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Rate;
import org.propertytrust.core.service.ServiceLevelCheck;

/**
 * Computes the DOMAIN.md §5 metrics of a book.
 *
 * <p>Every figure counts only entries dated on or before the cut-off D, and a REVERSAL cancels its
 * original in every figure on the reversal's own date. "Within P" means from P's first day to the
 * earlier of P's last day and D. Billed, recovered, prepayments and remuneration posted count
 * entries within P; collected and the household rate count everything up to D; aging is at D.
 *
 * <p>The computation reads the book's shared one-pass indexes (entries by date month and by period,
 * and the final receivable balances) and touches only the entries that concern the range or come
 * after the cut-off, never rescanning the whole book for one month.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Metrics {
  private Metrics() {}

  /**
   * Computes the metrics for a month.
   *
   * @param book the book; not null
   * @param month the month; not null
   * @return the metrics, cut off at the month's last day, over the contract's fees
   */
  public static CollectionMetrics month(BookState book, YearMonth month) {
    return compute(book, MetricsQuery.month(month));
  }

  /**
   * Computes the metrics for a query.
   *
   * @param book the book; not null
   * @param query what to measure; not null
   * @return the metrics
   */
  public static CollectionMetrics compute(BookState book, MetricsQuery query) {
    return new Run(book, query).compute();
  }

  /** A cell of the receivables: a unit's fee for one month. */
  private record Cell(String unit, YearMonth period, String fee) {}

  /** One computation. */
  private static final class Run {
    final BookState book;
    final Contract contract;
    final LedgerView ledger;
    final List<Entry> entries;
    final CurrencyUnit currency;
    final YearMonth from;
    final YearMonth to;
    final LocalDate asOf;
    final LocalDate withinEnd;
    final LocalDate start;
    final Set<String> fees;

    Run(BookState book, MetricsQuery query) {
      this.book = book;
      this.contract = book.contract();
      this.ledger = book.ledger();
      this.entries = book.entries();
      this.currency = book.currency();
      this.from = query.from();
      this.to = query.to();
      this.asOf = query.cutOff();
      LocalDate last = to.atEndOfMonth();
      this.withinEnd = asOf.isBefore(last) ? asOf : last;
      this.start = from.atDay(1);
      this.fees =
          query.fees().isEmpty()
              ? new LinkedHashSet<>(contract.feeCodes())
              : new LinkedHashSet<>(query.fees());
    }

    CollectionMetrics compute() {
      long billed = 0;
      long collected = 0;
      Map<String, Long> chargedByUnit = new HashMap<>();
      for (YearMonth period = from; !period.isAfter(to); period = period.plusMonths(1)) {
        for (int index : ledger.entriesForPeriod(period)) {
          Entry entry = entries.get(index);
          if (entry.date().isAfter(asOf)) {
            continue;
          }
          EntryKind kind = ledger.effectiveKind(index);
          boolean cancel = ledger.isCancellation(index);
          boolean charge = kind == EntryKind.CHARGE || kind == EntryKind.LATE_FEE;
          boolean waiver = kind == EntryKind.WAIVER;
          boolean collection = kind == EntryKind.PAYMENT || kind == EntryKind.PREPAYMENT_APPLIED;
          if (!charge && !waiver && !collection) {
            continue;
          }
          boolean within = !entry.date().isAfter(withinEnd);
          for (Line line : entry.lines()) {
            if (!isSelectedReceivable(line) || !period.equals(line.periodOrNull())) {
              continue;
            }
            if (within && (charge || waiver)) {
              long amount =
                  charge
                      ? Contributions.of(line, cancel, Side.DEBIT)
                      : -Contributions.of(line, cancel, Side.CREDIT);
              billed += amount;
              chargedByUnit.merge(line.unitOrNull(), amount, Long::sum);
            } else if (collection) {
              collected += Contributions.of(line, cancel, Side.CREDIT);
            }
          }
        }
      }

      long recovered = 0;
      long prepayments = 0;
      long remunerationPosted = 0;
      for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
        for (int index : ledger.entriesDatedIn(month)) {
          Entry entry = entries.get(index);
          if (entry.date().isAfter(withinEnd)) {
            continue;
          }
          EntryKind kind = ledger.effectiveKind(index);
          boolean cancel = ledger.isCancellation(index);
          boolean collection = kind == EntryKind.PAYMENT || kind == EntryKind.PREPAYMENT_APPLIED;
          for (Line line : entry.lines()) {
            if (collection && isSelectedReceivable(line) && line.periodOrNull().isBefore(from)) {
              recovered += Contributions.of(line, cancel, Side.CREDIT);
            } else if (kind == EntryKind.PAYMENT && line.account().equals(Account.PREPAID)) {
              prepayments += Contributions.of(line, cancel, Side.CREDIT);
            } else if (line.account().isRemuneration()) {
              remunerationPosted += line.signedMinor();
            }
          }
        }
      }

      // Receivable balances at the start of the range and at the cut-off: the final balances
      // less what entries dated after each date did.
      Map<Cell, Long> atCutOff = new HashMap<>();
      Map<Cell, Long> atStart = new HashMap<>();
      for (Receivable r : ledger.receivables()) {
        if (fees.contains(r.fee())) {
          Cell cell = new Cell(r.unit(), r.period(), r.fee());
          long minor = r.amount().getAmountMinorLong();
          atCutOff.put(cell, minor);
          if (r.period().isBefore(from)) {
            atStart.put(cell, minor);
          }
        }
      }
      for (YearMonth month : ledger.monthsWithEntries().tailSet(from)) {
        for (int index : ledger.entriesDatedIn(month)) {
          Entry entry = entries.get(index);
          boolean afterCutOff = entry.date().isAfter(asOf);
          for (Line line : entry.lines()) {
            if (!isSelectedReceivable(line)) {
              continue;
            }
            Cell cell = new Cell(line.unitOrNull(), line.periodOrNull(), line.feeOrNull());
            if (afterCutOff) {
              atCutOff.merge(cell, -line.signedMinor(), Long::sum);
            }
            if (cell.period().isBefore(from)) {
              atStart.merge(cell, -line.signedMinor(), Long::sum);
            }
          }
        }
      }
      long openingArrears = 0;
      for (long balance : atStart.values()) {
        openingArrears += Math.max(0, balance);
      }

      Set<String> unpaid = new HashSet<>();
      long[] buckets = new long[6];
      for (Map.Entry<Cell, Long> cell : atCutOff.entrySet()) {
        long balance = cell.getValue();
        if (balance <= 0) {
          continue;
        }
        Cell key = cell.getKey();
        if (!key.period().isBefore(from) && !key.period().isAfter(to)) {
          unpaid.add(key.unit());
        }
        long days = ChronoUnit.DAYS.between(dueDate(key), asOf);
        buckets[bucket(days)] += balance;
      }
      int billedUnits = 0;
      int paidUnits = 0;
      for (Map.Entry<String, Long> unit : chargedByUnit.entrySet()) {
        if (unit.getValue() > 0) {
          billedUnits++;
          if (!unpaid.contains(unit.getKey())) {
            paidUnits++;
          }
        }
      }

      Money remunerationDue = Money.zero(currency);
      for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
        remunerationDue = remunerationDue.plus(RemunerationPolicy.due(book, month, asOf));
      }

      return CollectionMetrics.builder()
          .book(book.community().id())
          .from(from)
          .to(to)
          .asOf(asOf)
          .addAllFees(fees)
          .billed(money(billed))
          .collectedCurrent(money(collected))
          .currentRate(Rate.ratio(money(collected), nonNegative(billed)))
          .householdsBilled(billedUnits)
          .householdsPaid(paidUnits)
          .householdRate(Rate.ratio(paidUnits, billedUnits))
          .openingArrears(money(openingArrears))
          .arrearsRecovered(money(recovered))
          .recoveryRate(Rate.ratio(money(recovered), money(openingArrears)))
          .combinedRate(
              Rate.ratio(money(collected + recovered), nonNegative(billed + openingArrears)))
          .prepaymentsReceived(money(prepayments))
          .remunerationDue(remunerationDue)
          .remunerationPosted(money(remunerationPosted))
          .aging(
              Aging.builder()
                  .notDue(money(buckets[0]))
                  .d1to30(money(buckets[1]))
                  .d31to90(money(buckets[2]))
                  .d91to180(money(buckets[3]))
                  .d181to365(money(buckets[4]))
                  .over365(money(buckets[5]))
                  .build())
          .putAllServiceLevels(
              ServiceLevelCheck.count(book.tickets(), contract.serviceLevels(), from, to, asOf))
          .build();
    }

    private boolean isSelectedReceivable(Line line) {
      String fee = line.feeOrNull();
      return fee != null
          && line.unitOrNull() != null
          && line.periodOrNull() != null
          && line.account().is(ChartAccount.RECEIVABLE)
          && fees.contains(fee);
    }

    private LocalDate dueDate(Cell cell) {
      if (cell.fee().equals(Fee.LATE_FEE)) {
        return ledger
            .lastChargedOn(cell.unit(), cell.period(), cell.fee())
            .orElse(cell.period().atEndOfMonth());
      }
      return contract
          .fee(cell.fee())
          .map(f -> f.dueDate(cell.period()))
          .orElse(cell.period().atEndOfMonth());
    }

    private static int bucket(long days) {
      if (days <= 0) {
        return 0;
      }
      if (days <= 30) {
        return 1;
      }
      if (days <= 90) {
        return 2;
      }
      if (days <= 180) {
        return 3;
      }
      return days <= 365 ? 4 : 5;
    }

    private Money money(long minor) {
      return Money.ofMinor(currency, minor);
    }

    /** A denominator: a faulty book's negative total counts as nothing billed. */
    private Money nonNegative(long minor) {
      return money(Math.max(0, minor));
    }
  }
}
