package org.propertytrust.core.ledger;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A ledger account, named by its code ({@code "cash"}, {@code "income:property"}, {@code
 * "expense:lifts"}).
 *
 * <p>Any well-formed code can be an account, so that a book naming an account outside the chart can
 * still be represented and reported ({@code ledger.unknown-account}); {@link #chart()} tells which
 * account of the standard chart a code belongs to, if any, and {@link #qualifier()} gives the name
 * after the chart prefix (the fee of {@code income:property}, the party of {@code due:oldco}).
 * Whether a {@code due:<party>} names a party of the book is for the book to say.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Account implements Comparable<Account> {
  /** The operating trust bank account. */
  public static final Account CASH = new Account("cash", ChartAccount.CASH, "");

  /** The reserve (maintenance) fund bank account. */
  public static final Account RESERVE_CASH =
      new Account("reserve-cash", ChartAccount.RESERVE_CASH, "");

  /** Receivables owed by units. */
  public static final Account RECEIVABLE = new Account("receivable", ChartAccount.RECEIVABLE, "");

  /** Prepayments held for units. */
  public static final Account PREPAID = new Account("prepaid", ChartAccount.PREPAID, "");

  /** Deposits held for units. */
  public static final Account DEPOSIT = new Account("deposit", ChartAccount.DEPOSIT, "");

  /** Remuneration earned by the trustee, not yet paid. */
  public static final Account PAYABLE_TRUSTEE =
      new Account("payable:trustee", ChartAccount.PAYABLE_TRUSTEE, "");

  /** Approved spending not yet paid. */
  public static final Account PAYABLE_VENDOR =
      new Account("payable:vendor", ChartAccount.PAYABLE_VENDOR, "");

  /** The owners' operating fund. */
  public static final Account FUND_OPERATING =
      new Account("fund:operating", ChartAccount.FUND_OPERATING, "");

  /** The owners' reserve fund. */
  public static final Account FUND_RESERVE =
      new Account("fund:reserve", ChartAccount.FUND_RESERVE, "");

  /** The trustee's remuneration expense. */
  public static final Account EXPENSE_REMUNERATION =
      new Account("expense:remuneration", ChartAccount.EXPENSE, "remuneration");

  /** Late-fee income. */
  public static final Account INCOME_LATE_FEE =
      new Account("income:late-fee", ChartAccount.INCOME, "late-fee");

  private static final Account[] CONSTANTS = {
    CASH,
    RESERVE_CASH,
    RECEIVABLE,
    PREPAID,
    DEPOSIT,
    PAYABLE_TRUSTEE,
    PAYABLE_VENDOR,
    FUND_OPERATING,
    FUND_RESERVE,
    EXPENSE_REMUNERATION,
    INCOME_LATE_FEE
  };

  private final String code;
  private final @Nullable ChartAccount chart;
  private final String qualifier;

  private Account(String code, @Nullable ChartAccount chart, String qualifier) {
    this.code = code;
    this.chart = chart;
    this.qualifier = qualifier;
  }

  /**
   * Returns the account with the given code, classified against the standard chart.
   *
   * @param code the code; not null, a valid id without white space
   * @return the account, known to the chart or not
   * @throws TrustException if the code is empty, too long, or has white space or control characters
   */
  public static Account of(String code) {
    for (Account constant : CONSTANTS) {
      if (constant.code.equals(code)) {
        return constant;
      }
    }
    Ids.check("account code", code);
    for (int i = 0; i < code.length(); i++) {
      TrustException.check(
          !Character.isWhitespace(code.charAt(i)),
          "account code must not contain white space: \"%s\"",
          code);
    }
    return classify(code);
  }

  /**
   * Returns the income account of a fee ({@code income:<fee>}).
   *
   * @param fee the fee code; not null
   * @return the account
   */
  public static Account income(String fee) {
    return of("income:" + fee);
  }

  /**
   * Returns the public-revenue account of a source ({@code income:public:<source>}).
   *
   * @param source the source, such as {@code parking}; not null
   * @return the account
   */
  public static Account publicIncome(String source) {
    return of("income:public:" + source);
  }

  /**
   * Returns the expense account of a category ({@code expense:<category>}).
   *
   * @param category the category, such as {@code repairs}; not null
   * @return the account
   */
  public static Account expense(String category) {
    return of("expense:" + category);
  }

  /**
   * Returns the account of owners' money a party still holds ({@code due:<party>}).
   *
   * @param party the party id; not null
   * @return the account
   */
  public static Account due(String party) {
    return of("due:" + party);
  }

  private static Account classify(String code) {
    for (ChartAccount chart : ChartAccount.values()) {
      String base = chart.code();
      switch (chart.form()) {
        case EXACT:
          if (code.equals(base)) {
            return new Account(code, chart, "");
          }
          break;
        case EXTENSIBLE:
          if (code.equals(base)) {
            return new Account(code, chart, "");
          }
          if (code.startsWith(base + ":") && isName(code, base.length() + 1)) {
            return new Account(code, chart, code.substring(base.length() + 1));
          }
          break;
        case QUALIFIED:
          if (code.startsWith(base + ":") && isName(code, base.length() + 1)) {
            String name = code.substring(base.length() + 1);
            if (chart == ChartAccount.INCOME && name.equals("public")) {
              return new Account(code, null, "");
            }
            return new Account(code, chart, name);
          }
          break;
      }
    }
    return new Account(code, null, "");
  }

  private static boolean isName(String code, int from) {
    if (from >= code.length() || code.endsWith(":")) {
      return false;
    }
    return !code.substring(from).contains("::") && code.charAt(from) != ':';
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the account of the standard chart this code belongs to, or empty for an account outside
   * the chart.
   *
   * @return the chart account
   */
  public Optional<ChartAccount> chart() {
    return Optional.ofNullable(chart);
  }

  /**
   * Tells whether this account belongs to the given chart account.
   *
   * @param chartAccount the chart account; not null
   * @return true if it does
   */
  public boolean is(ChartAccount chartAccount) {
    return chart == chartAccount;
  }

  /**
   * Tells whether the code belongs to the standard chart.
   *
   * @return true if {@link #chart()} is present
   */
  public boolean isStandard() {
    return chart != null;
  }

  /**
   * Returns the type, or empty for an account outside the chart.
   *
   * @return the type
   */
  public Optional<AccountType> type() {
    return chart == null ? Optional.empty() : Optional.of(chart.type());
  }

  /**
   * Tells whether a debit increases this account's balance; accounts outside the chart count as
   * debit-normal.
   *
   * @return true for assets, expenses and unknown accounts
   */
  public boolean isDebitNormal() {
    return chart == null || chart.type().isDebitNormal();
  }

  /**
   * Tells whether this is the trustee's remuneration expense: {@code expense:remuneration} or one
   * of its sub-accounts ({@code expense:remuneration:bonus}), all of which count as remuneration.
   *
   * @return true for remuneration accounts
   */
  public boolean isRemuneration() {
    return chart == ChartAccount.EXPENSE
        && (qualifier.equals("remuneration") || qualifier.startsWith("remuneration:"));
  }

  /**
   * Returns the name after the chart prefix: the fee of {@code income:property}, the source of
   * {@code income:public:parking}, the category of {@code expense:repairs}, the party of {@code
   * due:oldco}, the sub-account of {@code payable:vendor:liftco}; empty for the others.
   *
   * @return the qualifier, possibly empty
   */
  public String qualifier() {
    return qualifier;
  }

  /**
   * Orders accounts by code.
   *
   * @param other the other account; not null
   * @return the comparison of the codes
   */
  @Override
  public int compareTo(Account other) {
    return code.compareTo(other.code);
  }

  /**
   * Tells whether the other object is an account with the same code.
   *
   * @param other the other object
   * @return true if the codes are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Account && ((Account) other).code.equals(code);
  }

  /**
   * Returns the hash code of the code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
