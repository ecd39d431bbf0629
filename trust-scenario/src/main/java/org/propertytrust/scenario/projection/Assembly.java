package org.propertytrust.scenario.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.scenario.spec.RemunerationScheme;

/**
 * Turns exact monthly flows (minor units as {@code double}) into reported figures: flows rounded
 * through their running totals, balances carried forward from the rounded flows, rates from the
 * exact amounts.
 */
final class Assembly {
  private Assembly() {}

  /** A flow whose reported values add up to its rounded running total. */
  private static final class Running {
    private double total;
    private long reported;

    long next(double flow) {
      total += flow;
      long rounded = roundHalfUp(total);
      long out = rounded - reported;
      reported = rounded;
      return out;
    }
  }

  static Projection projection(CompiledScenario sc, List<MonthFlows> flows) {
    CurrencyUnit currency = sc.spec.currency();
    Running billed = new Running();
    Running current = new Running();
    Running arrears = new Running();
    Running written = new Running();
    Running received = new Running();
    Running applied = new Running();
    Running publicRevenue = new Running();
    Running spending = new Running();
    Running remuneration = new Running();
    long openingArrears = roundHalfUp(flows.get(0).openingArrears);
    long openingPrepaid = roundHalfUp(flows.get(0).openingPrepaid);
    long openingCash = roundHalfUp(flows.get(0).openingCash);
    boolean lumpSum = sc.scheme == RemunerationScheme.LUMP_SUM;
    List<MonthFigures> months = new ArrayList<>(flows.size());
    for (int t = 0; t < flows.size(); t++) {
      MonthFlows f = flows.get(t);
      long b = billed.next(f.billed);
      long cc = current.next(f.collectedCurrent);
      long ar = arrears.next(f.arrearsRecovered);
      long wo = written.next(f.writtenOff);
      long pr = received.next(f.prepaymentsReceived);
      long pa = applied.next(f.prepaymentsApplied);
      long pub = publicRevenue.next(f.publicRevenue);
      long sp = spending.next(f.spending);
      long rem = remuneration.next(f.remuneration);
      long collected = cc + ar;
      long trustee;
      long owners;
      long closingCash;
      if (lumpSum) {
        trustee = collected - sp;
        owners = pub;
        closingCash = openingCash + pub;
      } else {
        trustee = rem;
        owners = collected + pub - sp - rem;
        closingCash = openingCash + collected - pa + pr + pub - sp - rem;
      }
      List<BigDecimal> unitsByState = new ArrayList<>(sc.maxState + 1);
      List<Money> arrearsByState = new ArrayList<>(sc.maxState + 1);
      for (int s = 0; s <= sc.maxState; s++) {
        unitsByState.add(units(f.unitsByState[sc.index(s)]));
        arrearsByState.add(Money.ofMinor(currency, roundHalfUp(f.arrearsByState[s])));
      }
      List<BigDecimal> prepaidUnits = new ArrayList<>(sc.prepaidStates);
      for (int m = 1; m <= sc.prepaidStates; m++) {
        prepaidUnits.add(units(f.unitsByState[sc.index(-m)]));
      }
      MonthFigures month =
          MonthFigures.builder()
              .index(t + 1)
              .month(sc.spec.month(t + 1))
              .billed(money(currency, b))
              .collectedCurrent(money(currency, cc))
              .arrearsRecovered(money(currency, ar))
              .prepaymentsReceived(money(currency, pr))
              .prepaymentsApplied(money(currency, pa))
              .writtenOff(money(currency, wo))
              .openingArrears(money(currency, openingArrears))
              .openingPrepaid(money(currency, openingPrepaid))
              .publicRevenue(money(currency, pub))
              .spending(money(currency, sp))
              .remuneration(money(currency, rem))
              .trusteeResult(money(currency, trustee))
              .ownersSurplus(money(currency, owners))
              .openingCash(money(currency, openingCash))
              .closingCash(money(currency, closingCash))
              .currentRate(rate(f.collectedCurrent, f.billed))
              .combinedRate(rate(f.collected(), f.billed + f.openingArrears))
              .householdRate(rate(f.householdPaid, f.householdBilled))
              .addAllUnitsByState(unitsByState)
              .addAllPrepaidUnits(prepaidUnits)
              .addAllArrearsByState(arrearsByState)
              .build();
      months.add(month);
      openingArrears = openingArrears + b - collected - wo;
      openingPrepaid = openingPrepaid + pr - pa;
      openingCash = closingCash;
    }
    return Projection.builder().scenario(sc.spec).addAllMonths(months).build();
  }

  static Money money(CurrencyUnit currency, long minor) {
    return Money.ofMinor(currency, minor);
  }

  /** Rounds HALF_UP from the exact binary value of {@code x}. */
  static long roundHalfUp(double x) {
    return new BigDecimal(x).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** A ratio of exact amounts to 4 places HALF_UP; empty when the denominator is not positive. */
  static Optional<BigDecimal> rate(double numerator, double denominator) {
    if (!(denominator > 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new BigDecimal(numerator).divide(new BigDecimal(denominator), 4, RoundingMode.HALF_UP));
  }

  /** A rate already computed as a double, to 4 places HALF_UP. */
  static BigDecimal rate(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_UP);
  }

  /** An amount in minor units as a decimal at the currency's scale, HALF_UP. */
  static BigDecimal amount(CurrencyUnit currency, double minor) {
    int scale = currency.getDecimalPlaces();
    return new BigDecimal(minor).movePointLeft(scale).setScale(scale, RoundingMode.HALF_UP);
  }

  static BigDecimal units(double units) {
    return new BigDecimal(units).setScale(4, RoundingMode.HALF_UP);
  }
}
