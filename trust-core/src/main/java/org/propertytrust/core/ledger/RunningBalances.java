package org.propertytrust.core.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.Fee;

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
 * naming the entry, never a wrapped value, and leaves the balances as they were before that entry.
 * Amounts are assumed to be in {@link #currency()}.
 *
 * <p>The state is held in primitive arrays, so that a book of millions of entries costs a few dozen
 * bytes per entry and per receivable cell (a unit's fee for one month), not an object per cell:
 * unit ids and (period, fee) pairs are numbered once, and cells live in an open-addressing table
 * keyed by the two numbers. The tables are keyed by a seed drawn per instance, so that ids crafted
 * to collide cannot make them degenerate; no result depends on the seed.
 *
 * <p>This class is mutable and not thread-safe; {@link LedgerState} is its immutable counterpart.
 */
public final class RunningBalances implements LedgerView {
  private static final Comparator<Receivable> BY_UNIT_PERIOD_FEE =
      Comparator.comparing(Receivable::unit)
          .thenComparing(Receivable::period)
          .thenComparing(Receivable::fee);

  /** Kinds of things a line changes, the high bits of a target code. */
  private static final long ACCOUNT = 0L;

  private static final long CELL = 1L << 32;
  private static final long PREPAID = 2L << 32;
  private static final long DEPOSIT = 3L << 32;
  private static final long KIND = 3L << 32;
  private static final long NONE = -1L;
  private static final EntryKind[] KINDS = EntryKind.values();

  private final CurrencyUnit currency;
  private final long seed = Hashing.seed();

  // accounts: the balance of each, debits − credits
  private final Map<Account, Integer> accountIndex = new HashMap<>();
  private Account[] accounts = new Account[16];
  private long[] accountTotal = new long[16];
  private int accountCount;

  // units, numbered in order of first use: prepaid and deposit on their credit side
  private final Map<String, Integer> unitIndex = new HashMap<>();
  private String[] unitIds = new String[64];
  private long[] prepaid = new long[64];
  private long[] deposit = new long[64];

  /**
   * Per unit: the cells that may be open (each listed once; closed ones are dropped on reading).
   */
  private int[][] unitOpen = new int[64][];

  private int[] unitOpenCount = new int[64];
  private int unitCount;

  // (period, fee) pairs, numbered in order of first use
  private final Map<PeriodFee, Integer> pairIndex = new HashMap<>();
  private final Map<YearMonth, IndexList> pairsByPeriod = new TreeMap<>();
  private YearMonth[] pairPeriod = new YearMonth[64];
  private String[] pairFee = new String[64];
  private int pairCount;
  private @Nullable YearMonth lastPairPeriod;
  private @Nullable String lastPairFee;
  private int lastPair = -1;

  // receivable cells: a unit's fee for one month, the numbers of each kept together
  private int[] cellSlots = new int[1024];

  /*
   * The cells' numbers live in pages of CELL_PAGE cells, allocated as cells are created: a large
   * book's millions of cells are most of its memory, and pages are never copied, never left
   * half-used by more than one page, and small enough not to need contiguous heap regions.
   */
  private static final int CELL_PAGE_BITS = 12;

  private static final int CELL_PAGE = 1 << CELL_PAGE_BITS;
  private static final int CELL_PAGE_MASK = CELL_PAGE - 1;

  /** Per cell: its key (unit and pair), its balance, its charges net of waivers and reversals. */
  private long[][] cellLongs = new long[16][];

  /** Per cell: its charging lines net of reversals, the epoch day of its latest charge. */
  private int[][] cellInts = new int[16][];

  /** Per cell: whether it is in its unit's list of open cells. */
  private boolean[][] cellListed = new boolean[16][];

  private int cellCount;

  // entries
  private final IdIndex firstIndex = new IdIndex(seed);
  private final List<Integer> repeatedIds = new ArrayList<>();
  private final Map<String, List<Integer>> reversalsByTarget = new HashMap<>();
  private final List<NegativeBalance> negatives = new ArrayList<>();

  // tree maps: YearMonth's hash code keeps the month in bits that small hash tables ignore
  private final Map<YearMonth, IndexList> byDateMonth = new TreeMap<>();
  private final Map<YearMonth, IndexList> byPeriod = new TreeMap<>();
  private @Nullable YearMonth lastDateMonth;
  private @Nullable IndexList lastDateMonthList;
  private @Nullable YearMonth lastPeriod;
  private @Nullable IndexList lastPeriodList;
  private byte[] effectiveKinds = new byte[64];
  private boolean[] cancellations = new boolean[64];
  private int[] reversalTargets = new int[64];
  private int[] standingReversals = new int[64];
  private int count;
  private int latestDay = Integer.MIN_VALUE;
  private int latestIndex = -1;

  // one entry's changes, gathered and checked before any is applied
  private long[] touched = new long[64];
  private long[] touchedDelta = new long[64];
  private long[] touchedCharged = new long[64];
  private long[] touchedResult = new long[64];
  private long[] touchedChargedResult = new long[64];
  private Line[] touchedLine = new Line[64];
  private int touchedCount;
  private long[] lineTargets = new long[64];

  /** The changes' positions in this entry by target: a table reused from entry to entry. */
  private long[] scratchTargets = new long[256];

  private int[] scratchPositions = new int[256];
  private int[] scratchEntry = new int[256];
  private int scratchGeneration;

  /**
   * Creates empty balances.
   *
   * @param currency the currency of every amount that will be added; not null
   */
  public RunningBalances(CurrencyUnit currency) {
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** A growable list of ints, each added once when added in order. */
  private static final class IndexList {
    int[] items = new int[8];
    int size;

    void add(int index) {
      if (size > 0 && items[size - 1] == index) {
        return;
      }
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = index;
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }

  /** A period and fee, the key the pairs are numbered by. */
  private record PeriodFee(YearMonth period, String fee) {
    @Override
    public int hashCode() {
      // YearMonth's own hash keeps the month in high bits, where small tables never look
      return fee.hashCode() * 31 + period.getYear() * 12 + period.getMonthValue();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof PeriodFee other && other.period.equals(period) && other.fee.equals(fee);
    }
  }

  /**
   * Adds an entry after those already added.
   *
   * @param entry the entry; not null
   * @throws TrustException if a balance overflows a {@code long} of minor units (nothing of the
   *     entry is added then), or the entry is dated beyond the years an epoch day in an {@code int}
   *     can hold
   */
  public void add(Entry entry) {
    int index = count;
    EntryKind kind = entry.kind();
    boolean cancellation = false;
    int targetIndex = -1;
    if (kind == EntryKind.REVERSAL && entry.reverses().isPresent()) {
      int original = firstIndex.get(entry.reverses().get());
      if (original >= 0 && original < index) {
        kind = KINDS[effectiveKinds[original]];
        cancellation = !cancellations[original];
        targetIndex = original;
      }
    }
    long day = entry.date().toEpochDay();
    TrustException.check(
        day == (int) day,
        "entry %s is dated %s, beyond the dates the ledger can hold",
        entry.id(),
        entry.date());
    try {
      gather(entry, kind, cancellation);
      verify();
    } catch (ArithmeticException e) {
      untouch();
      throw new TrustException(
          "a balance overflows after entry " + entry.id() + " (position " + index + ")");
    }
    if (firstIndex.putIfAbsent(entry.id(), index) >= 0) {
      repeatedIds.add(index);
    }
    if (entry.kind() == EntryKind.REVERSAL && entry.reverses().isPresent()) {
      reversalsByTarget
          .computeIfAbsent(entry.reverses().orElseThrow(), k -> new ArrayList<>(1))
          .add(index);
    }
    recordKind(index, kind, cancellation, targetIndex);
    indexDateMonth(YearMonth.from(entry.date()), index);
    apply(entry, kind, cancellation, (int) day, index);
    if (latestIndex < 0 || day > latestDay) {
      latestDay = (int) day;
      latestIndex = index;
    }
    count++;
  }

  /** Finds what each line changes and sums the changes per balance. */
  private void gather(Entry entry, EntryKind kind, boolean cancellation) {
    List<Line> lines = entry.lines();
    if (lineTargets.length < lines.size()) {
      lineTargets = new long[Math.max(lines.size(), lineTargets.length * 2)];
    }
    startScratch(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      long signed = line.signedMinor();
      Account account = line.account();
      touch(ACCOUNT | account(account), line, signed, 0);
      long target = NONE;
      if (account.is(ChartAccount.RECEIVABLE)) {
        String unit = line.unitOrNull();
        YearMonth period = line.periodOrNull();
        String fee = line.feeOrNull();
        if (unit != null && period != null && fee != null) {
          int cell = cellFor(unit(unit), pair(period, fee), true);
          long charged = 0;
          if (kind == EntryKind.CHARGE) {
            charged = Contributions.of(line, cancellation, Side.DEBIT);
          } else if (kind == EntryKind.WAIVER) {
            charged = -Contributions.of(line, cancellation, Side.CREDIT);
          }
          target = CELL | cell;
          touch(target, line, signed, charged);
        }
      } else if (account.is(ChartAccount.PREPAID) || account.is(ChartAccount.DEPOSIT)) {
        String unit = line.unitOrNull();
        if (unit != null) {
          target = (account.is(ChartAccount.PREPAID) ? PREPAID : DEPOSIT) | unit(unit);
          touch(target, line, -signed, 0);
        }
      }
      lineTargets[i] = target;
    }
  }

  /** Adds a change to a balance's total for this entry, listing the balance the first time. */
  private void touch(long target, Line line, long delta, long charged) {
    int mask = scratchTargets.length - 1;
    int slot = (int) Hashing.mix(target ^ seed) & mask;
    int position = -1;
    for (; scratchEntry[slot] == scratchGeneration; slot = (slot + 1) & mask) {
      if (scratchTargets[slot] == target) {
        position = scratchPositions[slot];
        break;
      }
    }
    if (position < 0) {
      position = touchedCount++;
      if (position == touched.length) {
        int size = position * 2;
        touched = Arrays.copyOf(touched, size);
        touchedDelta = Arrays.copyOf(touchedDelta, size);
        touchedCharged = Arrays.copyOf(touchedCharged, size);
        touchedResult = Arrays.copyOf(touchedResult, size);
        touchedChargedResult = Arrays.copyOf(touchedChargedResult, size);
        touchedLine = Arrays.copyOf(touchedLine, size);
      }
      scratchTargets[slot] = target;
      scratchPositions[slot] = position;
      scratchEntry[slot] = scratchGeneration;
      touched[position] = target;
      touchedDelta[position] = 0;
      touchedCharged[position] = 0;
      touchedLine[position] = line;
    }
    touchedDelta[position] = Math.addExact(touchedDelta[position], delta);
    touchedCharged[position] = Math.addExact(touchedCharged[position], charged);
  }

  /** Starts gathering an entry of {@code lines} lines: a fresh generation of the scratch table. */
  private void startScratch(int lines) {
    int needed = Integer.highestOneBit(Math.max(256, lines * 4 + 8) - 1) << 1;
    if (scratchTargets.length < needed) {
      scratchTargets = new long[needed];
      scratchPositions = new int[needed];
      scratchEntry = new int[needed];
      scratchGeneration = 0;
    }
    scratchGeneration++;
    if (scratchGeneration == Integer.MAX_VALUE) {
      Arrays.fill(scratchEntry, 0);
      scratchGeneration = 1;
    }
  }

  /** Computes every new balance, throwing ArithmeticException before anything is changed. */
  private void verify() {
    for (int t = 0; t < touchedCount; t++) {
      long target = touched[t];
      int i = (int) target;
      long kind = target & KIND;
      long current;
      if (kind == ACCOUNT) {
        current = accountTotal[i];
      } else if (kind == CELL) {
        current = cellLong(i, 1);
        touchedChargedResult[t] = Math.addExact(cellLong(i, 2), touchedCharged[t]);
      } else {
        current = kind == PREPAID ? prepaid[i] : deposit[i];
      }
      touchedResult[t] = Math.addExact(current, touchedDelta[t]);
    }
  }

  private void untouch() {
    for (int t = 0; t < touchedCount; t++) {
      touchedLine[t] = null;
    }
    touchedCount = 0;
  }

  /** Applies the verified changes, the charge counts, the indexes and the negative balances. */
  private void apply(Entry entry, EntryKind kind, boolean cancellation, int day, int index) {
    boolean charging = kind == EntryKind.CHARGE || kind == EntryKind.LATE_FEE;
    List<Line> lines = entry.lines();
    for (int i = 0; i < lines.size(); i++) {
      long target = lineTargets[i];
      if ((target & KIND) != CELL || target == NONE) {
        continue;
      }
      int cell = (int) target;
      Line line = lines.get(i);
      indexPeriod(Objects.requireNonNull(line.periodOrNull()), index);
      if (charging && line.isDebit() != cancellation) {
        setCellInt(cell, 0, cellInt(cell, 0) + (cancellation ? -1 : 1));
        if (!cancellation) {
          setCellInt(cell, 1, Math.max(cellInt(cell, 1), day));
        }
      }
    }
    for (int t = 0; t < touchedCount; t++) {
      long target = touched[t];
      int i = (int) target;
      long kind2 = target & KIND;
      long balance = touchedResult[t];
      Line line = touchedLine[t];
      if (kind2 == ACCOUNT) {
        accountTotal[i] = balance;
        Account account = accounts[i];
        if ((account.is(ChartAccount.CASH) || account.is(ChartAccount.RESERVE_CASH))
            && balance < 0) {
          negative(entry, index, line, account, balance, false);
        }
      } else if (kind2 == CELL) {
        setCellLong(i, 1, balance);
        setCellLong(i, 2, touchedChargedResult[t]);
        if (balance > 0 && !listed(i)) {
          listOpen(i);
        }
        if (balance < 0) {
          negative(entry, index, line, Account.RECEIVABLE, balance, true);
        }
      } else {
        if (kind2 == PREPAID) {
          prepaid[i] = balance;
        } else {
          deposit[i] = balance;
        }
        if (balance < 0) {
          negative(entry, index, line, line.account(), balance, true);
        }
      }
    }
    untouch();
  }

  private void negative(
      Entry entry, int index, Line line, Account account, long balance, boolean withDimensions) {
    ImmutableNegativeBalance.Builder b =
        NegativeBalance.builder()
            .entryIndex(index)
            .entryId(entry.id())
            .account(account)
            .balance(Money.ofMinor(currency, balance));
    if (withDimensions) {
      line.unit().ifPresent(b::unit);
      if (account.is(ChartAccount.RECEIVABLE)) {
        line.period().ifPresent(b::period);
        line.fee().ifPresent(b::fee);
      }
    }
    negatives.add(b.build());
  }

  private int account(Account account) {
    Integer known = accountIndex.get(account);
    if (known != null) {
      return known;
    }
    int i = accountCount++;
    if (i == accounts.length) {
      accounts = Arrays.copyOf(accounts, i * 2);
      accountTotal = Arrays.copyOf(accountTotal, i * 2);
    }
    accounts[i] = account;
    accountIndex.put(account, i);
    return i;
  }

  private int unit(String unit) {
    Integer known = unitIndex.get(unit);
    if (known != null) {
      return known;
    }
    int i = unitCount++;
    if (i == unitIds.length) {
      int size = i * 2;
      unitIds = Arrays.copyOf(unitIds, size);
      prepaid = Arrays.copyOf(prepaid, size);
      deposit = Arrays.copyOf(deposit, size);
      unitOpen = Arrays.copyOf(unitOpen, size);
      unitOpenCount = Arrays.copyOf(unitOpenCount, size);
    }
    unitIds[i] = unit;
    unitIndex.put(unit, i);
    return i;
  }

  private int pair(YearMonth period, String fee) {
    if (period.equals(lastPairPeriod) && fee.equals(lastPairFee)) {
      return lastPair;
    }
    PeriodFee key = new PeriodFee(period, fee);
    Integer known = pairIndex.get(key);
    int pair;
    if (known != null) {
      pair = known;
    } else {
      pair = pairCount++;
      if (pair == pairPeriod.length) {
        pairPeriod = Arrays.copyOf(pairPeriod, pair * 2);
        pairFee = Arrays.copyOf(pairFee, pair * 2);
      }
      pairPeriod[pair] = period;
      pairFee[pair] = fee;
      pairIndex.put(key, pair);
      pairsByPeriod.computeIfAbsent(period, p -> new IndexList()).add(pair);
    }
    lastPairPeriod = period;
    lastPairFee = fee;
    lastPair = pair;
    return pair;
  }

  /** Returns the number of an existing pair, or -1. */
  private int existingPair(YearMonth period, String fee) {
    Integer known = pairIndex.get(new PeriodFee(period, fee));
    return known == null ? -1 : known;
  }

  /** Returns a unit's cell for a pair, created when asked, or -1. */
  private int cellFor(int unit, int pair, boolean create) {
    long key = ((long) unit << 32) | pair;
    int mask = cellSlots.length - 1;
    int slot = (int) Hashing.mix(key ^ seed) & mask;
    for (; ; slot = (slot + 1) & mask) {
      int cell = cellSlots[slot] - 1;
      if (cell < 0) {
        break;
      }
      if (cellLong(cell, 0) == key) {
        return cell;
      }
    }
    if (!create) {
      return -1;
    }
    int cell = cellCount++;
    if ((cell & CELL_PAGE_MASK) == 0) {
      newCellPage(cell >>> CELL_PAGE_BITS);
    }
    setCellLong(cell, 0, key);
    setCellInt(cell, 1, Integer.MIN_VALUE);
    cellSlots[slot] = cell + 1;
    if (cellCount > cellSlots.length - (cellSlots.length >> 2)) {
      growCells();
    }
    return cell;
  }

  private void newCellPage(int page) {
    if (page == cellLongs.length) {
      cellLongs = Arrays.copyOf(cellLongs, page * 2);
      cellInts = Arrays.copyOf(cellInts, page * 2);
      cellListed = Arrays.copyOf(cellListed, page * 2);
    }
    cellLongs[page] = new long[3 * CELL_PAGE];
    cellInts[page] = new int[2 * CELL_PAGE];
    cellListed[page] = new boolean[CELL_PAGE];
  }

  /** Returns a cell's key (field 0), balance (1) or charges (2). */
  private long cellLong(int cell, int field) {
    return cellLongs[cell >>> CELL_PAGE_BITS][3 * (cell & CELL_PAGE_MASK) + field];
  }

  private void setCellLong(int cell, int field, long value) {
    cellLongs[cell >>> CELL_PAGE_BITS][3 * (cell & CELL_PAGE_MASK) + field] = value;
  }

  /** Returns a cell's charging line count (field 0) or the epoch day of its latest charge (1). */
  private int cellInt(int cell, int field) {
    return cellInts[cell >>> CELL_PAGE_BITS][2 * (cell & CELL_PAGE_MASK) + field];
  }

  private void setCellInt(int cell, int field, int value) {
    cellInts[cell >>> CELL_PAGE_BITS][2 * (cell & CELL_PAGE_MASK) + field] = value;
  }

  private boolean listed(int cell) {
    return cellListed[cell >>> CELL_PAGE_BITS][cell & CELL_PAGE_MASK];
  }

  private void setListed(int cell, boolean value) {
    cellListed[cell >>> CELL_PAGE_BITS][cell & CELL_PAGE_MASK] = value;
  }

  private void growCells() {
    int[] slots = new int[cellSlots.length * 2];
    int mask = slots.length - 1;
    for (int cell = 0; cell < cellCount; cell++) {
      int slot = (int) Hashing.mix(cellLong(cell, 0) ^ seed) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = cell + 1;
    }
    cellSlots = slots;
  }

  /** Returns an existing cell of a unit, period and fee, or -1. */
  private int existingCell(String unit, YearMonth period, String fee) {
    Integer u = unitIndex.get(unit);
    if (u == null) {
      return -1;
    }
    int pair = existingPair(period, fee);
    return pair < 0 ? -1 : cellFor(u, pair, false);
  }

  private void listOpen(int cell) {
    int unit = (int) (cellLong(cell, 0) >>> 32);
    int[] open = unitOpen[unit];
    int size = unitOpenCount[unit];
    if (open == null) {
      open = new int[4];
    } else if (size == open.length) {
      open = Arrays.copyOf(open, size * 2);
    }
    open[size] = cell;
    unitOpen[unit] = open;
    unitOpenCount[unit] = size + 1;
    setListed(cell, true);
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

  private void indexDateMonth(YearMonth month, int index) {
    IndexList list = lastDateMonthList;
    if (list == null || !month.equals(lastDateMonth)) {
      list = byDateMonth.computeIfAbsent(month, k -> new IndexList());
      lastDateMonth = month;
      lastDateMonthList = list;
    }
    list.add(index);
  }

  private void recordKind(int index, EntryKind kind, boolean cancellation, int target) {
    if (index == effectiveKinds.length) {
      effectiveKinds = Arrays.copyOf(effectiveKinds, index * 2);
      cancellations = Arrays.copyOf(cancellations, index * 2);
      reversalTargets = Arrays.copyOf(reversalTargets, index * 2);
      standingReversals = Arrays.copyOf(standingReversals, index * 2);
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
    Objects.checkIndex(index, count);
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
  public SortedSet<YearMonth> monthsWithEntries() {
    return ImmutableSortedSet.copyOf(byDateMonth.keySet());
  }

  @Override
  public SortedSet<YearMonth> periodsCharged() {
    return ImmutableSortedSet.copyOf(byPeriod.keySet());
  }

  @Override
  public EntryKind effectiveKind(int index) {
    Objects.checkIndex(index, count);
    return KINDS[effectiveKinds[index]];
  }

  @Override
  public boolean isCancellation(int index) {
    Objects.checkIndex(index, count);
    return cancellations[index];
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
    Integer i = accountIndex.get(account);
    long debitMinusCredit = i == null ? 0 : accountTotal[i];
    return Money.ofMinor(currency, account.isDebitNormal() ? debitMinusCredit : -debitMinusCredit);
  }

  @Override
  public Set<Account> accounts() {
    return ImmutableSet.copyOf(new TreeSet<>(accountIndex.keySet()));
  }

  @Override
  public Money receivable(String unit, YearMonth period, String fee) {
    int cell = existingCell(unit, period, fee);
    return Money.ofMinor(currency, cell < 0 ? 0 : cellLong(cell, 1));
  }

  @Override
  public int chargeCount(String unit, YearMonth period, String fee) {
    int cell = existingCell(unit, period, fee);
    return cell < 0 ? 0 : cellInt(cell, 0);
  }

  @Override
  public Optional<LocalDate> lastChargedOn(String unit, YearMonth period, String fee) {
    int cell = existingCell(unit, period, fee);
    return cell < 0 || cellInt(cell, 0) <= 0
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(cellInt(cell, 1)));
  }

  @Override
  public Money periodCharges(String unit, YearMonth period) {
    Integer u = unitIndex.get(unit);
    IndexList pairs = pairsByPeriod.get(period);
    long total = 0;
    if (u != null && pairs != null) {
      for (int i = 0; i < pairs.size; i++) {
        int pair = pairs.items[i];
        if (!pairFee[pair].equals(Fee.LATE_FEE)) {
          int cell = cellFor(u, pair, false);
          if (cell >= 0) {
            total = Math.addExact(total, cellLong(cell, 2));
          }
        }
      }
    }
    return Money.ofMinor(currency, total);
  }

  @Override
  public List<Receivable> openReceivables(String unit) {
    Integer u = unitIndex.get(unit);
    if (u == null || unitOpenCount[u] == 0) {
      return ImmutableList.of();
    }
    int[] open = unitOpen[u];
    int kept = 0;
    for (int i = 0; i < unitOpenCount[u]; i++) {
      int cell = open[i];
      if (cellLong(cell, 1) > 0) {
        // insertion by period, then fee code: the lists are short and mostly in order already
        int at = kept++;
        while (at > 0
            && comparePairs((int) cellLong(open[at - 1], 0), (int) cellLong(cell, 0)) > 0) {
          open[at] = open[at - 1];
          at--;
        }
        open[at] = cell;
      } else {
        setListed(cell, false);
      }
    }
    unitOpenCount[u] = kept;
    ImmutableList.Builder<Receivable> out = ImmutableList.builderWithExpectedSize(kept);
    for (int i = 0; i < kept; i++) {
      out.add(receivable(open[i]));
    }
    return out.build();
  }

  private int comparePairs(int a, int b) {
    int byPeriod = pairPeriod[a].compareTo(pairPeriod[b]);
    return byPeriod != 0 ? byPeriod : pairFee[a].compareTo(pairFee[b]);
  }

  private Receivable receivable(int cell) {
    long key = cellLong(cell, 0);
    int pair = (int) key;
    return Receivable.of(
        unitIds[(int) (key >>> 32)],
        pairPeriod[pair],
        pairFee[pair],
        Money.ofMinor(currency, cellLong(cell, 1)));
  }

  @Override
  public List<Receivable> receivables() {
    List<Receivable> out = new ArrayList<>();
    for (int cell = 0; cell < cellCount; cell++) {
      if (cellLong(cell, 1) != 0) {
        out.add(receivable(cell));
      }
    }
    out.sort(BY_UNIT_PERIOD_FEE);
    return ImmutableList.copyOf(out);
  }

  @Override
  public Money prepaid(String unit) {
    Integer u = unitIndex.get(unit);
    return Money.ofMinor(currency, u == null ? 0 : prepaid[u]);
  }

  @Override
  public Money deposit(String unit) {
    Integer u = unitIndex.get(unit);
    return Money.ofMinor(currency, u == null ? 0 : deposit[u]);
  }

  @Override
  public Set<String> unitsWithPrepaid() {
    TreeSet<String> out = new TreeSet<>();
    for (int u = 0; u < unitCount; u++) {
      if (prepaid[u] != 0) {
        out.add(unitIds[u]);
      }
    }
    return ImmutableSet.copyOf(out);
  }

  @Override
  public OptionalInt indexOf(String entryId) {
    int index = firstIndex.get(entryId);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
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

  @Override
  public OptionalInt latestDatedEntry() {
    return latestIndex < 0 ? OptionalInt.empty() : OptionalInt.of(latestIndex);
  }
}
