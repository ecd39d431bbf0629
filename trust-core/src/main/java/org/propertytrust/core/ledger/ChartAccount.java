package org.propertytrust.core.ledger;

/**
 * An account of the standard chart (DOMAIN.md §3), or a family of accounts under a prefix.
 *
 * <p>{@code cash}, {@code reserve-cash}, {@code receivable}, {@code prepaid} and {@code deposit}
 * are exact codes. {@code payable:trustee}, {@code payable:vendor}, {@code fund:operating} and
 * {@code fund:reserve} are accounts that custom accounts may extend ({@code
 * payable:vendor:liftco}). {@code due:}, {@code income:}, {@code income:public:} and {@code
 * expense:} are prefixes that need a name after them ({@code income:property}); {@code
 * income:public:} is matched before {@code income:}.
 */
public enum ChartAccount {
  /** The operating trust bank account (共有资金账户). */
  CASH("cash", AccountType.ASSET, Form.EXACT),
  /** The maintenance (reserve) fund bank account. */
  RESERVE_CASH("reserve-cash", AccountType.ASSET, Form.EXACT),
  /** Owed by a unit; each line carries unit, period and fee. */
  RECEIVABLE("receivable", AccountType.ASSET, Form.EXACT),
  /** Paid in advance by a unit (owed back to it); each line carries the unit. */
  PREPAID("prepaid", AccountType.LIABILITY, Form.EXACT),
  /** Deposits held for a unit; each line carries the unit. */
  DEPOSIT("deposit", AccountType.LIABILITY, Form.EXACT),
  /** Remuneration earned by the trustee and not yet paid. */
  PAYABLE_TRUSTEE("payable:trustee", AccountType.LIABILITY, Form.EXTENSIBLE),
  /** Approved spending not yet paid. */
  PAYABLE_VENDOR("payable:vendor", AccountType.LIABILITY, Form.EXTENSIBLE),
  /** Owners' money a party still holds ({@code due:<party>}). */
  DUE("due", AccountType.ASSET, Form.QUALIFIED),
  /** The owners' operating fund. */
  FUND_OPERATING("fund:operating", AccountType.EQUITY, Form.EXTENSIBLE),
  /** The owners' reserve (maintenance) fund. */
  FUND_RESERVE("fund:reserve", AccountType.EQUITY, Form.EXTENSIBLE),
  /** Public revenue from common parts ({@code income:public:<source>}). */
  PUBLIC_INCOME("income:public", AccountType.INCOME, Form.QUALIFIED),
  /** Billed fees ({@code income:<fee>}). */
  INCOME("income", AccountType.INCOME, Form.QUALIFIED),
  /** Spending ({@code expense:<category>}). */
  EXPENSE("expense", AccountType.EXPENSE, Form.QUALIFIED);

  /** How codes of a chart account are formed. */
  enum Form {
    /** The code alone; no sub-accounts. */
    EXACT,
    /** The code alone, or the code, a colon and a name. */
    EXTENSIBLE,
    /** The code, a colon and a name; the code alone is not an account. */
    QUALIFIED
  }

  private final String code;
  private final AccountType type;
  private final Form form;

  ChartAccount(String code, AccountType type, Form form) {
    this.code = code;
    this.type = type;
    this.form = form;
  }

  /**
   * Returns the code, or for a family of accounts its prefix without the trailing colon.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the account type.
   *
   * @return the type
   */
  public AccountType type() {
    return type;
  }

  /**
   * Tells whether lines on this account must carry a unit.
   *
   * @return true for receivable, prepaid and deposit
   */
  public boolean requiresUnit() {
    return this == RECEIVABLE || this == PREPAID || this == DEPOSIT;
  }

  /**
   * Tells whether lines on this account must carry a period and a fee.
   *
   * @return true for receivable
   */
  public boolean requiresPeriodAndFee() {
    return this == RECEIVABLE;
  }

  /**
   * Tells whether this is one of the two trust bank accounts.
   *
   * @return true for cash and reserve-cash
   */
  public boolean isBankAccount() {
    return this == CASH || this == RESERVE_CASH;
  }

  Form form() {
    return form;
  }
}
