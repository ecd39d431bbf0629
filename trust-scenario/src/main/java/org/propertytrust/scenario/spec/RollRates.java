package org.propertytrust.scenario.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;

/**
 * A roll-rate matrix: the monthly probability that a unit in arrears state {@code k} ends the month
 * in state {@code j}, over the states {@code 0..K} ({@code 0} = current, {@code k} = {@code k}
 * months of bills open, {@code K} = the cap, "{@code K} or more").
 *
 * <p>What a move means in money is fixed by {@link ArrearsTransition}: after the month's bill a
 * unit in state {@code k < K} owes {@code k + 1} bills, so it can end in any state {@code j ≤ k +
 * 1} and has then paid {@code k + 1 − j} bills. Moves to a state above {@code k + 1} are impossible
 * and must have probability 0. From the cap {@code K} a unit may end in any state; {@code K → K}
 * means it paid nothing and its oldest bill passed the {@code K}-month horizon (written off).
 *
 * <p>Structure is checked on construction: at least two states and at most {@value #MAX_STATES}, a
 * square matrix, every probability finite and in {@code [0, 1]}, every row summing to 1 within
 * {@value #ROW_SUM_TOLERANCE}, and the impossible moves at 0. The rows are kept as given; {@link
 * #probability} returns them divided by their sum, so that every row is a distribution exactly as
 * far as {@code double} allows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollRates {
  /** The most states a matrix may have (the cap {@code K} is at most 120 months). */
  public static final int MAX_STATES = 121;

  /** How far a row's sum may be from 1. */
  public static final double ROW_SUM_TOLERANCE = 1e-9;

  private final double[][] given;
  private final double[][] normalised;

  private RollRates(double[][] given) {
    this.given = given;
    this.normalised = new double[given.length][];
    for (int k = 0; k < given.length; k++) {
      double sum = 0;
      for (double p : given[k]) {
        sum += p;
      }
      normalised[k] = new double[given.length];
      for (int j = 0; j < given.length; j++) {
        normalised[k][j] = given[k][j] / sum;
      }
    }
  }

  /**
   * Returns the matrix with the given rows.
   *
   * @param rows the rows, {@code rows[k][j]} the probability of moving from {@code k} to {@code j};
   *     not null; copied
   * @return the matrix
   * @throws TrustException if the matrix is not square, has fewer than 2 or more than {@value
   *     #MAX_STATES} states, a probability outside {@code [0, 1]}, a row not summing to 1, or a
   *     move above {@code k + 1} with a positive probability; the message lists every problem
   */
  public static RollRates of(double[][] rows) {
    List<String> problems = new ArrayList<>();
    int n = rows.length;
    if (n < 2 || n > MAX_STATES) {
      throw new TrustException(
          "a roll-rate matrix must have 2 to " + MAX_STATES + " states (0..K), not " + n);
    }
    double[][] copy = new double[n][];
    for (int k = 0; k < n; k++) {
      double[] row = rows[k];
      if (row.length != n) {
        problems.add(
            "roll-rate row "
                + k
                + " must have "
                + n
                + " probabilities (states 0.."
                + (n - 1)
                + "), not "
                + row.length
                + ": "
                + Arrays.toString(row));
        continue;
      }
      copy[k] = row.clone();
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double p = row[j];
        if (!(p >= 0 && p <= 1)) {
          problems.add("roll rate " + k + " -> " + j + " must lie between 0 and 1: " + p);
        } else if (p > 0 && j > k + 1 && k < n - 1) {
          problems.add(
              "roll rate "
                  + k
                  + " -> "
                  + j
                  + " must be 0 (after its bill a unit in state "
                  + k
                  + " owes at most "
                  + (k + 1)
                  + " months): "
                  + p);
        }
        sum += p;
      }
      if (Double.isFinite(sum) && Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
        problems.add(
            "roll-rate row " + k + " must sum to 1, not " + sum + ": " + Arrays.toString(row));
      }
    }
    if (!problems.isEmpty()) {
      throw TrustException.ofProblems(problems);
    }
    return new RollRates(copy);
  }

  /**
   * Returns the matrix with the given rows.
   *
   * @param rows the rows; not null
   * @return the matrix
   * @throws TrustException as {@link #of(double[][])} does
   */
  public static RollRates of(List<List<Double>> rows) {
    double[][] array = new double[rows.size()][];
    for (int k = 0; k < array.length; k++) {
      List<Double> row = rows.get(k);
      array[k] = new double[row.size()];
      for (int j = 0; j < row.size(); j++) {
        array[k][j] = row.get(j);
      }
    }
    return of(array);
  }

  /**
   * Returns a matrix where every state behaves alike: from any state {@code k} a unit pays up
   * (moves to 0) with probability {@code payUp}, pays exactly the month's bill and stays in {@code
   * k} with probability {@code payMonth}, and otherwise misses and moves to {@code min(k + 1, K)}.
   * In state 0 paying up and paying the month are the same move. At the cap {@code K} staying means
   * paying nothing (see {@link ArrearsTransition}), so there {@code payMonth} counts as a miss:
   * {@code K → 0} with {@code payUp}, {@code K → K} otherwise.
   *
   * @param maxState the cap {@code K}, at least 1
   * @param payUp the probability of paying every open bill, in {@code [0, 1]}
   * @param payMonth the probability of paying one bill, in {@code [0, 1 − payUp]}
   * @return the matrix
   * @throws TrustException if an argument is out of range
   */
  public static RollRates uniform(int maxState, double payUp, double payMonth) {
    TrustException.check(
        maxState >= 1 && maxState < MAX_STATES,
        "maxState must be between 1 and %s: %s",
        MAX_STATES - 1,
        maxState);
    TrustException.check(
        payUp >= 0 && payMonth >= 0 && payUp + payMonth <= 1,
        "payUp and payMonth must be probabilities summing to at most 1: %s, %s",
        payUp,
        payMonth);
    int n = maxState + 1;
    double[][] rows = new double[n][n];
    for (int k = 0; k < n; k++) {
      double miss = 1 - payUp - payMonth;
      if (k == 0) {
        rows[0][0] = payUp + payMonth;
        rows[0][1] = miss;
      } else if (k < maxState) {
        rows[k][0] = payUp;
        rows[k][k] = payMonth;
        rows[k][k + 1] = miss;
      } else {
        rows[k][0] = payUp;
        rows[k][k] = payMonth + miss;
      }
    }
    return of(rows);
  }

  /**
   * Returns the convex combination {@code (1 − weight) × this + weight × other}, state by state: a
   * matrix between two behaviours, for sweeps ("what if collection improves from this to that").
   *
   * @param other the other matrix; not null, with the same number of states
   * @param weight the weight of {@code other}, in {@code [0, 1]}
   * @return the blended matrix
   * @throws TrustException if the sizes differ or the weight is out of range
   */
  public RollRates blend(RollRates other, double weight) {
    TrustException.check(
        other.states() == states(),
        "cannot blend roll rates over %s states with roll rates over %s states",
        states(),
        other.states());
    TrustException.check(
        weight >= 0 && weight <= 1, "blend weight must lie between 0 and 1: %s", weight);
    double[][] rows = new double[states()][states()];
    for (int k = 0; k < states(); k++) {
      for (int j = 0; j < states(); j++) {
        rows[k][j] = (1 - weight) * given[k][j] + weight * other.given[k][j];
      }
    }
    return of(rows);
  }

  /**
   * Returns the number of states, {@code K + 1}.
   *
   * @return the number of states
   */
  public int states() {
    return given.length;
  }

  /**
   * Returns the cap {@code K}: the highest arrears state, "{@code K} months or more".
   *
   * @return the cap
   */
  public int maxState() {
    return given.length - 1;
  }

  /**
   * Returns the probability of moving from one state to another, the row normalised to sum to 1.
   *
   * @param from the state at the start of the month, {@code 0..K}
   * @param to the state at the end of the month, {@code 0..K}
   * @return the probability
   * @throws IndexOutOfBoundsException if a state is out of range
   */
  public double probability(int from, int to) {
    return normalised[from][to];
  }

  /**
   * Returns the rows as given.
   *
   * @return a copy of the rows
   */
  public double[][] toArray() {
    double[][] out = new double[given.length][];
    for (int k = 0; k < given.length; k++) {
      out[k] = given[k].clone();
    }
    return out;
  }

  /**
   * Returns the rows as given, as lists.
   *
   * @return the rows
   */
  public List<List<Double>> toLists() {
    List<List<Double>> out = new ArrayList<>(given.length);
    for (double[] row : given) {
      List<Double> list = new ArrayList<>(row.length);
      for (double p : row) {
        list.add(p);
      }
      out.add(List.copyOf(list));
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether the other object is a matrix with the same rows as given.
   *
   * @param other the other object
   * @return true if every probability is equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RollRates && Arrays.deepEquals(given, ((RollRates) other).given);
  }

  /**
   * Returns a hash code of the rows.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.deepHashCode(given);
  }

  /**
   * Returns the rows, for messages.
   *
   * @return the rows as text
   */
  @Override
  public String toString() {
    return "RollRates" + Arrays.deepToString(given);
  }
}
