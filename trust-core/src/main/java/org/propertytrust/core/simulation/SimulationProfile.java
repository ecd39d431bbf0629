package org.propertytrust.core.simulation;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.AllocationPolicy;

/**
 * What kind of community to simulate: its size, its length, how its owners pay and how much it
 * spends. Behaviour is given in whole percentages; the rest of the owners are defaulters who rarely
 * pay.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimulationProfile {
  SimulationProfile() {}

  /**
   * Returns the seed: the same profile and seed give the same book on any machine.
   *
   * @return the seed; 1 by default
   */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * Returns the number of units.
   *
   * @return the units; 40 by default
   */
  @Value.Default
  public int units() {
    return 40;
  }

  /**
   * Returns the first month.
   *
   * @return the month; 2024-01 by default
   */
  @Value.Default
  public YearMonth start() {
    return YearMonth.of(2024, 1);
  }

  /**
   * Returns the number of months simulated.
   *
   * @return the months; 12 by default
   */
  @Value.Default
  public int months() {
    return 12;
  }

  /**
   * Returns the share of owners who pay each month's charges in full, on time.
   *
   * @return the percentage; 70 by default
   */
  @Value.Default
  public int promptPercent() {
    return 70;
  }

  /**
   * Returns the share of owners who pay everything open every two or three months.
   *
   * @return the percentage; 12 by default
   */
  @Value.Default
  public int latePercent() {
    return 12;
  }

  /**
   * Returns the share of owners who pay part of what they owe each month.
   *
   * @return the percentage; 8 by default
   */
  @Value.Default
  public int partialPercent() {
    return 8;
  }

  /**
   * Returns the share of owners who pay half a year in advance.
   *
   * @return the percentage; 5 by default
   */
  @Value.Default
  public int prepayPercent() {
    return 5;
  }

  /**
   * Returns whether the contract has a late fee (5%, 15 grace days, capped at 50.00).
   *
   * @return true for late fees; false by default
   */
  @Value.Default
  public boolean lateFees() {
    return false;
  }

  /**
   * Returns whether remuneration is a percentage of collections (10%) rather than a fixed monthly
   * amount.
   *
   * @return true for a percentage; true by default
   */
  @Value.Default
  public boolean percentRemuneration() {
    return true;
  }

  /**
   * Returns the allocation policy of the contract.
   *
   * @return the policy; OLDEST_FIRST by default
   */
  @Value.Default
  public AllocationPolicy allocation() {
    return AllocationPolicy.OLDEST_FIRST;
  }

  /**
   * Returns the expenditures requested per month, at most.
   *
   * @return the number; 2 by default
   */
  @Value.Default
  public int spendingPerMonth() {
    return 2;
  }

  /**
   * Returns the repair and complaint tickets per month.
   *
   * @return the number; 2 by default
   */
  @Value.Default
  public int ticketsPerMonth() {
    return 2;
  }

  /**
   * Returns whether the book records disclosures and bank statements every month.
   *
   * @return true by default
   */
  @Value.Default
  public boolean records() {
    return true;
  }

  /**
   * Returns a builder, every setting at its default.
   *
   * @return a new builder
   */
  public static ImmutableSimulationProfile.Builder builder() {
    return ImmutableSimulationProfile.builder();
  }

  @Value.Check
  void check() {
    TrustException.check(
        units() > 0 && units() <= 1_000_000, "units must be 1 to 1000000: %s", units());
    TrustException.check(
        months() > 0 && months() <= 1200, "months must be 1 to 1200: %s", months());
    int[] shares = {promptPercent(), latePercent(), partialPercent(), prepayPercent()};
    int sum = 0;
    for (int share : shares) {
      TrustException.check(share >= 0, "behaviour percentages must not be negative: %s", this);
      sum += share;
    }
    TrustException.check(sum <= 100, "behaviour percentages must add up to at most 100: %s", sum);
    TrustException.check(
        spendingPerMonth() >= 0 && ticketsPerMonth() >= 0,
        "spending and tickets per month must not be negative");
  }
}
