package org.propertytrust.core.service;

/** How a ticket stands against one stage's service level at a cut-off. */
public enum StageOutcome {
  /** The stage does not apply to this ticket (a plan for a small problem, say). */
  NOT_APPLICABLE,
  /** Not reached yet, and its deadline has not passed. */
  PENDING,
  /** Reached within the limit (inclusive). */
  MET,
  /** Reached, but after the limit. */
  LATE,
  /** Not reached, and its deadline has passed. */
  MISSED;

  /**
   * Tells whether the ticket counts for the stage's rate: it reached the stage or its deadline
   * passed.
   *
   * @return true for MET, LATE and MISSED
   */
  public boolean counts() {
    return this == MET || this == LATE || this == MISSED;
  }
}
