package org.propertytrust.core.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;

/**
 * Balances kept up to date as entries are added one at a time, in amortised constant time per line.
 *
 * <p>This is the one place balances are computed: {@link LedgerState#of} runs a book's entries
 * through it once, and a journal keeps one to answer balance questions while entries are posted.
 * Besides the balances it records, in the same pass, the facts checks need about the sequence: the
 * first position of each id, the positions of repeated ids, which entries each reversal names, and
 * every balance that went below zero after an entry ({@link NegativeBalance}).
 *
 * <p>Sums are kept in {@code long} minor units; an overflow is reported as a {@link TrustException}
 * naming the entry, never a wrapped value. Amounts are assumed to be in {@link #currency()}.
 *
 * <p>This class is mutable and not thread-safe; {@link LedgerState} is its immutable counterpart.
 */
public final class RunningBalances implements LedgerView {
  private static final Comparator<Receivable> BY_UNIT_PERIOD_FEE =
      Comparator.comparing(Receivable::unit)
          .thenComparing(Receivable::period)
          .thenComparing(Receivable::fee);

  private final CurrencyUnit currency;
  private final Map<Account, long[]> byAccount = new HashMap<>();

  /*
   * Every cell is a long[] whose last slot is a stamp: the position + 1 of the last entry that
   * touched it, so that an entry lists each cell it changed once, in constant time per line.
   */

  /** Per unit, per period and fee: {balance, charging lines net of reversals, last charge day}. */
  private final Map<String, Map<PeriodFee, long[]>> receivables = new HashMap<>();

  /** Per unit, the cells with a positive balance: what openReceivables reads. */
  private final Map<String, Map<PeriodFee, long[]>> open = new HashMap<>();

  private final Map<String, long[]> prepaid = new HashMap<>();
  private final Map<String, long[]> deposit = new HashMap<>();
  private final Map<String, Integer> firstIndex = new HashMap<>();
  private final List<Integer> repeatedIds = new ArrayList<>();
  private final Map<String, List<Integer>> reversalsByTarget = new HashMap<>();
  private final List<NegativeBalance> negatives = new ArrayList<>();
  // tree maps: YearMonth's hash code keeps the month in bits that small hash tables ignore
  private final Map<YearMonth, IndexList> byDateMonth = new TreeMap<>();
  private final Map<YearMonth, IndexList> byPeriod = new TreeMap<>();
  // the list of the period last indexed: the lines of an entry mostly share one period
  private @Nullable YearMonth lastPeriod;
  private @Nullable IndexList lastPeriodList;
  private byte[] effectiveKinds = new byte[64];
  private boolean[] cancellations = new boolean[64];
  private int[] reversalTargets = new int[64];
  private int[] standingReversals = new int[64];
  private final List<long[]> touched = new ArrayList<>();
  private final List<Line> touchedLines = new ArrayList<>();
  private int count;

