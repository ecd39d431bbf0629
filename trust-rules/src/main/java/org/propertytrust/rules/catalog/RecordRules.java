package org.propertytrust.rules.catalog;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.service.ServiceLevelCheck;
import org.propertytrust.core.service.ServiceLevels;
import org.propertytrust.core.service.ServiceStage;
import org.propertytrust.core.service.StageOutcome;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.rules.Check;
import org.propertytrust.rules.EntryContext;
import org.propertytrust.rules.FinishContext;
import org.propertytrust.rules.Refs;
import org.propertytrust.rules.Reporter;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RunContext;
import org.propertytrust.rules.Severity;

/** The rules on the records a trust keeps: bank, disclosure, handover and service. */
final class RecordRules {
  private RecordRules() {}

  static List<Rule> all() {
    return List.of(
        new CatalogRule(
            "recon.bank-mismatch",
            Severity.ERROR,
            "银行对账不符",
            "For a bank statement's account and month, the book's closing balance differs from the"
                + " statement's closing balance plus its signed uncleared amounts.",
            BankMismatch::new),
        new CatalogRule(
            "disclosure.missing",
            Severity.ERROR,
            "未按期公示",
            "A month from the book's first entry on, whose disclosure deadline has passed by the"
                + " as-of date, has no disclosure.",
            run -> new DisclosureMissing()),
        new CatalogRule(
            "disclosure.late",
            Severity.WARNING,
            "公示逾期",
            "A disclosure published more than disclosureDays after its month ends.",
            run -> new DisclosureLate()),
        new CatalogRule(
            "handover.incomplete",
            Severity.ERROR,
            "交接未完成",
            "An entry on or after a handover is posted by the outgoing trustee, or owners' money it"
                + " holds (due:<party>) is still open 30 days after the handover.",
            HandoverIncomplete::new),
        new CatalogRule(
            "service.sla-breach",
            Severity.WARNING,
            "未达服务时限（54321）",
            "A ticket reaches a stage late, or not at all by its deadline (one violation per stage"
                + " missed).",
            run -> new SlaBreach()));
  }

  /** recon.bank-mismatch: keeps the net movement of each bank account per month. */
  private static final class BankMismatch implements Check {
    private final CurrencyUnit currency;
    private final Map<YearMonth, long[]> byMonth = new TreeMap<>();

    BankMismatch(RunContext run) {
      this.currency = run.header().currency();
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      for (Line line : c.entry().lines()) {
        int bank =
            line.account().is(ChartAccount.CASH)
                ? 0
                : line.account().is(ChartAccount.RESERVE_CASH) ? 1 : -1;
        if (bank >= 0) {
          byMonth.computeIfAbsent(YearMonth.from(c.entry().date()), m -> new long[2])[bank] +=
              line.signedMinor();
        }
      }
    }

    @Override
    public void finish(FinishContext f, Reporter r) {
      // each month's closing balances: the running sum of the months up to it, in one sweep
      TreeMap<YearMonth, long[]> closing = new TreeMap<>();
      long[] running = new long[2];
      for (Map.Entry<YearMonth, long[]> month : byMonth.entrySet()) {
        running[0] += month.getValue()[0];
        running[1] += month.getValue()[1];
        closing.put(month.getKey(), running.clone());
      }
      for (BankStatement statement : f.header().bankStatements()) {
        if (statement.period().atEndOfMonth().isAfter(f.asOf())) {
          continue;
        }
        int bank = statement.account().equals(Account.CASH) ? 0 : 1;
        Map.Entry<YearMonth, long[]> upTo = closing.floorEntry(statement.period());
        Money book = Money.ofMinor(currency, upTo == null ? 0 : upTo.getValue()[bank]);
        Money expected = statement.expectedBookBalance();
        if (!book.equals(expected)) {
          Money uncleared = expected.minus(statement.closingBalance());
          r.report(
              statement.account()
                  + " "
                  + statement.period()
                  + ": the book closes at "
                  + book
                  + ", the bank statement at "
                  + statement.closingBalance()
                  + (uncleared.isZero() ? "" : " with " + uncleared + " uncleared")
                  + " (difference "
                  + book.minus(expected)
                  + ")",
              Refs.none().period(statement.period()).account(statement.account().code()));
        }
      }
    }
  }

