package org.propertytrust.scenario.calibration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.money.Rate;
import org.propertytrust.core.party.Unit;
import org.propertytrust.scenario.spec.ArrearsTransition;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;

/**
 * Estimates a scenario's payment behaviour from a book's history.
 *
 * <p><b>States.</b> The book's entries are read in date order (entries of one date in list order),
 * up to the last month observed. At the end of every month from the one before the first month
 * charged to the last month observed, each unit has an arrears state: the number of months up to
 * that one whose charges on the contract's fees are not fully paid (late fees excluded), capped at
 * {@code K}. A unit with nothing open and a prepaid balance of at least one monthly bill (its
 * contract fees, as a book bills it) is instead <em>prepaid</em> for {@code ⌊prepaid / bill⌋}
 * months. Units without a bill are left out.
 *
 * <p><b>Transitions.</b> For every unit charged in month {@code M}, its state at the end of {@code
 * M − 1} and at the end of {@code M} make one move {@code k → j} (a prepaid end counts as {@code j
 * = 0}: the unit ended current, then paid ahead). A unit prepaid at the end of {@code M − 1} makes
 * no move (the model applies its prepayment without one). A move the model cannot make ({@code j >
 * k + 1}, for instance two months charged at once) is counted as {@code k → min(k + 1, K)} and
 * reported as irregular. From the counts, {@code p(k→j) = (n(k→j) + α) / (n(k) + α·m(k))} over the
 * {@code m(k)} possible moves ({@link ArrearsTransition#isPossible}), with the smoothing {@code α}
 * (0 by default); a row with no observations takes the prior, every possible move equally likely,
 * and is flagged.
 *
 * <p><b>Prepayment.</b> The chances to prepay are the units that end a month current with no month
 * paid in advance left before any new prepayment: those whose move ended in 0, and those whose last
 * prepaid month was applied in the month. An event is such a unit receiving at least one monthly
 * bill into {@code prepaid} by a PAYMENT dated in the month. The propensity is events ÷ chances;
 * the months paid ahead, the mean of {@code ⌊received / bill⌋} over the events, rounded.
 *
 * <p><b>The cap.</b> A unit with more than {@code K} months open is in state {@code K}: a move it
 * makes there is counted as {@code K → K} even when it paid a bill, and a spec built from the book
 * starts it {@code K} months behind. {@link CalibrationResult#unitMonthsAboveCap()}, {@link
 * CalibrationResult#capMovesWithPayment()}, {@link CalibrationResult#deepestArrears()} and {@link
 * CalibrationResult#arrearsBeyondCap} report how much the cap hid; a cap above the deepest arrears
 * ({@link CalibrationOptions#maxState()}) hides nothing.
 *
 * <p><b>Cost.</b> The entries are read once; at each month end only the units an entry of the month
 * touched, or whose charge for the month was posted earlier, are looked at again. Memory grows with
 * the book's lines, units and months, never with units × months.
 *
 * <p><b>Accuracy.</b> Each estimate has standard error {@code √(p(1−p)/n(k))} ({@link
 * CalibrationResult#standardError}). On books generated from a known model ({@link SyntheticBooks})
 * every estimated probability lies within four standard errors of the true one, and projecting the
 * calibrated model from the book's first state reproduces the observed collection rates within
 * their sampling error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Calibration {
  /** The longest window calibrated, in months. */
  public static final int MAX_MONTHS = 1200;

  private Calibration() {}

  /**
   * Calibrates a book with the default options (cap 6, no smoothing, up to its latest entry).
   *
   * @param book the book; not null
   * @return the result
   */
  public static CalibrationResult fromBook(TrustBook book) {
    return fromBook(book, CalibrationOptions.defaults());
  }

  /**
   * Calibrates a book.
   *
   * @param book the book; not null
   * @param options the options; not null
   * @return the result
   * @throws TrustException if the window from the first charge to the last month exceeds {@value
   *     #MAX_MONTHS} months
   */
  public static CalibrationResult fromBook(TrustBook book, CalibrationOptions options) {
    return new Run(book, options).result();
  }

  /** A growable list of ints. */
  private static final class Ints {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }
  }

  /**
   * One calibration: the entries are read once in date order, and at each month end only the units
   * an entry of the month touched, or whose charge for the month was posted earlier, are looked at
   * again.
   */
  private static final class Run {
    private final TrustBook book;
    private final CalibrationOptions options;
    private final CurrencyUnit currency;
    private final int maxState;
    private final Set<String> fees;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final long[] bills;
    private final Map<String, EntryKind> kinds = new HashMap<>();
    private final List<Entry> entries;

    private YearMonth first = YearMonth.of(2000, 1);
    private int months;
    private UnitHistory history;

    // per unit
    private TreeMap<YearMonth, Long>[] open;
    private long[] prepaid;
    private int[] group;
    private int[] state;
    private int[] raw;
    private long[] due;
    private long[] beyond;
    private long[] billedNow;
    private long[] receivedNow;
    private int[] dirtyStamp;
    private final Ints dirty = new Ints();
    private final TreeMap<Integer, Ints> scheduled = new TreeMap<>();
    private final Map<Long, Long> billedLater = new HashMap<>();
    private int billable;
    private int t;

    // running balances
    private long cash;
    private long dueTotal;
    private long beyondTotal;
    private int beyondUnits;

    // per month, index t = 1..months
    private long[] billed;
    private long[] collectedCurrent;
    private long[] arrearsRecovered;
    private long[] openingArrears;
    private long[] prepaymentsReceived;
    private long[] householdBilled;
    private long[] householdPaid;

    // tallies
    private long[][] counts;
    private long irregular;
    private long prepaidSkipped;
    private long unbilled;
    private long events;
    private long chances;
    private long monthsAhead;
    private long aboveCap;
    private long paidAtCap;
    private int deepest;

    Run(TrustBook book, CalibrationOptions options) {
      this.book = book;
      this.options = options;
      this.currency = book.currency();
      this.maxState = options.maxState();
      this.fees = new HashSet<>(book.contract().feeCodes());
      List<Unit> units = book.units();
      this.bills = new long[units.size()];
      for (int u = 0; u < units.size(); u++) {
        unitIndex.put(units.get(u).id(), u);
        long bill = 0;
        for (Fee fee : book.contract().fees()) {
          bill = Math.addExact(bill, fee.chargeFor(units.get(u), currency).getAmountMinorLong());
        }
        bills[u] = bill;
      }
      for (Entry entry : book.entries()) {
        if (entry.kind() != EntryKind.REVERSAL) {
          kinds.putIfAbsent(entry.id(), entry.kind());
        }
      }
      List<Entry> sorted = new ArrayList<>(book.entries());
      sorted.sort((a, b) -> a.date().compareTo(b.date()));
      this.entries = sorted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    CalibrationResult result() {
      Optional<YearMonth> firstCharged = firstCharged();
      Optional<YearMonth> lastEntry =
          entries.isEmpty()
              ? Optional.empty()
              : Optional.of(YearMonth.from(entries.get(entries.size() - 1).date()));
      YearMonth last = options.asOf().or(() -> lastEntry).orElse(first);
      if (firstCharged.isPresent() && !last.isBefore(firstCharged.get())) {
        first = firstCharged.get();
        long span = first.until(last, ChronoUnit.MONTHS) + 1;
        TrustException.check(
            span <= MAX_MONTHS,
            "book %s spans %s months from its first charge %s to %s; at most %s can be calibrated",
            book.community().id(),
            span,
            first,
            last,
            MAX_MONTHS);
        months = (int) span;
      }
      int n = bills.length;
      group = new int[n];
      history = new UnitHistory(first, months, maxState, groups());
      open = new TreeMap[n];
      prepaid = new long[n];
      state = new int[n];
      raw = new int[n];
      due = new long[n];
      beyond = new long[n];
      billedNow = new long[n];
      receivedNow = new long[n];
      dirtyStamp = new int[n];
      Arrays.fill(dirtyStamp, -1);
      billed = new long[months + 1];
      collectedCurrent = new long[months + 1];
      arrearsRecovered = new long[months + 1];
      openingArrears = new long[months + 2];
      prepaymentsReceived = new long[months + 1];
      householdBilled = new long[months + 1];
      householdPaid = new long[months + 1];
      counts = new long[maxState + 1][maxState + 1];
      for (int u = 0; u < n; u++) {
        if (group[u] >= 0) {
          history.add(0, group[u], 0, 1);
        }
      }

      int next = 0;
      for (t = 0; t <= months; t++) {
        Ints charged = scheduled.remove(t);
        if (charged != null) {
          for (int i = 0; i < charged.size(); i++) {
            touch(charged.get(i));
          }
        }
        LocalDate end = history.month(t).atEndOfMonth();
        while (next < entries.size() && !entries.get(next).date().isAfter(end)) {
          apply(entries.get(next));
          next++;
        }
        snapshot();
      }
      return estimate();
    }

    /**
     * Groups the billed units into cohorts by bill (see {@link CalibrationOptions#maxCohorts()}),
     * setting {@code group[u]} (-1 for a unit without a bill).
     */
    private UnitHistory.Group[] groups() {
      List<Integer> units = new ArrayList<>();
      for (int u = 0; u < bills.length; u++) {
        group[u] = -1;
        if (bills[u] > 0) {
          units.add(u);
        }
      }
      billable = units.size();
      units.sort(Comparator.comparingLong((Integer u) -> bills[u]).thenComparing(u -> u));
      List<List<Integer>> byBill = new ArrayList<>();
      for (int u : units) {
        if (byBill.isEmpty() || bills[byBill.get(byBill.size() - 1).get(0)] != bills[u]) {
          byBill.add(new ArrayList<>());
        }
        byBill.get(byBill.size() - 1).add(u);
      }
      List<List<Integer>> out;
      int wanted = options.maxCohorts();
      if (byBill.size() <= wanted) {
        out = byBill;
      } else {
        out = new ArrayList<>();
        int n = units.size();
        for (int g = 0; g < wanted; g++) {
          int from = (int) ((long) n * g / wanted);
          int to = (int) ((long) n * (g + 1) / wanted);
          if (to > from) {
            out.add(units.subList(from, to));
          }
        }
      }
      UnitHistory.Group[] groups = new UnitHistory.Group[out.size()];
      for (int g = 0; g < groups.length; g++) {
        List<Integer> members = out.get(g);
        BigDecimal total = BigDecimal.ZERO;
        for (int u : members) {
          group[u] = g;
          total = total.add(BigDecimal.valueOf(bills[u]));
        }
        long mean =
            total
                .divide(BigDecimal.valueOf(members.size()), 0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        groups[g] =
            new UnitHistory.Group(
                members.size(),
                bills[members.get(0)],
                bills[members.get(members.size() - 1)],
                mean);
      }
      return groups;
    }

    private Optional<YearMonth> firstCharged() {
      YearMonth min = null;
      for (Entry entry : entries) {
        if (entry.kind() != EntryKind.CHARGE) {
          continue;
        }
        for (Line line : entry.lines()) {
          if (isFeeReceivable(line) && line.isDebit()) {
            YearMonth period = line.period().get();
            if (min == null || period.isBefore(min)) {
              min = period;
            }
          }
        }
      }
      return Optional.ofNullable(min);
    }

    private boolean isFeeReceivable(Line line) {
      return line.account().equals(Account.RECEIVABLE)
          && line.unit().map(unitIndex::containsKey).orElse(false)
          && line.period().isPresent()
          && line.fee().map(fees::contains).orElse(false);
    }

    private int index(YearMonth month) {
      return history.index(month);
    }

    /** Marks a unit to be looked at again at the end of the current month. */
    private void touch(int u) {
      if (dirtyStamp[u] != t) {
        dirtyStamp[u] = t;
        dirty.add(u);
      }
    }

    private void apply(Entry entry) {
      EntryKind kind = entry.kind();
      if (kind == EntryKind.REVERSAL) {
        kind = entry.reverses().map(kinds::get).orElse(EntryKind.REVERSAL);
      }
      YearMonth month = YearMonth.from(entry.date());
      int tm = index(month);
      boolean inWindow = tm >= 1;
      for (Line line : entry.lines()) {
        long amount = line.amountMinor();
        long debit = line.isDebit() ? amount : -amount;
        Account account = line.account();
        if (isFeeReceivable(line)) {
          int u = unitIndex.get(line.unit().get());
          YearMonth period = line.period().get();
          if (open[u] == null) {
            open[u] = new TreeMap<>();
          }
          open[u].merge(period, debit, (a, b) -> a + b == 0 ? null : a + b);
          touch(u);
          int tp = index(period);
          if (tp > t) {
            // the unit's arrears change when this period comes due
            scheduled.computeIfAbsent(tp, k -> new Ints()).add(u);
          }
          boolean periodInWindow = tp >= 1;
          // Billed as of the period's last day: a later waiver (a write-off) does not unbill it.
          if ((kind == EntryKind.CHARGE || kind == EntryKind.WAIVER)
              && periodInWindow
              && !month.isAfter(period)) {
            billed[tp] += debit;
            if (tp == t) {
              billedNow[u] += debit;
            } else {
              billedLater.merge((long) tp * bills.length + u, debit, Long::sum);
            }
          }
          if (kind == EntryKind.PAYMENT || kind == EntryKind.PREPAYMENT_APPLIED) {
            long collected = -debit;
            if (!month.isAfter(period)) {
              if (periodInWindow) {
                collectedCurrent[tp] += collected;
              }
            } else if (inWindow) {
              arrearsRecovered[tm] += collected;
            }
          }
        } else if (account.equals(Account.PREPAID) && line.unit().isPresent()) {
          Integer u = unitIndex.get(line.unit().get());
          if (u != null) {
            prepaid[u] -= debit;
            touch(u);
            if (kind == EntryKind.PAYMENT && inWindow) {
              receivedNow[u] -= debit;
              prepaymentsReceived[tm] -= debit;
            }
          }
        } else if (account.equals(Account.CASH)) {
          cash += debit;
          if (kind == EntryKind.EXPENDITURE && inWindow) {
            history.spending[tm] -= debit;
          }
        } else if (account.code().startsWith("income:public:") && inWindow) {
          history.publicRevenue[tm] -= debit;
        }
      }
    }

    /** The month end {@code t}: looks again at the units touched since the last one. */
    private void snapshot() {
      YearMonth month = history.month(t);
      int billedUnits = 0;
      int size = t == 0 ? bills.length : dirty.size();
      for (int i = 0; i < size; i++) {
        int u = t == 0 ? i : dirty.get(i);
        if (t >= 1) {
          Long later = billedLater.remove((long) t * bills.length + u);
          if (later != null) {
            billedNow[u] += later;
          }
        }
        int before = state[u];
        int beforeRaw = raw[u];
        update(u, month);
        int after = state[u];
        if (group[u] >= 0 && after != before) {
          history.add(t, group[u], before, -1);
          history.add(t, group[u], after, 1);
        }
        if (t >= 1 && billedNow[u] > 0) {
          householdBilled[t]++;
          if (open[u] == null || open[u].getOrDefault(month, 0L) <= 0) {
            householdPaid[t]++;
          }
          if (group[u] >= 0) {
            billedUnits++;
            move(u, before, after, beforeRaw);
          }
        }
        billedNow[u] = 0;
        receivedNow[u] = 0;
      }
      dirty.clear();
      if (t >= 1) {
        unbilled += billable - billedUnits;
      }
      history.cash[t] = cash;
      history.unitsBeyondCap[t] = beyondUnits;
      history.arrearsBeyondCap[t] = beyondTotal;
      history.close(t);
      openingArrears[t + 1] = dueTotal;
    }

    /** Recomputes a unit's open months, arrears and state at the end of {@code month}. */
    private void update(int u, YearMonth month) {
      int count = 0;
      long balance = 0;
      long hidden = 0;
      if (open[u] != null) {
        SortedMap<YearMonth, Long> upTo = open[u].headMap(month, true);
        for (long value : upTo.values()) {
          if (value > 0) {
            count++;
            balance += value;
          }
        }
        if (count > maxState && group[u] >= 0) {
          // the receivables older than the K most recent open months, which the cap leaves out
          int older = count - maxState;
          for (long value : upTo.values()) {
            if (value > 0) {
              hidden += value;
              if (--older == 0) {
                break;
              }
            }
          }
        }
      }
      dueTotal += balance - due[u];
      due[u] = balance;
      if (hidden > 0 != beyond[u] > 0) {
        beyondUnits += hidden > 0 ? 1 : -1;
      }
      beyondTotal += hidden - beyond[u];
      beyond[u] = hidden;
      raw[u] = count;
      long bill = bills[u];
      if (bill <= 0) {
        state[u] = 0;
        return;
      }
      deepest = Math.max(deepest, count);
      long monthsPaid = prepaid[u] > 0 ? prepaid[u] / bill : 0;
      if (count == 0 && monthsPaid >= 1) {
        state[u] = (int) -Math.min(monthsPaid, Prepayment.MAX_MONTHS);
      } else {
        state[u] = Math.min(count, maxState);
      }
    }

    /** Counts the move of a unit charged in month {@code t}. */
    private void move(int u, int before, int after, int beforeRaw) {
      boolean chance;
      if (before < 0) {
        prepaidSkipped++;
        chance = before == -1 && after <= 0;
      } else {
        int to = Math.max(after, 0);
        int top = Math.min(before + 1, maxState);
        if (to > top) {
          irregular++;
          to = top;
        }
        counts[before][to]++;
        chance = to == 0;
        int afterRaw = raw[u];
        if (beforeRaw > maxState || afterRaw > maxState) {
          aboveCap++;
        }
        if (before == maxState && to == maxState && afterRaw <= beforeRaw) {
          // at least one bill paid, yet counted as K -> K: paid nothing, oldest bill written off
          paidAtCap++;
        }
      }
      if (chance) {
        chances++;
        long received = receivedNow[u];
        if (received >= bills[u]) {
          events++;
          monthsAhead += received / bills[u];
        }
      }
    }

    private CalibrationResult estimate() {
      int states = maxState + 1;
      double alpha = options.smoothing();
      double[][] rows = new double[states][states];
      List<Integer> fallback = new ArrayList<>();
      for (int k = 0; k < states; k++) {
        long total = Arrays.stream(counts[k]).sum();
        int possible = 0;
        for (int j = 0; j < states; j++) {
          if (ArrearsTransition.isPossible(k, j, maxState)) {
            possible++;
          }
        }
        if (total == 0) {
          fallback.add(k);
        }
        double denominator = total + alpha * possible;
        for (int j = 0; j < states; j++) {
          if (!ArrearsTransition.isPossible(k, j, maxState)) {
            continue;
          }
          rows[k][j] = denominator > 0 ? (counts[k][j] + alpha) / denominator : 1.0 / possible;
        }
      }
      Optional<Prepayment> prepayment = Optional.empty();
      if (events > 0) {
        int ahead =
            (int)
                Math.max(
                    1,
                    Math.min(
                        Prepayment.MAX_MONTHS,
                        BigDecimal.valueOf(monthsAhead)
                            .divide(BigDecimal.valueOf(events), 0, java.math.RoundingMode.HALF_UP)
                            .longValue()));
        prepayment = Optional.of(Prepayment.of((double) events / chances, ahead));
      }
      return new CalibrationResult(
          book.community().id(),
          currency,
          options,
          TransitionCounts.of(counts),
          RollRates.of(rows),
          fallback,
          new long[] {
            irregular, prepaidSkipped, unbilled, events, chances, aboveCap, paidAtCap, deepest
          },
          prepayment,
          observed(),
          RemunerationTerms.fromContract(book.contract().remuneration()),
          book.contract().allocation(),
          history);
    }

    private List<ObservedMonth> observed() {
      List<ObservedMonth> out = new ArrayList<>(months);
      for (int i = 1; i <= months; i++) {
        ImmutableObservedMonth.Builder month =
            ObservedMonth.builder()
                .month(history.month(i))
                .billed(money(billed[i]))
                .collectedCurrent(money(collectedCurrent[i]))
                .arrearsRecovered(money(arrearsRecovered[i]))
                .openingArrears(money(openingArrears[i]))
                .prepaymentsReceived(money(prepaymentsReceived[i]))
                .publicRevenue(money(history.publicRevenue[i]))
                .spending(money(history.spending[i]))
                .closingCash(money(history.cash[i]))
                .currentRate(rate(collectedCurrent[i], billed[i]))
                .combinedRate(
                    rate(collectedCurrent[i] + arrearsRecovered[i], billed[i] + openingArrears[i]))
                .householdRate(rate(householdPaid[i], householdBilled[i]))
                .prepaidUnits(history.prepaidUnits(i));
        for (int s = 0; s <= maxState; s++) {
          month.addUnitsByState(history.unitsInState(i, s));
        }
        out.add(month.build());
      }
      return out;
    }

    private Money money(long minor) {
      return Money.ofMinor(currency, minor);
    }

    private static Optional<BigDecimal> rate(long part, long whole) {
      return whole <= 0 ? Optional.empty() : Rate.ratio(part, whole).map(Rate::toDecimal);
    }
  }
}