  /**
   * Creates empty balances.
   *
   * @param currency the currency of every amount that will be added; not null
   */
  public RunningBalances(CurrencyUnit currency) {
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** A growable list of entry positions, each added once. */
  private static final class IndexList {
    int[] items = new int[8];
    int size;

    void add(int index) {
      if (size > 0 && items[size - 1] == index) {
        return;
      }
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = index;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(items, size);
    }
  }

  /** A period and fee of one unit's receivables. */
  private static final class PeriodFee {
    final YearMonth period;
    final String fee;

    PeriodFee(YearMonth period, String fee) {
      this.period = period;
      this.fee = fee;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof PeriodFee
          && ((PeriodFee) o).period.equals(period)
          && ((PeriodFee) o).fee.equals(fee);
    }

    @Override
    public int hashCode() {
      // YearMonth's own hash keeps the month in high bits, where small tables never look
      return fee.hashCode() * 31 + period.getYear() * 12 + period.getMonthValue();
    }
  }

  /**
   * Adds an entry after those already added.
   *
   * @param entry the entry; not null
   * @throws TrustException if a balance overflows a {@code long} of minor units
   */
  public void add(Entry entry) {
    int index = count;
    Integer first = firstIndex.putIfAbsent(entry.id(), index);
    if (first != null) {
      repeatedIds.add(index);
    }
    EntryKind kind = entry.kind();
    boolean cancellation = false;
    int targetIndex = -1;
    if (kind == EntryKind.REVERSAL && entry.reverses().isPresent()) {
      String target = entry.reverses().get();
      reversalsByTarget.computeIfAbsent(target, k -> new ArrayList<>(1)).add(index);
      Integer original = firstIndex.get(target);
      if (original != null && original < index) {
        kind = EntryKind.values()[effectiveKinds[original]];
        cancellation = !cancellations[original];
        targetIndex = original;
      }
    }
    recordKind(index, kind, cancellation, targetIndex);
    byDateMonth.computeIfAbsent(YearMonth.from(entry.date()), k -> new IndexList()).add(index);
    boolean charging = kind == EntryKind.CHARGE || kind == EntryKind.LATE_FEE;
    touched.clear();
    touchedLines.clear();
    try {
      for (Line line : entry.lines()) {
        long signed = line.signedMinor();
        long[] total = byAccount.computeIfAbsent(line.account(), k -> new long[2]);
        total[0] = Math.addExact(total[0], signed);
        Account account = line.account();
        if (account.is(ChartAccount.CASH) || account.is(ChartAccount.RESERVE_CASH)) {
          touch(total, line);
        } else if (account.is(ChartAccount.RECEIVABLE)) {
          if (line.unit().isPresent() && line.period().isPresent() && line.fee().isPresent()) {
            String unit = line.unit().get();
            PeriodFee key = new PeriodFee(line.period().get(), line.fee().get());
            long[] cell =
                receivables
                    .computeIfAbsent(unit, k -> new HashMap<>())
                    .computeIfAbsent(key, k -> new long[4]);
            cell[0] = Math.addExact(cell[0], signed);
            Map<PeriodFee, long[]> unitOpen = open.computeIfAbsent(unit, k -> new HashMap<>(4));
            if (cell[0] > 0) {
              unitOpen.put(key, cell);
            } else {
              unitOpen.remove(key);
            }
            indexPeriod(line.period().get(), index);
            if (charging && line.isDebit() != cancellation) {
              cell[1] += cancellation ? -1 : 1;
              if (!cancellation) {
                cell[2] = Math.max(cell[2], entry.date().toEpochDay());
              }
            }
            touch(cell, line);
          }
        } else if (account.is(ChartAccount.PREPAID) || account.is(ChartAccount.DEPOSIT)) {
          if (line.unit().isPresent()) {
            Map<String, long[]> ledger = account.is(ChartAccount.PREPAID) ? prepaid : deposit;
            long[] cell = ledger.computeIfAbsent(line.unit().get(), k -> new long[2]);
            cell[0] = Math.addExact(cell[0], -signed);
            touch(cell, line);
          }
        }
      }
    } catch (ArithmeticException e) {
      throw new TrustException(
          "a balance overflows after entry " + entry.id() + " (position " + index + ")");
    }
    for (int i = 0; i < touched.size(); i++) {
      long[] cell = touched.get(i);
      Line line = touchedLines.get(i);
      long natural = cell[0]; // every tracked cell is kept on its account's normal side
      if (natural < 0) {
        ImmutableNegativeBalance.Builder b =
            NegativeBalance.builder()
                .entryIndex(index)
                .entryId(entry.id())
                .account(line.account())
                .balance(Money.ofMinor(currency, natural));
        if (!line.account().is(ChartAccount.CASH)
            && !line.account().is(ChartAccount.RESERVE_CASH)) {
          line.unit().ifPresent(b::unit);
        }
        if (line.account().is(ChartAccount.RECEIVABLE)) {
          line.period().ifPresent(b::period);
          line.fee().ifPresent(b::fee);
        }
        negatives.add(b.build());
      }
    }
    count++;
  }

  private void indexPeriod(YearMonth period, int index) {
    IndexList list = lastPeriodList;
    if (list == null || !period.equals(lastPeriod)) {
      list = byPeriod.computeIfAbsent(period, k -> new IndexList());
      lastPeriod = period;
      lastPeriodList = list;
    }
    list.add(index);
  }

  private void recordKind(int index, EntryKind kind, boolean cancellation, int target) {
    if (index == effectiveKinds.length) {
      effectiveKinds = java.util.Arrays.copyOf(effectiveKinds, index * 2);
      cancellations = java.util.Arrays.copyOf(cancellations, index * 2);
      reversalTargets = java.util.Arrays.copyOf(reversalTargets, index * 2);
      standingReversals = java.util.Arrays.copyOf(standingReversals, index * 2);
    }
    effectiveKinds[index] = (byte) kind.ordinal();
    cancellations[index] = cancellation;
    reversalTargets[index] = target;
    standingReversals[index] = 0;
    // A new reversal stands, so its target stops standing, which may let the target's own
    // target stand again, and so on down the chain.
    int t = target;
    int delta = 1;
    while (t >= 0) {
      boolean stoodBefore = standingReversals[t] == 0;
      standingReversals[t] += delta;
      boolean standsNow = standingReversals[t] == 0;
      if (stoodBefore == standsNow) {
        break;
      }
      delta = standsNow ? 1 : -1;
      t = reversalTargets[t];
    }
  }

  @Override
  public boolean isStanding(int index) {
    java.util.Objects.checkIndex(index, count);
    return standingReversals[index] == 0;
  }

  @Override
  public int[] entriesDatedIn(YearMonth month) {
    IndexList list = byDateMonth.get(month);
    return list == null ? new int[0] : list.toArray();
  }

  @Override
  public int[] entriesForPeriod(YearMonth period) {
    IndexList list = byPeriod.get(period);
    return list == null ? new int[0] : list.toArray();
  }

  @Override
  public java.util.SortedSet<YearMonth> monthsWithEntries() {
    return com.google.common.collect.ImmutableSortedSet.copyOf(byDateMonth.keySet());
  }

  @Override
  public java.util.SortedSet<YearMonth> periodsCharged() {
    return com.google.common.collect.ImmutableSortedSet.copyOf(byPeriod.keySet());
  }

  @Override
  public EntryKind effectiveKind(int index) {
    java.util.Objects.checkIndex(index, count);
    return EntryKind.values()[effectiveKinds[index]];
  }

  @Override
  public boolean isCancellation(int index) {
    java.util.Objects.checkIndex(index, count);
    return cancellations[index];
  }

  private void touch(long[] cell, Line line) {
    int stamp = cell.length - 1;
    if (cell[stamp] == count + 1L) {
      return;
    }
    cell[stamp] = count + 1L;
    touched.add(cell);
    touchedLines.add(line);
  }

  @Override
  public CurrencyUnit currency() {
    return currency;
  }

  @Override
  public int entryCount() {
    return count;
  }

  @Override
  public Money balance(Account account) {
    long[] total = byAccount.get(account);
    long debitMinusCredit = total == null ? 0 : total[0];
    return Money.ofMinor(currency, account.isDebitNormal() ? debitMinusCredit : -debitMinusCredit);
  }

  @Override
  public Set<Account> accounts() {
    return ImmutableSet.copyOf(new TreeSet<>(byAccount.keySet()));
  }

  @Override
  public Money receivable(String unit, YearMonth period, String fee) {
    long[] cell = cell(unit, period, fee);
    return Money.ofMinor(currency, cell == null ? 0 : cell[0]);
  }

  @Override
  public int chargeCount(String unit, YearMonth period, String fee) {
    long[] cell = cell(unit, period, fee);
    return cell == null ? 0 : (int) cell[1];
  }

  @Override
  public java.util.Optional<java.time.LocalDate> lastChargedOn(
      String unit, YearMonth period, String fee) {
    long[] cell = cell(unit, period, fee);
    return cell == null || cell[1] <= 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(java.time.LocalDate.ofEpochDay(cell[2]));
  }

  private long @Nullable [] cell(String unit, YearMonth period, String fee) {
    Map<PeriodFee, long[]> cells = receivables.get(unit);
    return cells == null ? null : cells.get(new PeriodFee(period, fee));
  }

  @Override
  public List<Receivable> openReceivables(String unit) {
    Map<PeriodFee, long[]> cells = open.get(unit);
    if (cells == null || cells.isEmpty()) {
      return ImmutableList.of();
    }
    List<Receivable> out = new ArrayList<>();
    for (Map.Entry<PeriodFee, long[]> cell : cells.entrySet()) {
      if (cell.getValue()[0] > 0) {
        out.add(
            Receivable.of(
                unit,
                cell.getKey().period,
                cell.getKey().fee,
                Money.ofMinor(currency, cell.getValue()[0])));
      }
    }
    out.sort(BY_UNIT_PERIOD_FEE);
    return ImmutableList.copyOf(out);
  }

  @Override
  public List<Receivable> receivables() {
    List<Receivable> out = new ArrayList<>();
    for (Map.Entry<String, Map<PeriodFee, long[]>> unit : receivables.entrySet()) {
      for (Map.Entry<PeriodFee, long[]> cell : unit.getValue().entrySet()) {
        if (cell.getValue()[0] != 0) {
          out.add(
              Receivable.of(
                  unit.getKey(),
                  cell.getKey().period,
                  cell.getKey().fee,
                  Money.ofMinor(currency, cell.getValue()[0])));
        }
      }
    }
    out.sort(BY_UNIT_PERIOD_FEE);
    return ImmutableList.copyOf(out);
  }

  @Override
  public Money prepaid(String unit) {
    long[] cell = prepaid.get(unit);
    return Money.ofMinor(currency, cell == null ? 0 : cell[0]);
  }

  @Override
  public Money deposit(String unit) {
    long[] cell = deposit.get(unit);
    return Money.ofMinor(currency, cell == null ? 0 : cell[0]);
  }

  @Override
  public Set<String> unitsWithPrepaid() {
    TreeSet<String> out = new TreeSet<>();
    prepaid.forEach(
        (unit, cell) -> {
          if (cell[0] != 0) {
            out.add(unit);
          }
        });
    return ImmutableSet.copyOf(out);
  }

  @Override
  public OptionalInt indexOf(String entryId) {
    Integer index = firstIndex.get(entryId);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  @Override
  public List<Integer> repeatedIdPositions() {
    return Collections.unmodifiableList(repeatedIds);
  }

  @Override
  public List<Integer> reversalsOf(String entryId) {
    List<Integer> out = reversalsByTarget.get(entryId);
    return out == null ? ImmutableList.of() : Collections.unmodifiableList(out);
  }

  @Override
  public List<NegativeBalance> negativeBalances() {
    return Collections.unmodifiableList(negatives);
  }
}
