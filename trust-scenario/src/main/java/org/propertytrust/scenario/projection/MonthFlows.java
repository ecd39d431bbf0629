package org.propertytrust.scenario.projection;

import java.util.Arrays;

/**
 * The figures of one month in minor units, as {@code double}: expected values in a projection,
 * whole numbers (drawn counts times bills) in a Monte Carlo run. Mutable scratch space.
 */
final class MonthFlows {
  double billed;
  double collectedCurrent;
  double arrearsRecovered;
  double prepaymentsApplied;
  double prepaymentsReceived;
  double writtenOff;
  double openingArrears;
  double closingArrears;
  double openingPrepaid;
  double closingPrepaid;
  double householdBilled;
  double householdPaid;
  double publicRevenue;
  double spending;
  double remuneration;
  double trusteeResult;
  double ownersSurplus;
  double openingCash;
  double closingCash;
  final double[] unitsByState;
  final double[] arrearsByState;

  MonthFlows(CompiledScenario scenario) {
    unitsByState = new double[scenario.states];
    arrearsByState = new double[scenario.maxState + 1];
  }

  void reset() {
    billed = 0;
    collectedCurrent = 0;
    arrearsRecovered = 0;
    prepaymentsApplied = 0;
    prepaymentsReceived = 0;
    writtenOff = 0;
    openingArrears = 0;
    closingArrears = 0;
    openingPrepaid = 0;
    closingPrepaid = 0;
    householdBilled = 0;
    householdPaid = 0;
    publicRevenue = 0;
    spending = 0;
    remuneration = 0;
    trusteeResult = 0;
    ownersSurplus = 0;
    openingCash = 0;
    closingCash = 0;
    Arrays.fill(unitsByState, 0);
    Arrays.fill(arrearsByState, 0);
  }

  double collected() {
    return collectedCurrent + arrearsRecovered;
  }

  /** The current-period rate, NaN when nothing was billed. */
  double currentRate() {
    return billed > 0 ? collectedCurrent / billed : Double.NaN;
  }

  /** The combined rate, NaN when nothing was billed or open. */
  double combinedRate() {
    double base = billed + openingArrears;
    return base > 0 ? collected() / base : Double.NaN;
  }

  /** The household rate, NaN when no unit had a bill. */
  double householdRate() {
    return householdBilled > 0 ? householdPaid / householdBilled : Double.NaN;
  }

  /** Returns a figure's value; rates may be NaN when absent. */
  double value(Figure figure) {
    switch (figure) {
      case BILLED:
        return billed;
      case COLLECTED_CURRENT:
        return collectedCurrent;
      case ARREARS_RECOVERED:
        return arrearsRecovered;
      case COLLECTED:
        return collected();
      case PREPAYMENTS_RECEIVED:
        return prepaymentsReceived;
      case PREPAYMENTS_APPLIED:
        return prepaymentsApplied;
      case WRITTEN_OFF:
        return writtenOff;
      case OPENING_ARREARS:
        return openingArrears;
      case CLOSING_ARREARS:
        return closingArrears;
      case PUBLIC_REVENUE:
        return publicRevenue;
      case SPENDING:
        return spending;
      case REMUNERATION:
        return remuneration;
      case TRUSTEE_RESULT:
        return trusteeResult;
      case OWNERS_SURPLUS:
        return ownersSurplus;
      case OPENING_CASH:
        return openingCash;
      case CLOSING_CASH:
        return closingCash;
      case OPENING_PREPAID:
        return openingPrepaid;
      case CLOSING_PREPAID:
        return closingPrepaid;
      case CURRENT_RATE:
        return currentRate();
      case COMBINED_RATE:
        return combinedRate();
      case HOUSEHOLD_RATE:
        return householdRate();
    }
    throw new AssertionError(figure);
  }
}
