package org.propertytrust.scenario.calibration;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * How many times units were seen to move from one arrears state to another between consecutive
 * month ends, over the states {@code 0..K}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionCounts {
  private final long[][] counts;

  private TransitionCounts(long[][] counts) {
    this.counts = counts;
  }

  /**
   * Returns counts over the given rows, copied.
   *
   * @param counts {@code counts[k][j]}, the moves from {@code k} to {@code j}; not null, square
   * @return the counts
   */
  public static TransitionCounts of(long[][] counts) {
    long[][] copy = new long[counts.length][];
    for (int k = 0; k < counts.length; k++) {
      copy[k] = counts[k].clone();
    }
    return new TransitionCounts(copy);
  }

  /**
   * Returns the cap {@code K}.
   *
   * @return the cap
   */
  public int maxState() {
    return counts.length - 1;
  }

  /**
   * Returns how many moves from one state to another were seen.
   *
   * @param from the state at the earlier month end
   * @param to the state at the later month end
   * @return the count
   */
  public long count(int from, int to) {
    return counts[from][to];
  }

  /**
   * Returns how many moves out of a state were seen: the row's observations.
   *
   * @param from the state
   * @return the count
   */
  public long rowTotal(int from) {
    long total = 0;
    for (long n : counts[from]) {
      total += n;
    }
    return total;
  }

  /**
   * Returns how many moves were seen in all.
   *
   * @return the count
   */
  public long total() {
    long total = 0;
    for (int k = 0; k < counts.length; k++) {
      total += rowTotal(k);
    }
    return total;
  }

  /**
   * Returns the counts.
   *
   * @return a copy of {@code counts[from][to]}
   */
  public long[][] toArray() {
    long[][] copy = new long[counts.length][];
    for (int k = 0; k < counts.length; k++) {
      copy[k] = counts[k].clone();
    }
    return copy;
  }

  /**
   * Tells whether the other object holds the same counts.
   *
   * @param other the other object
   * @return true if every count is equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TransitionCounts
        && Arrays.deepEquals(counts, ((TransitionCounts) other).counts);
  }

  /**
   * Returns a hash code of the counts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  /**
   * Returns the counts as text.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "TransitionCounts" + Arrays.deepToString(counts);
  }
}
