package org.propertytrust.scenario.calibration;

import java.time.YearMonth;

/**
 * The per-unit and per-month facts a calibration keeps to build specs: every unit's bill and its
 * state at every month end of the window, and the trust's cash, public revenue and spending. Index
 * {@code t} is the end of month {@code first − 1 + t}, so {@code t = 0} is the end of the month
 * before the window.
 */
final class UnitHistory {
  final YearMonth first;
  final int months;
  final String[] units;
  final long[] bills;
  final int[][] states;
  final long[] cash;
  final long[] publicRevenue;
  final long[] spending;

  UnitHistory(YearMonth first, int months, String[] units, long[] bills) {
    this.first = first;
    this.months = months;
    this.units = units;
    this.bills = bills;
    this.states = new int[units.length][months + 1];
    this.cash = new long[months + 1];
    this.publicRevenue = new long[months + 1];
    this.spending = new long[months + 1];
  }

  /** The index of a month's end, or -1 when outside {@code first - 1 .. first - 1 + months}. */
  int index(YearMonth month) {
    long t = first.minusMonths(1).until(month, java.time.temporal.ChronoUnit.MONTHS);
    return t >= 0 && t <= months ? (int) t : -1;
  }

  YearMonth month(int index) {
    return first.minusMonths(1).plusMonths(index);
  }
}
