package org.propertytrust.core.contract;

/** How the trustee's remuneration (酬金) is computed (DOMAIN.md §4). */
public enum RemunerationBasis {
  /** A fixed amount for each month of the contract. */
  FIXED_MONTHLY,
  /** A percentage of the fees owners actually paid in the month. */
  PERCENT_OF_COLLECTED
}
