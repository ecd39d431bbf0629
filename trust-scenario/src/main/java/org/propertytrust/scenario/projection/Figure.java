package org.propertytrust.scenario.projection;

import java.util.Locale;

/**
 * The figures a scenario reports for each month. Amounts are in the scenario's currency; the three
 * rates are ratios in {@code [0, 1]} (DOMAIN.md §5, adapted to cohorts).
 *
 * <p>They obey, every month and in every run: {@code closingArrears = openingArrears + billed −
 * collected − writtenOff}, {@code closingPrepaid = openingPrepaid + prepaymentsReceived −
 * prepaymentsApplied}, and in the trust models {@code closingCash = openingCash + collected −
 * prepaymentsApplied + prepaymentsReceived + publicRevenue − spending − remuneration} (under the
 * lump-sum model the trust account receives only public revenue).
 */
public enum Figure {
  /** Every unit's monthly bill: units × bill, summed over cohorts. */
  BILLED,
  /** Payments and applied prepayments settling the month's own bills. */
  COLLECTED_CURRENT,
  /** Payments settling bills of earlier months (清欠). */
  ARREARS_RECOVERED,
  /** Fee collections: {@code collectedCurrent + arrearsRecovered}. */
  COLLECTED,
  /** Money paid in advance in the month (not yet collected: it counts when applied). */
  PREPAYMENTS_RECEIVED,
  /** Prepayments applied to the month's bills (part of {@code collectedCurrent}). */
  PREPAYMENTS_APPLIED,
  /** Bills that passed the {@code K}-month horizon in the month ({@code K → K} moves). */
  WRITTEN_OFF,
  /** Bills of earlier months open at the start of the month. */
  OPENING_ARREARS,
  /** Bills open at the end of the month. */
  CLOSING_ARREARS,
  /** Prepayments held for units at the start of the month. */
  OPENING_PREPAID,
  /** Prepayments held for units at the end of the month. */
  CLOSING_PREPAID,
  /** Public revenue (parking, advertising, interest) received. */
  PUBLIC_REVENUE,
  /** Budgeted spending paid (by the trust, or by the company under the lump-sum model). */
  SPENDING,
  /** The trustee's remuneration paid from the trust account (0 under the lump-sum model). */
  REMUNERATION,
  /**
   * What the company earns: the remuneration, or under the lump-sum model {@code collected −
   * spending}, which may be negative.
   */
  TRUSTEE_RESULT,
  /**
   * What the month adds to the owners' funds on a collections basis: {@code collected +
   * publicRevenue − spending − remuneration}, or {@code publicRevenue} under the lump-sum model.
   */
  OWNERS_SURPLUS,
  /** The trust account's cash at the start of the month. */
  OPENING_CASH,
  /** The trust account's cash at the end of the month; may be negative (an overdraft). */
  CLOSING_CASH,
  /** 当期收缴率: {@code collectedCurrent ÷ billed}; absent when nothing was billed. */
  CURRENT_RATE,
  /** 综合收缴率: {@code collected ÷ (billed + openingArrears)}; absent when both are 0. */
  COMBINED_RATE,
  /** 户数收缴率: of the units with a bill, the share whose month's bill was paid. */
  HOUSEHOLD_RATE;

  /**
   * Tells whether the figure is a rate rather than an amount.
   *
   * @return true for the three rates
   */
  public boolean isRate() {
    return this == CURRENT_RATE || this == COMBINED_RATE || this == HOUSEHOLD_RATE;
  }

  /**
   * Returns the figure's JSON key, in camel case: {@code collectedCurrent}.
   *
   * @return the key
   */
  public String key() {
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return out.toString();
  }

  /**
   * Returns the figure's CSV column name, in snake case: {@code collected_current}.
   *
   * @return the column name
   */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }
}
