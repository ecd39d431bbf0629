package org.propertytrust.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Obstacle;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.NegativeBalance;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.RunningBalances;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;

/**
 * One validation in progress: entries are fed one at a time, in book order, then {@link #finish}
 * gives the report. This is how a book too large to hold is validated while it is read; {@link
 * RuleSet#validate} feeds an in-memory book the same way.
 *
 * <p>The ledger is computed in the same single pass, and every check sees each entry once. Entries
 * dated after an as-of date given at the start are not judged. Memory across the pass is the
 * ledger's balances and indexes plus what each check keeps (a few dozen bytes per entry at most).
 *
 * <p>A book is judged over the years 0000 to 9999, those trust-book/1 holds: the as-of date and
 * every date of the book's sections are checked when the validation starts, each entry judged (its
 * date and the periods of its lines) when it comes, and a date outside those years is a {@link
 * TrustException} naming it. This bounds the months a check walks, from the first entry to the
 * as-of date.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class Validation {
  private static final int FIRST_YEAR = 0;
  private static final int LAST_YEAR = 9999;
  private final TrustBook header;
  private final Optional<LocalDate> asOf;
  private final List<Active> checks;
  private final RunningBalances balances;
  private final ReadOnlyLedger ledger;
  private final SpendingPolicy policy;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, Money> budgetUsed = new HashMap<>();
  private final Map<Integer, Paid> paidBy = new HashMap<>();
  private @Nullable LocalDate previousDate;
  private @Nullable LocalDate latest;
  private @Nullable YearMonth firstMonth;
  private int checked;

  private boolean finished;

  /** A check with the rule that made it, the severity it reports with and its reporter. */
  private static final class Active {
    final Rule rule;
    final Severity severity;
    final Check check;
    Reporter reporter;

    Active(Rule rule, Severity severity, Check check) {
      this.rule = rule;
      this.severity = severity;
      this.check = check;
    }

    Rule rule() {
      return rule;
    }

    Severity severity() {
      return severity;
    }

    Check check() {
      return check;
    }
  }

  Validation(TrustBook header, Optional<LocalDate> asOf, List<RuleSet.Configured> rules) {
    TrustException.check(
        header.entries().isEmpty(), "a validation starts from a book's sections, without entries");
    asOf.ifPresent(d -> checkYear(d.getYear(), () -> "the as-of date " + d));
    checkDates(header);
    this.header = header;
    this.asOf = asOf;
    this.balances = new RunningBalances(header.currency());
    this.ledger = new ReadOnlyLedger(balances);
    this.policy = SpendingPolicy.of(header);
    RunContext run =
        new RunContext() {
          @Override
          public TrustBook header() {
            return header;
          }

          @Override
          public Optional<LocalDate> asOf() {
            return asOf;
          }

          @Override
          public SpendingPolicy spendingPolicy() {
            return policy;
          }
        };
    List<Active> active = new ArrayList<>();
    for (RuleSet.Configured configured : rules) {
      active.add(
          new Active(configured.rule(), configured.severity(), configured.rule().start(run)));
    }
    for (Active a : active) {
      a.reporter = reporter(a);
    }
    this.checks = active;
  }

  /**
   * Throws unless a year lies in the span a book can be judged over: the years 0000 to 9999, those
   * trust-book/1 holds. Bounding every date judged bounds the months a check walks (from the first
   * entry to the as-of date), and keeps deadlines computed from them representable.
   */
  private static void checkYear(int year, Supplier<String> what) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new TrustException(
          what.get()
              + " lies outside the years 0000 to 9999 that a book can be judged over (those"
              + " trust-book/1 holds)");
    }
  }

  /** Checks every date of the book's sections with {@link #checkYear}. */
  private static void checkDates(TrustBook header) {
    LocalDate start = header.contract().start();
    checkYear(start.getYear(), () -> "the contract's start " + start);
    header.contract().end().ifPresent(e -> checkYear(e.getYear(), () -> "the contract's end " + e));
    for (Handover h : header.handovers()) {
      checkYear(
          h.date().getYear(),
          () -> "the handover from " + h.from() + " to " + h.to() + " dated " + h.date());
    }
    for (Expenditure x : header.expenditures()) {
      checkYear(
          x.requestedOn().getYear(),
          () -> "expenditure " + x.id() + " requested on " + x.requestedOn());
      for (Approval a : x.approvals()) {
        checkYear(
            a.on().getYear(),
            () -> "the decision of " + a.by() + " on expenditure " + x.id() + " dated " + a.on());
      }
    }
    for (Vote v : header.votes()) {
      checkYear(v.heldOn().getYear(), () -> "vote " + v.id() + " held on " + v.heldOn());
    }
    for (BankStatement s : header.bankStatements()) {
      checkYear(
          s.period().getYear(), () -> "the " + s.account() + " bank statement of " + s.period());
    }
    for (Disclosure d : header.disclosures()) {
      checkYear(d.period().getYear(), () -> "the disclosure of " + d.period());
      checkYear(
          d.publishedOn().getYear(),
          () -> "the disclosure of " + d.period() + " published on " + d.publishedOn());
    }
    for (Ticket t : header.tickets()) {
      for (Optional<OffsetDateTime> at :
          List.of(
              Optional.of(t.reportedAt()),
              t.registeredAt(),
              t.onSiteAt(),
              t.resolvedAt(),
              t.planAt(),
              t.followUpAt())) {
        at.ifPresent(time -> checkYear(time.getYear(), () -> "ticket " + t.id() + " time " + time));
      }
    }
  }

  /**
   * Checks the next entry of the book.
   *
   * @param entry the entry; not null
   * @throws TrustException if the validation is finished, a balance overflows, or the entry, judged
   *     (dated on or before the as-of date), has a date or a period outside the years 0000 to 9999
   */
  public void accept(Entry entry) {
    TrustException.check(!finished, "the validation is finished");
    if (asOf.isPresent() && entry.date().isAfter(asOf.get())) {
      return;
    }
    checkYear(entry.date().getYear(), () -> "entry " + entry.id() + " dated " + entry.date());
    List<Line> lines = entry.lines();
    for (int i = 0; i < lines.size(); i++) {
      YearMonth period = lines.get(i).periodOrNull();
      if (period != null && (period.getYear() < FIRST_YEAR || period.getYear() > LAST_YEAR)) {
        checkYear(period.getYear(), () -> "the period " + period + " of entry " + entry.id());
      }
    }
    int position = checked++;
    Context context = new Context(position, entry);
    for (int i = 0; i < checks.size(); i++) {
      Active a = checks.get(i);
      a.check().beforeEntry(context, a.reporter);
    }
    List<NegativeBalance> all = balances.negativeBalances();
    int negativesBefore = all.size();
    balances.add(entry);
    context.after = true;
    if (all.size() > negativesBefore) {
      context.negatives = all.subList(negativesBefore, all.size());
    }
    for (int i = 0; i < checks.size(); i++) {
      Active a = checks.get(i);
      a.check().afterEntry(context, a.reporter);
    }
    trackBudget(position, entry, context);
    previousDate = entry.date();
    if (latest == null || entry.date().isAfter(latest)) {
      latest = entry.date();
    }
    YearMonth month = YearMonth.from(entry.date());
    if (firstMonth == null || month.isBefore(firstMonth)) {
      firstMonth = month;
    }
  }

  /**
   * Keeps the budget each line has used: a payment adds its expenditure's amount to the line for
   * the payment's year; a reversal that cancels it takes the amount off that same line and year,
   * and a reversal of that reversal puts it back.
   */
  private void trackBudget(int position, Entry entry, Context context) {
    if (balances.effectiveKind(position) != EntryKind.EXPENDITURE) {
      return;
    }
    Paid paid = null;
    if (entry.kind() == EntryKind.EXPENDITURE) {
      paid =
          context
              .expenditure()
              .map(x -> new Paid(budgetKey(x, entry.date()), x.amount()))
              .orElse(null);
    } else if (entry.kind() == EntryKind.REVERSAL && entry.reverses().isPresent()) {
      OptionalInt target = balances.indexOf(entry.reverses().get());
      if (target.isPresent() && target.getAsInt() < position) {
        paid = paidBy.get(target.getAsInt());
      }
    }
    if (paid == null) {
      return;
    }
    paidBy.put(position, paid);
    budgetUsed.merge(
        paid.budgetKey(),
        balances.isCancellation(position) ? paid.amount().negated() : paid.amount(),
        Money::plus);
  }

  /** What an entry paying (or cancelling the payment of) an expenditure does to its budget line. */
  private record Paid(String budgetKey, Money amount) {}

  private static String budgetKey(Expenditure x, LocalDate date) {
    return date.getYear() + " " + x.budgetLine();
  }

  /**
   * Runs the checks that look at the whole book and returns the report.
   *
   * @return the report
   * @throws TrustException if the validation is already finished
   */
  public ValidationReport finish() {
    TrustException.check(!finished, "the validation is finished");
    finished = true;
    LocalDate judged = asOf.orElse(latest != null ? latest : header.contract().start());
    FinishContext context =
        new FinishContext() {
          @Override
          public TrustBook header() {
            return header;
          }

          @Override
          public LedgerView ledger() {
            return ledger;
          }

          @Override
          public LocalDate asOf() {
            return judged;
          }

          @Override
          public Optional<YearMonth> firstMonth() {
            return Optional.ofNullable(firstMonth);
          }

          @Override
          public int entriesChecked() {
            return checked;
          }
        };
    for (Active a : checks) {
      a.check().finish(context, a.reporter);
    }
    return ValidationReport.builder()
        .book(header.community().id())
        .asOf(judged)
        .entriesChecked(checked)
        .addAllViolations(violations)
        .build();
  }

  private Reporter reporter(Active active) {
    return (message, refs) ->
        violations.add(
            Violation.builder()
                .rule(active.rule().id())
                .severity(active.severity())
                .message(message)
                .putAllRefs(refs.toMap())
                .build());
  }

  /** The entry being checked. */
  private final class Context implements EntryContext {
    private final int position;
    private final Entry entry;
    private final Optional<Expenditure> expenditure;
    private @Nullable List<Obstacle> obstacles;
    boolean after;
    List<NegativeBalance> negatives = List.of();

    Context(int position, Entry entry) {
      this.position = position;
      this.entry = entry;
      this.expenditure =
          entry.kind() == EntryKind.EXPENDITURE
              ? entry.expenditure().map(id -> header.expendituresById().get(id))
              : Optional.empty();
    }

    @Override
    public int index() {
      return position;
    }

    @Override
    public Entry entry() {
      return entry;
    }

    @Override
    public TrustBook header() {
      return header;
    }

    @Override
    public LedgerView ledger() {
      return ledger;
    }

    @Override
    public Optional<LocalDate> previousDate() {
      return Optional.ofNullable(previousDate);
    }

    @Override
    public Optional<Expenditure> expenditure() {
      return expenditure;
    }

    @Override
    public List<Obstacle> spendingObstacles() {
      if (obstacles == null) {
        obstacles =
            expenditure
                .map(
                    x ->
                        policy.obstacles(
                            x,
                            entry.date(),
                            budgetUsed.getOrDefault(
                                budgetKey(x, entry.date()), Money.zero(header.currency()))))
                .orElse(List.of());
      }
      return obstacles;
    }

    @Override
    public List<NegativeBalance> newNegativeBalances() {
      return after ? negatives : List.of();
    }
  }

  /** The running ledger, read-only for checks. */
  private static final class ReadOnlyLedger implements LedgerView {
    private final RunningBalances b;

    ReadOnlyLedger(RunningBalances b) {
      this.b = b;
    }

    @Override
    public org.joda.money.CurrencyUnit currency() {
      return b.currency();
    }

    @Override
    public int entryCount() {
      return b.entryCount();
    }

    @Override
    public Money balance(Account account) {
      return b.balance(account);
    }

    @Override
    public Set<Account> accounts() {
      return b.accounts();
    }

    @Override
    public Money receivable(String unit, YearMonth period, String fee) {
      return b.receivable(unit, period, fee);
    }

    @Override
    public int chargeCount(String unit, YearMonth period, String fee) {
      return b.chargeCount(unit, period, fee);
    }

    @Override
    public Optional<LocalDate> lastChargedOn(String unit, YearMonth period, String fee) {
      return b.lastChargedOn(unit, period, fee);
    }

    @Override
    public Money periodCharges(String unit, YearMonth period) {
      return b.periodCharges(unit, period);
    }

    @Override
    public List<Receivable> openReceivables(String unit) {
      return b.openReceivables(unit);
    }

    @Override
    public List<Receivable> receivables() {
      return b.receivables();
    }

    @Override
    public Money prepaid(String unit) {
      return b.prepaid(unit);
    }

    @Override
    public Money deposit(String unit) {
      return b.deposit(unit);
    }

    @Override
    public Set<String> unitsWithPrepaid() {
      return b.unitsWithPrepaid();
    }

    @Override
    public OptionalInt indexOf(String entryId) {
      return b.indexOf(entryId);
    }

    @Override
    public int[] entriesDatedIn(YearMonth month) {
      return b.entriesDatedIn(month);
    }

    @Override
    public int[] entriesForPeriod(YearMonth period) {
      return b.entriesForPeriod(period);
    }

    @Override
    public java.util.SortedSet<YearMonth> monthsWithEntries() {
      return b.monthsWithEntries();
    }

    @Override
    public java.util.SortedSet<YearMonth> periodsCharged() {
      return b.periodsCharged();
    }

    @Override
    public EntryKind effectiveKind(int i) {
      return b.effectiveKind(i);
    }

    @Override
    public boolean isCancellation(int i) {
      return b.isCancellation(i);
    }

    @Override
    public boolean isStanding(int i) {
      return b.isStanding(i);
    }

    @Override
    public List<Integer> reversalsOf(String entryId) {
      return b.reversalsOf(entryId);
    }

    @Override
    public List<Integer> repeatedIdPositions() {
      return b.repeatedIdPositions();
    }

    @Override
    public List<NegativeBalance> negativeBalances() {
      return b.negativeBalances();
    }

    @Override
    public java.util.OptionalInt latestDatedEntry() {
      return b.latestDatedEntry();
    }
  }
}
