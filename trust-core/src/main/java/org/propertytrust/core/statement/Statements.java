package org.propertytrust.core.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Contributions;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.metrics.Metrics;
import org.propertytrust.core.metrics.MetricsQuery;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Unit;

/**
 * Builds the monthly statement (公示) of a book.
 *
 * <p>Balances and movements count entries dated up to the cut-off; amounts in the month count
 * entries dated in it. The statement is a value; the command line renders it in Chinese or English,
 * as text, Markdown or HTML.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Statements {
  private Statements() {}

  /**
   * Builds the statement of a month, cut off at its last day.
   *
   * @param book the book; not null
   * @param month the month; not null
   * @return the statement
   */
  public static MonthlyStatement monthly(BookState book, YearMonth month) {
    return monthly(book, month, month.atEndOfMonth());
  }

  /**
   * Builds the statement of a month as of a cut-off date within or after it.
   *
   * @param book the book; not null
   * @param month the month; not null
   * @param asOf the cut-off; not null, not before the month's first day
   * @return the statement
   * @throws TrustException if the cut-off is before the month
   */
  public static MonthlyStatement monthly(BookState book, YearMonth month, LocalDate asOf) {
    TrustException.check(
        !asOf.isBefore(month.atDay(1)),
        "the cut-off %s must not be before the month %s",
        asOf,
        month);
    LocalDate end = asOf.isBefore(month.atEndOfMonth()) ? asOf : month.atEndOfMonth();
    CurrencyUnit currency = book.currency();
    LedgerView ledger = book.ledger();
    List<Entry> entries = book.entries();
    long[] cashOpening = new long[2];
    long[] cashClosing = new long[2];
    List<Map<EntryKind, Long>> in =
        List.of(new EnumMap<>(EntryKind.class), new EnumMap<>(EntryKind.class));
    List<Map<EntryKind, Long>> out =
        List.of(new EnumMap<>(EntryKind.class), new EnumMap<>(EntryKind.class));
    Map<String, Long> billed = new LinkedHashMap<>();
    Map<String, Long> collected = new LinkedHashMap<>();
    Map<String, Long> publicIncome = new TreeMap<>();
    Map<String, Long> spendingByCategory = new TreeMap<>();
    List<SpendingItem> spending = new ArrayList<>();
    long recovered = 0;
    for (String fee : book.contract().feeCodes()) {
      billed.put(fee, 0L);
      collected.put(fee, 0L);
    }
    List<String> dues = book.handovers().stream().map(h -> Account.due(h.from()).code()).toList();

    for (int index = 0; index < entries.size(); index++) {
      Entry entry = entries.get(index);
      if (entry.date().isAfter(end)) {
        continue;
      }
      boolean inMonth = !entry.date().isBefore(month.atDay(1));
      EntryKind kind = ledger.effectiveKind(index);
      boolean cancel = ledger.isCancellation(index);
      for (Line line : entry.lines()) {
        int bank =
            line.account().is(ChartAccount.CASH)
                ? 0
                : line.account().is(ChartAccount.RESERVE_CASH) ? 1 : -1;
        if (bank >= 0) {
          cashClosing[bank] += line.signedMinor();
          if (!inMonth) {
            cashOpening[bank] += line.signedMinor();
          } else if (line.isDebit()) {
            in.get(bank).merge(entry.kind(), line.amountMinor(), Long::sum);
          } else {
            out.get(bank).merge(entry.kind(), line.amountMinor(), Long::sum);
          }
        }
        boolean charge =
            kind == EntryKind.CHARGE || kind == EntryKind.LATE_FEE || kind == EntryKind.WAIVER;
        if (charge
            && line.account().equals(Account.RECEIVABLE)
            && line.fee().isPresent()
            && line.period().filter(month::equals).isPresent()) {
          // billed for the month, as the metrics count it: whatever the charge's date, up to the
          // month's end (or the cut-off)
          long amount =
              kind == EntryKind.WAIVER
                  ? -Contributions.of(line, cancel, Side.CREDIT)
                  : Contributions.of(line, cancel, Side.DEBIT);
          billed.merge(line.fee().get(), amount, Long::sum);
        }
        if (!inMonth) {
          continue;
        }
        if (line.account().equals(Account.RECEIVABLE) && line.fee().isPresent()) {
          if (kind == EntryKind.PAYMENT || kind == EntryKind.PREPAYMENT_APPLIED) {
            collected.merge(
                line.fee().get(), Contributions.of(line, cancel, Side.CREDIT), Long::sum);
          }
        } else if (line.account().is(ChartAccount.PUBLIC_INCOME)) {
          long amount = Contributions.of(line, cancel, Side.CREDIT);
          if (amount != 0) {
            publicIncome.merge(line.account().qualifier(), amount, Long::sum);
          }
        } else if (line.account().is(ChartAccount.EXPENSE)
            && !line.account().isRemuneration()
            && kind == EntryKind.EXPENDITURE) {
          spendingByCategory.merge(line.account().qualifier(), line.signedMinor(), Long::sum);
        } else if (dues.contains(line.account().code()) && kind == EntryKind.HANDOVER) {
          // recovered from an outgoing trustee, net of reversals of such recoveries
          recovered += Contributions.of(line, cancel, Side.CREDIT);
        }
      }
      if (inMonth && entry.kind() == EntryKind.EXPENDITURE) {
        spending.add(item(book, entry));
      }
    }

    YearMonth m = month;
    return MonthlyStatement.builder()
        .community(book.community().id())
        .communityName(book.community().name())
        .month(month)
        .asOf(end)
        .trustee(trusteeName(book, end))
        .cash(movement(currency, cashOpening[0], in.get(0), out.get(0), cashClosing[0]))
        .reserve(movement(currency, cashOpening[1], in.get(1), out.get(1), cashClosing[1]))
        .putAllBilledByFee(money(currency, billed))
        .putAllCollectedByFee(money(currency, collected))
        .putAllPublicIncomeBySource(money(currency, publicIncome))
        .putAllSpendingByCategory(money(currency, spendingByCategory))
        .addAllSpending(spending)
        .metrics(Metrics.compute(book, MetricsQuery.builder().from(month).asOf(end).build()))
        .addAllArrears(arrears(book, end))
        .handoverRecovered(Money.ofMinor(currency, recovered))
        .disclosureDeadline(month.atEndOfMonth().plusDays(book.contract().disclosureDays()))
        .disclosedOn(
            book.disclosures().stream()
                .filter(d -> d.period().equals(m))
                .map(Disclosure::publishedOn)
                .min(LocalDate::compareTo))
        .build();
  }

  private static String trusteeName(BookState book, LocalDate day) {
    String trustee = book.contract().trustee();
    for (Handover handover : book.handovers()) {
      if (handover.date().isAfter(day) && handover.to().equals(trustee)) {
        trustee = handover.from();
      }
    }
    return book.party(trustee).map(Party::name).orElse(trustee);
  }

  private static SpendingItem item(BookState book, Entry entry) {
    Optional<Expenditure> x = entry.expenditure().map(id -> book.expendituresById().get(id));
    String category = "";
    String paidFrom = "";
    long amount = 0;
    for (Line line : entry.lines()) {
      if (line.account().is(ChartAccount.EXPENSE) && line.isDebit()) {
        category = line.account().qualifier();
        amount += line.amountMinor();
      } else if (!line.isDebit()) {
        paidFrom = line.account().code();
      }
    }
    ImmutableSpendingItem.Builder out =
        SpendingItem.builder()
            .entry(entry.id())
            .date(entry.date())
            .expenditure(entry.expenditure())
            .category(category.isEmpty() ? x.map(Expenditure::category).orElse("") : category)
            .paidFrom(paidFrom)
            .amount(Money.ofMinor(book.currency(), amount));
    if (x.isPresent()) {
      Expenditure expenditure = x.get();
      out.payee(book.party(expenditure.payee()).map(Party::name).orElse(expenditure.payee()))
          .description(expenditure.description())
          .vote(expenditure.vote());
      out.addAllDecisions(expenditure.approvals());
    } else {
      out.description(entry.memo());
    }
    return out.build();
  }

  private static List<UnitArrears> arrears(BookState book, LocalDate end) {
    LedgerView ledger = book.ledger();
    Map<String, TreeMap<YearMonth, Long>> open = new HashMap<>();
    for (var r : ledger.receivables()) {
      open.computeIfAbsent(r.unit(), u -> new TreeMap<>())
          .merge(r.period(), r.amount().getAmountMinorLong(), Long::sum);
    }
    List<Entry> entries = book.entries();
    for (YearMonth month : ledger.monthsWithEntries().tailSet(YearMonth.from(end))) {
      for (int index : ledger.entriesDatedIn(month)) {
        Entry entry = entries.get(index);
        if (!entry.date().isAfter(end)) {
          continue;
        }
        for (Line line : entry.lines()) {
          if (line.account().equals(Account.RECEIVABLE)
              && line.unit().isPresent()
              && line.period().isPresent()) {
            open.computeIfAbsent(line.unit().get(), u -> new TreeMap<>())
                .merge(line.period().get(), -line.signedMinor(), Long::sum);
          }
        }
      }
    }
    List<UnitArrears> out = new ArrayList<>();
    for (Map.Entry<String, TreeMap<YearMonth, Long>> unit : open.entrySet()) {
      long total = 0;
      YearMonth oldest = null;
      int months = 0;
      for (Map.Entry<YearMonth, Long> period : unit.getValue().entrySet()) {
        if (period.getValue() > 0) {
          total += period.getValue();
          months++;
          if (oldest == null) {
            oldest = period.getKey();
          }
        }
      }
      if (total > 0) {
        out.add(
            UnitArrears.builder()
                .unit(unit.getKey())
                .owner(book.unit(unit.getKey()).flatMap(Unit::owner))
                .open(Money.ofMinor(book.currency(), total))
                .oldestPeriod(oldest)
                .months(months)
                .build());
      }
    }
    out.sort(
        Comparator.comparing(UnitArrears::open, Money::compareTo)
            .reversed()
            .thenComparing(UnitArrears::unit));
    return out;
  }

  private static AccountMovement movement(
      CurrencyUnit currency,
      long opening,
      Map<EntryKind, Long> in,
      Map<EntryKind, Long> out,
      long closing) {
    return AccountMovement.builder()
        .opening(Money.ofMinor(currency, opening))
        .putAllIn(money(currency, in))
        .putAllOut(money(currency, out))
        .closing(Money.ofMinor(currency, closing))
        .build();
  }

  private static <K> Map<K, Money> money(CurrencyUnit currency, Map<K, Long> minor) {
    Map<K, Money> out = new LinkedHashMap<>();
    minor.forEach((k, v) -> out.put(k, Money.ofMinor(currency, v)));
    return out;
  }
}
