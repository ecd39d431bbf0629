package org.propertytrust.core.contract;

/**
 * The order in which a payment, or a unit's prepaid balance, settles the unit's open charges
 * (DOMAIN.md §3).
 */
public enum AllocationPolicy {
  /**
   * The oldest open charge first: by period, then by the fee's position in the contract's fee list,
   * late fees last within a period. The default.
   */
  OLDEST_FIRST,
  /** The charges of the payment's own month first (in fee order), then the rest oldest first. */
  SAME_PERIOD_FIRST,
  /** The payer names the charges; any order is valid. */
  EXPLICIT
}