  private static LocalDate deadline(FinishContext f, YearMonth month) {
    return month.atEndOfMonth().plusDays(f.header().contract().disclosureDays());
  }

  /** disclosure.missing: indexes the disclosures by month once, then walks the months. */
  private static final class DisclosureMissing implements Check {
    @Override
    public void finish(FinishContext f, Reporter r) {
      if (f.firstMonth().isEmpty()) {
        return;
      }
      Set<YearMonth> disclosed = new HashSet<>();
      for (Disclosure d : f.header().disclosures()) {
        if (!d.publishedOn().isAfter(f.asOf())) {
          disclosed.add(d.period());
        }
      }
      for (YearMonth m = f.firstMonth().get();
          !deadline(f, m).isAfter(f.asOf());
          m = m.plusMonths(1)) {
        if (!disclosed.contains(m)) {
          r.report(
              "the accounts of "
                  + m
                  + " were due to be disclosed to owners by "
                  + deadline(f, m)
                  + " and have not been (as of "
                  + f.asOf()
                  + ")",
              Refs.none().period(m));
        }
      }
    }
  }

  /** disclosure.late. */
  private static final class DisclosureLate implements Check {
    @Override
    public void finish(FinishContext f, Reporter r) {
      for (Disclosure d : f.header().disclosures()) {
        LocalDate deadline = deadline(f, d.period());
        if (!d.publishedOn().isAfter(f.asOf()) && d.publishedOn().isAfter(deadline)) {
          r.report(
              "the accounts of "
                  + d.period()
                  + " were disclosed on "
                  + d.publishedOn()
                  + ", "
                  + days(java.time.temporal.ChronoUnit.DAYS.between(deadline, d.publishedOn()))
                  + " after the deadline "
                  + deadline,
              Refs.none().period(d.period()));
        }
      }
    }
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  /**
   * handover.incomplete: keeps what each outgoing trustee owed by its deadline. The handovers are
   * indexed once by outgoing trustee, so an entry costs a lookup of its trustee and of the party of
   * each of its {@code due:} lines, whatever the number of handovers.
   */
  private static final class HandoverIncomplete implements Check {
    private static final String DUE = ChartAccount.DUE.code() + ":";
    private final List<Handover> handovers;
    private final LocalDate[] deadlines;
    private final long[] openAtDeadline;
    private final CurrencyUnit currency;

    /** The first handover (earliest, then first listed) of each outgoing trustee. */
    private final Map<String, Handover> firstBy = new HashMap<>();

    /** The positions in {@link #handovers} of each outgoing trustee's handovers. */
    private final Map<String, List<Integer>> positionsBy = new HashMap<>();

    HandoverIncomplete(RunContext run) {
      this.handovers = run.header().handovers();
      this.deadlines = new LocalDate[handovers.size()];
      this.openAtDeadline = new long[handovers.size()];
      this.currency = run.header().currency();
      for (int i = 0; i < handovers.size(); i++) {
        Handover h = handovers.get(i);
        deadlines[i] = h.date().plusDays(30);
        firstBy.merge(h.from(), h, (a, b) -> b.date().isBefore(a.date()) ? b : a);
        positionsBy.computeIfAbsent(h.from(), p -> new ArrayList<>()).add(i);
      }
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      if (handovers.isEmpty()) {
        return;
      }
      Entry entry = c.entry();
      Handover first = entry.trustee().map(firstBy::get).orElse(null);
      if (first != null && !entry.date().isBefore(first.date())) {
        r.report(
            "entry "
                + entry.id()
                + " ("
                + MessageParts.debits(entry, currency)
                + ") dated "
                + entry.date()
                + " is posted by "
                + first.from()
                + ", the trustee that handed over to "
                + first.to()
                + " on "
                + first.date(),
            Refs.entry(entry.id()).party(first.from()));
      }
      for (Line line : entry.lines()) {
        String code = line.account().code();
        if (!code.startsWith(DUE)) {
          continue;
        }
        List<Integer> positions = positionsBy.get(code.substring(DUE.length()));
        if (positions == null) {
          continue;
        }
        for (int i : positions) {
          if (!entry.date().isAfter(deadlines[i])) {
            openAtDeadline[i] += line.signedMinor();
          }
        }
      }
    }

