package org.propertytrust.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.propertytrust.core.TrustException;

class AccountTest {
  @ParameterizedTest
  @CsvSource({
    "cash, CASH, ASSET, ''",
    "reserve-cash, RESERVE_CASH, ASSET, ''",
    "receivable, RECEIVABLE, ASSET, ''",
    "prepaid, PREPAID, LIABILITY, ''",
    "deposit, DEPOSIT, LIABILITY, ''",
    "payable:trustee, PAYABLE_TRUSTEE, LIABILITY, ''",
    "payable:trustee:acme, PAYABLE_TRUSTEE, LIABILITY, acme",
    "payable:vendor, PAYABLE_VENDOR, LIABILITY, ''",
    "payable:vendor:liftco, PAYABLE_VENDOR, LIABILITY, liftco",
    "due:oldco, DUE, ASSET, oldco",
    "fund:operating, FUND_OPERATING, EQUITY, ''",
    "fund:reserve, FUND_RESERVE, EQUITY, ''",
    "fund:reserve:lifts, FUND_RESERVE, EQUITY, lifts",
    "income:property, INCOME, INCOME, property",
    "income:late-fee, INCOME, INCOME, late-fee",
    "income:public:parking, PUBLIC_INCOME, INCOME, parking",
    "expense:repairs, EXPENSE, EXPENSE, repairs",
    "expense:remuneration, EXPENSE, EXPENSE, remuneration",
    "expense:lifts:door, EXPENSE, EXPENSE, lifts:door"
  })
  void classifiesTheStandardChart(
      String code, ChartAccount chart, AccountType type, String qualifier) {
    Account account = Account.of(code);
    assertThat(account.code()).isEqualTo(code);
    assertThat(account.chart()).contains(chart);
    assertThat(account.type()).contains(type);
    assertThat(account.qualifier()).isEqualTo(qualifier);
    assertThat(account.isStandard()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cash:petty",
        "receivable:A",
        "prepaid:B",
        "income",
        "income:",
        "income:public",
        "income:public:",
        "expense",
        "expense:",
        "due",
        "due:",
        "payable",
        "payable:other",
        "fund",
        "fund:other",
        "bank",
        "expense::x",
        "Cash"
      })
  void keepsAccountsOutsideTheChartRepresentable(String code) {
    Account account = Account.of(code);
    assertThat(account.code()).isEqualTo(code);
    assertThat(account.isStandard()).isFalse();
    assertThat(account.type()).isEmpty();
    assertThat(account.isDebitNormal()).isTrue();
  }

  @Test
  void factoriesBuildTheirPrefixes() {
    assertThat(Account.income("property")).isEqualTo(Account.of("income:property"));
    assertThat(Account.publicIncome("parking").is(ChartAccount.PUBLIC_INCOME)).isTrue();
    assertThat(Account.expense("repairs").qualifier()).isEqualTo("repairs");
    assertThat(Account.due("oldco").is(ChartAccount.DUE)).isTrue();
    assertThat(Account.of("cash")).isSameAs(Account.CASH);
  }

  @Test
  void normalSides() {
    assertThat(Account.CASH.isDebitNormal()).isTrue();
    assertThat(Account.EXPENSE_REMUNERATION.isDebitNormal()).isTrue();
    assertThat(Account.PREPAID.isDebitNormal()).isFalse();
    assertThat(Account.FUND_RESERVE.isDebitNormal()).isFalse();
    assertThat(Account.income("x").isDebitNormal()).isFalse();
  }

  @Test
  void rejectsMalformedCodes() {
    assertThatThrownBy(() -> Account.of(""))
        .isInstanceOf(TrustException.class)
        .hasMessage("account code must not be empty");
    assertThatThrownBy(() -> Account.of("expense: lifts"))
        .isInstanceOf(TrustException.class)
        .hasMessage("account code must not contain white space: \"expense: lifts\"");
    assertThatThrownBy(() -> Account.of("cash\u0000"))
        .isInstanceOf(TrustException.class)
        .hasMessage("account code must not contain control character U+0000: cash\\u0000");
  }
}
