package org.propertytrust.core.approval;

import org.propertytrust.core.ledger.Account;

/** The fund spending is paid from. */
public enum Fund {
  /** The operating fund, paid from {@code cash}. The default. */
  OPERATING(Account.CASH),
  /** The reserve (maintenance) fund, paid from {@code reserve-cash}; always needs a vote. */
  RESERVE(Account.RESERVE_CASH);

  private final Account bankAccount;

  Fund(Account bankAccount) {
    this.bankAccount = bankAccount;
  }

  /**
   * Returns the bank account spending from this fund is paid from.
   *
   * @return {@code cash} or {@code reserve-cash}
   */
  public Account bankAccount() {
    return bankAccount;
  }
}
