package org.propertytrust.scenario.calibration;

import java.time.YearMonth;
import java.util.Arrays;
import org.propertytrust.scenario.spec.Prepayment;

/**
 * The facts a calibration keeps to report months and build specs, in memory that grows with the
 * book's lines and months, never with units × months: the cohorts of billed units (grouped by
 * bill), how many units of each cohort were in each state at every month end (kept as the changes
 * from one month end to the next), units by state over all cohorts, the receivables the cap hides,
 * and the trust's cash, public revenue and spending. Index {@code t} is the end of month {@code
 * first − 1 + t}, so {@code t = 0} is the end of the month before the window.
 */
final class UnitHistory {
  /** The most months paid in advance a state can show. */
  static final int PREPAID = Prepayment.MAX_MONTHS;

  final YearMonth first;
  final int months;
  final int maxState;
  final Group[] groups;
  final long[] cash;
  final long[] publicRevenue;
  final long[] spending;
  final int[] unitsBeyondCap;
  final long[] arrearsBeyondCap;

  /** States {@code -PREPAID..K} of one cohort, at {@code PREPAID + s}. */
  private final int width;

  /** The current counts by cohort and state, {@code g * width + PREPAID + s}. */
  private final int[] current;

  /** Units by arrears state {@code 0..K} at each month end, {@code t * (K + 1) + s}. */
  private final int[] byState;

  /** Units paid in advance at each month end. */
  private final int[] prepaidUnits;

  /** Units by state over all cohorts, now. */
  private final int[] totals;

  // the cells changed at each month end: month t's changes are [monthEnd[t - 1], monthEnd[t])
  private final int[] monthEnd;
  private final int[] stamp;
  private final int[] position;
  private int[] changedCell = new int[64];
  private int[] changedCount = new int[64];
  private int changes;

  /** A cohort of billed units: their number, lowest and highest bill, and mean bill. */
  static final class Group {
    final int size;
    final long lowBill;
    final long highBill;
    final long meanBill;

    Group(int size, long lowBill, long highBill, long meanBill) {
      this.size = size;
      this.lowBill = lowBill;
      this.highBill = highBill;
      this.meanBill = meanBill;
    }
  }

  UnitHistory(YearMonth first, int months, int maxState, Group[] groups) {
    this.first = first;
    this.months = months;
    this.maxState = maxState;
    this.groups = groups;
    this.width = PREPAID + maxState + 1;
    this.current = new int[groups.length * width];
    this.byState = new int[(months + 1) * (maxState + 1)];
    this.prepaidUnits = new int[months + 1];
    this.totals = new int[width];
    this.monthEnd = new int[months + 1];
    this.stamp = new int[current.length];
    Arrays.fill(stamp, -1);
    this.position = new int[current.length];
    this.cash = new long[months + 1];
    this.publicRevenue = new long[months + 1];
    this.spending = new long[months + 1];
    this.unitsBeyondCap = new int[months + 1];
    this.arrearsBeyondCap = new long[months + 1];
  }

  /** The index of a month's end, or -1 when outside {@code first - 1 .. first - 1 + months}. */
  int index(YearMonth month) {
    long t = first.minusMonths(1).until(month, java.time.temporal.ChronoUnit.MONTHS);
    return t >= 0 && t <= months ? (int) t : -1;
  }

  YearMonth month(int index) {
    return first.minusMonths(1).plusMonths(index);
  }

  /** Adds units of a cohort to a state during month end {@code t} (negative to remove them). */
  void add(int t, int group, int state, int units) {
    int column = PREPAID + state;
    int cell = group * width + column;
    current[cell] += units;
    totals[column] += units;
    if (stamp[cell] != t) {
      stamp[cell] = t;
      if (changes == changedCell.length) {
        changedCell = Arrays.copyOf(changedCell, changes * 2);
        changedCount = Arrays.copyOf(changedCount, changes * 2);
      }
      position[cell] = changes;
      changedCell[changes] = cell;
      changes++;
    }
    changedCount[position[cell]] = current[cell];
  }

  /** Closes month end {@code t}: its counts by state are final. */
  void close(int t) {
    monthEnd[t] = changes;
    int prepaid = 0;
    for (int column = 0; column < PREPAID; column++) {
      prepaid += totals[column];
    }
    prepaidUnits[t] = prepaid;
    System.arraycopy(totals, PREPAID, byState, t * (maxState + 1), maxState + 1);
  }

  /** Units in arrears state {@code s} ({@code 0..K}) at month end {@code t}. */
  int unitsInState(int t, int s) {
    return byState[t * (maxState + 1) + s];
  }

  /** Units paid in advance at month end {@code t}. */
  int prepaidUnits(int t) {
    return prepaidUnits[t];
  }

  /**
   * The units of each cohort in each state at month end {@code t}: {@code counts[g][PREPAID + s]}
   * for {@code s} in {@code -PREPAID..K}.
   */
  int[][] countsAt(int t) {
    int[] cells = new int[current.length];
    int end = monthEnd[t];
    for (int i = 0; i < end; i++) {
      cells[changedCell[i]] = changedCount[i];
    }
    int[][] out = new int[groups.length][];
    for (int g = 0; g < groups.length; g++) {
      out[g] = Arrays.copyOfRange(cells, g * width, (g + 1) * width);
    }
    return out;
  }
}
