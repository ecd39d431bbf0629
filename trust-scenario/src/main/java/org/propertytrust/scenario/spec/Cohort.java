package org.propertytrust.scenario.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.party.Unit;

/**
 * A cohort: a number of units that share a monthly bill and a payment behaviour.
 *
 * <p>The bill is given either by the area of each unit ({@link #areaM2()}, billed by the scenario's
 * fee schedule exactly as a book bills a unit of that area) or directly ({@link #monthlyBill()}):
 * exactly one of the two. The cohort follows the scenario's roll-rate matrix unless it has its own
 * ({@link #rollRates()}, with the same number of states).
 *
 * <p>At the start every unit is current unless the cohort says otherwise: {@link #initialArrears()}
 * counts the units in each arrears state {@code 0..K} and {@link #initialPrepaid()} the units with
 * 1, 2, … months paid in advance. When {@code initialArrears} is given the two together count every
 * unit; when it is empty the units not prepaid are current.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cohort {
  /** The most units a cohort may have. */
  public static final int MAX_UNITS = 1_000_000_000;

  Cohort() {}

  /**
   * Returns the cohort's id, unique within a scenario.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the number of units.
   *
   * @return the units, not negative
   */
  public abstract int units();

  /**
   * Returns the floor area of each unit, when the bill comes from the fee schedule.
   *
   * @return the area in square metres
   */
  public abstract Optional<BigDecimal> areaM2();

  /**
   * Returns the monthly bill of each unit, when it is given directly.
   *
   * @return the bill, not negative, below 10<sup>15</sup>
   */
  public abstract Optional<Money> monthlyBill();

  /**
   * Returns the cohort's own roll-rate matrix, if it does not follow the scenario's.
   *
   * @return the matrix
   */
  public abstract Optional<RollRates> rollRates();

  /**
   * Returns the number of units in each arrears state {@code 0..K} at the start; empty when every
   * unit not prepaid is current.
   *
   * @return the counts by state
   */
  public abstract List<Integer> initialArrears();

  /**
   * Returns the number of units with 1, 2, … months paid in advance at the start.
   *
   * @return the counts, the first for one month
   */
  public abstract List<Integer> initialPrepaid();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCohort.Builder builder() {
    return ImmutableCohort.builder();
  }

  /**
   * Returns a cohort billed by area, every unit current at the start.
   *
   * @param id the id; not null
   * @param units the number of units, not negative
   * @param areaM2 the area of each unit, such as {@code "89.50"}; not null
   * @return the cohort
   */
  public static Cohort ofArea(String id, int units, String areaM2) {
    return builder().id(id).units(units).areaM2(new BigDecimal(areaM2)).build();
  }

  /**
   * Returns a cohort with a given monthly bill, every unit current at the start.
   *
   * @param id the id; not null
   * @param units the number of units, not negative
   * @param monthlyBill the bill of each unit; not null, not negative
   * @return the cohort
   */
  public static Cohort ofBill(String id, int units, Money monthlyBill) {
    return builder().id(id).units(units).monthlyBill(monthlyBill).build();
  }

  /**
   * Returns how many units are in a state at the start: an arrears state {@code 0..K}, or {@code
   * −m} for {@code m} months paid in advance.
   *
   * @param state the state
   * @return the units, not negative
   */
  public int initialUnits(int state) {
    if (state < 0) {
      int m = -state;
      return m <= initialPrepaid().size() ? initialPrepaid().get(m - 1) : 0;
    }
    if (initialArrears().isEmpty()) {
      return state == 0 ? (int) (units() - sum(initialPrepaid())) : 0;
    }
    return state < initialArrears().size() ? initialArrears().get(state) : 0;
  }

  /**
   * Returns the unit whose bill the fee schedule computes: this cohort's id and area.
   *
   * @return the unit, or empty for a cohort with a given bill
   */
  public Optional<Unit> unitForBilling() {
    return areaM2().map(area -> Unit.of(id(), area));
  }

  private static long sum(List<Integer> counts) {
    long total = 0;
    for (int n : counts) {
      total += n;
    }
    return total;
  }

  @Value.Check
  void check() {
    Ids.check("cohort id", id());
    List<String> problems = new ArrayList<>();
    if (units() < 0 || units() > MAX_UNITS) {
      problems.add("cohort " + id() + " units must be between 0 and " + MAX_UNITS + ": " + units());
    }
    if (areaM2().isPresent() == monthlyBill().isPresent()) {
      problems.add("cohort " + id() + " must have exactly one of areaM2 and monthlyBill");
    }
    areaM2()
        .ifPresent(
            area -> {
              if (area.signum() <= 0
                  || area.stripTrailingZeros().scale() > Unit.AREA_SCALE
                  || area.compareTo(BigDecimal.TEN.pow(9)) >= 0) {
                problems.add(
                    "cohort "
                        + id()
                        + " areaM2 must be positive, below 10^9, with at most "
                        + Unit.AREA_SCALE
                        + " decimals: "
                        + area.toPlainString());
              }
            });
    monthlyBill()
        .ifPresent(
            bill -> {
              if (bill.isNegative()) {
                problems.add("cohort " + id() + " monthlyBill must not be negative: " + bill);
              }
              try {
                Amounts.checkMagnitude("cohort " + id() + " monthlyBill", bill);
              } catch (TrustException e) {
                problems.add(e.getMessage());
              }
            });
    for (int i = 0; i < initialArrears().size(); i++) {
      if (initialArrears().get(i) < 0) {
        problems.add(
            "cohort "
                + id()
                + " initialArrears["
                + i
                + "] must not be negative: "
                + initialArrears().get(i));
      }
    }
    for (int i = 0; i < initialPrepaid().size(); i++) {
      if (initialPrepaid().get(i) < 0) {
        problems.add(
            "cohort "
                + id()
                + " initialPrepaid["
                + i
                + "] must not be negative: "
                + initialPrepaid().get(i));
      }
    }
    if (initialPrepaid().size() > Prepayment.MAX_MONTHS) {
      problems.add(
          "cohort "
              + id()
              + " initialPrepaid counts units up to "
              + initialPrepaid().size()
              + " months ahead; at most "
              + Prepayment.MAX_MONTHS);
    }
    if (initialArrears().size() > RollRates.MAX_STATES) {
      problems.add(
          "cohort "
              + id()
              + " initialArrears has "
              + initialArrears().size()
              + " states; at most "
              + RollRates.MAX_STATES);
    }
    long arrears = sum(initialArrears());
    long prepaid = sum(initialPrepaid());
    if (units() < 0) {
      throw TrustException.ofProblems(problems);
    }
    if (!initialArrears().isEmpty() && arrears + prepaid != units()) {
      problems.add(
          "cohort "
              + id()
              + " initialArrears and initialPrepaid must count its "
              + units()
              + " units, not "
              + (arrears + prepaid)
              + ": "
              + initialArrears()
              + " and "
              + initialPrepaid());
    }
    if (initialArrears().isEmpty() && prepaid > units()) {
      problems.add(
          "cohort "
              + id()
              + " initialPrepaid counts "
              + prepaid
              + " units, more than its "
              + units());
    }
    if (!problems.isEmpty()) {
      throw TrustException.ofProblems(problems);
    }
  }
}
