package org.propertytrust.core.fee;

/** Why a late fee may not be charged (the {@code fee.late-fee} rule, DOMAIN.md §6). */
public enum LateFeeProblem {
  /** The contract has no late fee. */
  NO_LATE_FEE_IN_CONTRACT,
  /** It is dated before the period's due date plus the grace days. */
  BEFORE_GRACE_PERIOD_ENDS,
  /** Nothing of that unit and period is open on its date. */
  NOTHING_OPEN,
  /** The unit and period already have a late fee. */
  SECOND_LATE_FEE,
  /** It exceeds the percent of the period's charges (net of waivers) or the cap. */
  TOO_LARGE
}
