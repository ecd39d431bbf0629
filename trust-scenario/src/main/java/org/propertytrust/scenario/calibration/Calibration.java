package org.propertytrust.scenario.calibration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** One calibration. */
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

    // running balances
    private List<TreeMap<YearMonth, Long>> open;
    private long[] prepaid;
    private long cash;

    // per month, index t = 1..months
    private long[] billed;
    private long[] collectedCurrent;
    private long[] arrearsRecovered;
    private long[] openingArrears;
    private long[] prepaymentsReceived;
    private long[] householdBilled;
    private long[] householdPaid;
    private long[][] unitBilled;
    private long[][] unitPrepaidReceived;

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
      String[] ids = new String[bills.length];
      for (Map.Entry<String, Integer> e : unitIndex.entrySet()) {
        ids[e.getValue()] = e.getKey();
      }
      history = new UnitHistory(first, months, ids, bills);
      int n = bills.length;
      open = new ArrayList<>(n);
      for (int u = 0; u < n; u++) {
        open.add(new TreeMap<>());
      }
      prepaid = new long[n];
      billed = new long[months + 1];
      collectedCurrent = new long[months + 1];
      arrearsRecovered = new long[months + 1];
      openingArrears = new long[months + 2];
      prepaymentsReceived = new long[months + 1];
      householdBilled = new long[months + 1];
      householdPaid = new long[months + 1];
      unitBilled = new long[n][months + 1];
      unitPrepaidReceived = new long[n][months + 1];

      int next = 0;
      for (int t = 0; t <= months; t++) {
        LocalDate end = history.month(t).atEndOfMonth();
        while (next < entries.size() && !entries.get(next).date().isAfter(end)) {
          apply(entries.get(next));
          next++;
        }
        snapshot(t);
      }
      return estimate();
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
          open.get(u).merge(period, debit, (a, b) -> a + b == 0 ? null : a + b);
          int tp = index(period);
          boolean periodInWindow = tp >= 1;
          // Billed as of the period's last day: a later waiver (a write-off) does not unbill it.
          if ((kind == EntryKind.CHARGE || kind == EntryKind.WAIVER)
              && periodInWindow
              && !month.isAfter(period)) {
            billed[tp] += debit;
            unitBilled[u][tp] += debit;
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
            if (kind == EntryKind.PAYMENT && inWindow) {
              unitPrepaidReceived[u][tm] -= debit;
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

    private void snapshot(int t) {
      YearMonth month = history.month(t);
      history.cash[t] = cash;
      long arrearsOpen = 0;
      for (int u = 0; u < bills.length; u++) {
        int count = 0;
        long openBalance = 0;
        for (Map.Entry<YearMonth, Long> e : open.get(u).entrySet()) {
          if (e.getKey().isAfter(month)) {
            break;
          }
          if (e.getValue() > 0) {
            count++;
            openBalance += e.getValue();
          }
        }
        arrearsOpen += openBalance;
        if (t >= 1 && unitBilled[u][t] > 0) {
          householdBilled[t]++;
          if (open.get(u).getOrDefault(month, 0L) <= 0) {
            householdPaid[t]++;
          }
        }
        long bill = bills[u];
        if (bill <= 0) {
          history.states[u][t] = 0;
          continue;
        }
        long monthsPaid = prepaid[u] > 0 ? prepaid[u] / bill : 0;
        if (count == 0 && monthsPaid >= 1) {
          history.states[u][t] = (int) -Math.min(monthsPaid, Prepayment.MAX_MONTHS);
        } else {
          history.states[u][t] = Math.min(count, maxState);
        }
      }
      openingArrears[t + 1] = arrearsOpen;
    }

    private CalibrationResult estimate() {
      int states = maxState + 1;
      long[][] counts = new long[states][states];
      long irregular = 0;
      long prepaidSkipped = 0;
      long unbilled = 0;
      long events = 0;
      long chances = 0;
      long monthsAhead = 0;
      for (int u = 0; u < bills.length; u++) {
        if (bills[u] <= 0) {
          continue;
        }
        for (int t = 1; t <= months; t++) {
          if (unitBilled[u][t] <= 0) {
            unbilled++;
            continue;
          }
          int before = history.states[u][t - 1];
          int after = history.states[u][t];
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
          }
          if (chance) {
            chances++;
            long received = unitPrepaidReceived[u][t];
            if (received >= bills[u]) {
              events++;
              monthsAhead += received / bills[u];
            }
          }
        }
      }
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
          new long[] {irregular, prepaidSkipped, unbilled, events, chances},
          prepayment,
          observed(),
          RemunerationTerms.fromContract(book.contract().remuneration()),
          book.contract().allocation(),
          history);
    }

    private List<ObservedMonth> observed() {
      List<ObservedMonth> out = new ArrayList<>(months);
      for (int t = 1; t <= months; t++) {
        int[] byState = new int[maxState + 1];
        int prepaidUnits = 0;
        for (int u = 0; u < bills.length; u++) {
          if (bills[u] <= 0) {
            continue;
          }
          int state = history.states[u][t];
          if (state < 0) {
            prepaidUnits++;
          } else {
            byState[state]++;
          }
        }
        ImmutableObservedMonth.Builder month =
            ObservedMonth.builder()
                .month(history.month(t))
                .billed(money(billed[t]))
                .collectedCurrent(money(collectedCurrent[t]))
                .arrearsRecovered(money(arrearsRecovered[t]))
                .openingArrears(money(openingArrears[t]))
                .prepaymentsReceived(money(prepaymentsReceived[t]))
                .publicRevenue(money(history.publicRevenue[t]))
                .spending(money(history.spending[t]))
                .closingCash(money(history.cash[t]))
                .currentRate(rate(collectedCurrent[t], billed[t]))
                .combinedRate(
                    rate(collectedCurrent[t] + arrearsRecovered[t], billed[t] + openingArrears[t]))
                .householdRate(rate(householdPaid[t], householdBilled[t]))
                .prepaidUnits(prepaidUnits);
        for (int n : byState) {
          month.addUnitsByState(n);
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
