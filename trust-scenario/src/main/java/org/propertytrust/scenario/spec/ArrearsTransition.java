package org.propertytrust.scenario.spec;

import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.AllocationPolicy;

/**
 * What one month's move between arrears states means in money: how many of a unit's monthly bills
 * it paid, how many of those settle the month's own bill and how many settle arrears, and how many
 * were written off.
 *
 * <p>The semantics, exactly. A unit in arrears state {@code k} has {@code k} whole monthly bills
 * open at the start of the month. The month's bill is issued, so it owes {@code k + 1} bills.
 *
 * <ul>
 *   <li>Below the cap ({@code k < K}) it ends in a state {@code j} with {@code 0 ≤ j ≤ k + 1} and
 *       has paid {@code k + 1 − j} bills: {@code j = 0} pays up, {@code j = k} pays one bill,
 *       {@code j = k + 1} misses (pays nothing).
 *   <li>At the cap ({@code k = K}, "{@code K} months or more") it ends in {@code j < K} having paid
 *       {@code K + 1 − j} bills, or stays at {@code K} having paid nothing: then its oldest open
 *       bill passes the {@code K}-month horizon and is <em>written off</em> (no longer counted as
 *       collectible arrears), so that {@code K} bills stay open.
 * </ul>
 *
 * <p>The bills paid settle open bills in the order of the allocation policy (DOMAIN.md §3): under
 * {@link AllocationPolicy#OLDEST_FIRST} they settle the {@code k} old bills first and the month's
 * own bill last; under {@link AllocationPolicy#SAME_PERIOD_FIRST} the month's own bill first. So
 * {@code k + 1 − j = paidCurrent + paidArrears}, and in every move {@code k + 1 = paid + writtenOff
 * + j}: bills are neither created nor lost.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ArrearsTransition {
  private final int from;
  private final int to;
  private final int paidCurrent;
  private final int paidArrears;
  private final int writtenOff;

  private ArrearsTransition(int from, int to, int paidCurrent, int paidArrears, int writtenOff) {
    this.from = from;
    this.to = to;
    this.paidCurrent = paidCurrent;
    this.paidArrears = paidArrears;
    this.writtenOff = writtenOff;
  }

  /**
   * Tells whether a move is possible: {@code to ≤ from + 1}, both within {@code 0..maxState}.
   *
   * @param from the state at the start of the month
   * @param to the state at the end of the month
   * @param maxState the cap {@code K}
   * @return true if the move can happen
   */
  public static boolean isPossible(int from, int to, int maxState) {
    return from >= 0 && to >= 0 && from <= maxState && to <= maxState && to <= from + 1;
  }

  /**
   * Returns the money meaning of a move.
   *
   * @param from the state at the start of the month, {@code 0..maxState}
   * @param to the state at the end of the month, {@code 0..min(from + 1, maxState)}
   * @param maxState the cap {@code K}, at least 1
   * @param allocation the order payments settle bills; not null, not {@code EXPLICIT}
   * @return the transition
   * @throws TrustException if the move is impossible or the policy is {@code EXPLICIT}
   */
  public static ArrearsTransition of(int from, int to, int maxState, AllocationPolicy allocation) {
    TrustException.check(maxState >= 1, "maxState must be at least 1: %s", maxState);
    TrustException.check(
        isPossible(from, to, maxState),
        "no move from arrears state %s to %s with the cap at %s",
        from,
        to,
        maxState);
    TrustException.check(
        allocation != AllocationPolicy.EXPLICIT,
        "a scenario needs an allocation order, OLDEST_FIRST or SAME_PERIOD_FIRST, not %s",
        allocation);
    int paid;
    int writtenOff;
    if (from == maxState && to == maxState) {
      paid = 0;
      writtenOff = 1;
    } else {
      paid = from + 1 - to;
      writtenOff = 0;
    }
    int current;
    if (allocation == AllocationPolicy.OLDEST_FIRST) {
      current = paid > from ? 1 : 0;
    } else {
      current = paid > 0 ? 1 : 0;
    }
    return new ArrearsTransition(from, to, current, paid - current, writtenOff);
  }

  /**
   * Returns the state at the start of the month.
   *
   * @return the state
   */
  public int from() {
    return from;
  }

  /**
   * Returns the state at the end of the month.
   *
   * @return the state
   */
  public int to() {
    return to;
  }

  /**
   * Returns how many bills the unit paid in the month.
   *
   * @return {@link #paidCurrent()} + {@link #paidArrears()}
   */
  public int paid() {
    return paidCurrent + paidArrears;
  }

  /**
   * Returns whether the month's own bill was paid: 1 if it was, else 0.
   *
   * @return 0 or 1
   */
  public int paidCurrent() {
    return paidCurrent;
  }

  /**
   * Returns how many bills of earlier months the unit paid (arrears recovered).
   *
   * @return the bills
   */
  public int paidArrears() {
    return paidArrears;
  }

  /**
   * Returns how many bills were written off: 1 for {@code K → K}, else 0.
   *
   * @return 0 or 1
   */
  public int writtenOff() {
    return writtenOff;
  }

  /**
   * Tells whether the other object is the same transition.
   *
   * @param other the other object
   * @return true if every field is equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ArrearsTransition)) {
      return false;
    }
    ArrearsTransition that = (ArrearsTransition) other;
    return from == that.from
        && to == that.to
        && paidCurrent == that.paidCurrent
        && paidArrears == that.paidArrears
        && writtenOff == that.writtenOff;
  }

  /**
   * Returns a hash code of the fields.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return ((((from * 31) + to) * 31 + paidCurrent) * 31 + paidArrears) * 31 + writtenOff;
  }

  /**
   * Returns the transition as text, such as {@code 2->0 paid 1+2 writtenOff 0}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return from
        + "->"
        + to
        + " paid "
        + paidCurrent
        + "+"
        + paidArrears
        + " writtenOff "
        + writtenOff;
  }
}
