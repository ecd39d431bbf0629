package org.propertytrust.core.approval;

/** Where an expenditure stands on a day; derived from its decisions and the book. */
public enum ExpenditureState {
  /** Requested and waiting: an approval, a vote, a resolution or the objection window. */
  REQUESTED,
  /** A required role's latest decision is a rejection (a later approval can change that). */
  REJECTED,
  /** Every required approval is present, no objection is open, the waiting time is over. */
  PAYABLE,
  /** Paid: an EXPENDITURE entry of the book pays it. */
  PAID
}
