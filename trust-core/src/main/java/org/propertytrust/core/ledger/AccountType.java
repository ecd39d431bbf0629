package org.propertytrust.core.ledger;

/** The type of an account of the standard chart, which fixes its normal side. */
public enum AccountType {
  /** Money or claims the owners have; balance = debits − credits. */
  ASSET(true),
  /** What the trust owes; balance = credits − debits. */
  LIABILITY(false),
  /** The owners' accumulated funds; balance = credits − debits. */
  EQUITY(false),
  /** Fees billed and public revenue; balance = credits − debits. */
  INCOME(false),
  /** Spending and remuneration; balance = debits − credits. */
  EXPENSE(true);

  private final boolean debitNormal;

  AccountType(boolean debitNormal) {
    this.debitNormal = debitNormal;
  }

  /**
   * Tells whether a debit increases the balance of an account of this type.
   *
   * @return true for assets and expenses
   */
  public boolean isDebitNormal() {
    return debitNormal;
  }
}