    @Override
    public void finish(FinishContext f, Reporter r) {
      for (int i = 0; i < handovers.size(); i++) {
        Handover h = handovers.get(i);
        LocalDate deadline = deadlines[i];
        if (!f.asOf().isBefore(deadline) && openAtDeadline[i] > 0) {
          r.report(
              h.from()
                  + " still held "
                  + Money.ofMinor(currency, openAtDeadline[i])
                  + " of owners' money (due:"
                  + h.from()
                  + ") on "
                  + deadline
                  + ", 30 days after handing over to "
                  + h.to()
                  + " on "
                  + h.date(),
              Refs.none().party(h.from()).account(Account.due(h.from()).code()));
        }
      }
    }
  }

  /** service.sla-breach. */
  private static final class SlaBreach implements Check {
    @Override
    public void finish(FinishContext f, Reporter r) {
      ServiceLevels levels = f.header().contract().serviceLevels();
      for (Ticket ticket : f.header().tickets()) {
        if (ticket.reportedAt().toLocalDate().isAfter(f.asOf())) {
          continue;
        }
        for (ServiceStage stage : ServiceStage.values()) {
          StageOutcome outcome = ServiceLevelCheck.evaluate(ticket, levels, stage, f.asOf());
          if (outcome != StageOutcome.LATE && outcome != StageOutcome.MISSED) {
            continue;
          }
          OffsetDateTime start =
              stage == ServiceStage.FOLLOW_UP
                  ? ticket.resolvedAt().orElseThrow()
                  : ticket.reportedAt();
          String name = stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
          String limit = describe(levels.limit(stage));
          String message =
              outcome == StageOutcome.LATE
                  ? String.format(
                      "ticket %s (unit %s, %s) reached %s %s after %s; the limit is %s",
                      ticket.id(),
                      ticket.unit(),
                      ticket.kind(),
                      name,
                      describe(Duration.between(start, ticket.reached(stage).orElseThrow())),
                      stage == ServiceStage.FOLLOW_UP ? "it was resolved" : "it was reported",
                      limit)
                  : String.format(
                      "ticket %s (unit %s, %s) has not reached %s by %s; its deadline %s passed",
                      ticket.id(),
                      ticket.unit(),
                      ticket.kind(),
                      name,
                      f.asOf(),
                      start.plus(levels.limit(stage)));
          r.report(message, Refs.none().unit(ticket.unit()).ticket(ticket.id()));
        }
      }
    }

    /** Describes a duration to the second (or finer), so that a stage late by 1 s shows it. */
    private static String describe(Duration d) {
      long minutes = d.toMinutes();
      List<String> parts = new ArrayList<>();
      if (minutes >= 1440) {
        parts.add(minutes / 1440 + " d");
      }
      if (minutes % 1440 >= 60) {
        parts.add(minutes % 1440 / 60 + " h");
      }
      if (minutes % 60 > 0) {
        parts.add(minutes % 60 + " min");
      }
      if (d.toSecondsPart() > 0 || d.toNanosPart() > 0 || parts.isEmpty()) {
        parts.add(
            java.math.BigDecimal.valueOf(d.toSecondsPart())
                    .add(java.math.BigDecimal.valueOf(d.toNanosPart(), 9))
                    .stripTrailingZeros()
                    .toPlainString()
                + " s");
      }
      return String.join(" ", parts);
    }
  }
}
