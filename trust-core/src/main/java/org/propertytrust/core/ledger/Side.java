package org.propertytrust.core.ledger;

/** The side of a ledger line. */
public enum Side {
  /** Left side: increases assets and expenses. */
  DEBIT,
  /** Right side: increases liabilities, equity and income. */
  CREDIT;

  /**
   * Returns the other side.
   *
   * @return CREDIT for DEBIT and DEBIT for CREDIT
   */
  public Side opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }
}
