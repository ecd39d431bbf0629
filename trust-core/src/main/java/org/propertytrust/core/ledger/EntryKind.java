package org.propertytrust.core.ledger;

/** What an entry records (DOMAIN.md §3). */
public enum EntryKind {
  /** Opening balances carried into the book. */
  OPENING,
  /** Fees billed to units: debit receivable, credit income. */
  CHARGE,
  /** Money received from a unit: debit cash, credit receivable and any excess to prepaid. */
  PAYMENT,
  /** A unit's prepaid balance applied to its open charges: debit prepaid, credit receivable. */
  PREPAYMENT_APPLIED,
  /** Part or all of a charge forgiven: debit income, credit receivable. */
  WAIVER,
  /** A late fee on a unit's overdue charges of one period: debit receivable, credit income. */
  LATE_FEE,
  /** Public revenue (parking, advertising, interest): debit cash, credit income:public. */
  PUBLIC_INCOME,
  /** Approved spending paid: debit expense, credit cash or reserve-cash. */
  EXPENDITURE,
  /** The trustee's remuneration: debit expense:remuneration. */
  REMUNERATION,
  /** Money moved between the trust's own accounts. */
  TRANSFER,
  /** Money returned to a unit (a prepayment or deposit refunded). */
  REFUND,
  /** The exact mirror of an earlier entry, cancelling it. */
  REVERSAL,
  /** Owners' money recovered from, or accounted for with, an outgoing trustee. */
  HANDOVER
}
