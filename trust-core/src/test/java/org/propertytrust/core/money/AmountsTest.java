package org.propertytrust.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.propertytrust.core.TrustException;

class AmountsTest {
  @Test
  void parsesToTheCurrencyScale() {
    assertThat(Amounts.parse("120.50", Amounts.CNY)).isEqualTo(Money.parse("CNY 120.50"));
    assertThat(Amounts.parse("1.5", Amounts.CNY).getAmount()).hasToString("1.50");
    assertThat(Amounts.parse("7", Amounts.CNY).getAmount()).hasToString("7.00");
    assertThat(Amounts.parse("007", Amounts.CNY).getAmount()).hasToString("7.00");
    assertThat(Amounts.parse("1500", CurrencyUnit.JPY).getAmount()).hasToString("1500");
  }

  @Test
  void signedAmountsMayBeNegative() {
    assertThat(Amounts.parseSigned("-800.00", Amounts.CNY)).isEqualTo(Money.parse("CNY -800.00"));
    assertThatThrownBy(() -> Amounts.parse("-800.00", Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage("amount must not be negative: \"-800.00\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "120.505|amount has 3 decimals; at most 2 are allowed: \"120.505\"",
        "1e3|amount has 'e' at position 2; expected only digits and one point (no exponent, sign or spaces): \"1e3\"",
        "+1|amount must start with a digit (a decimal string such as \"120.50\"): \"+1\"",
        ".5|amount must start with a digit (a decimal string such as \"120.50\"): \".5\"",
        "5.|amount must have digits after the point: \"5.\"",
        "1.2.3|amount has '.' at position 4; expected only digits and one point (no exponent, sign or spaces): \"1.2.3\"",
        "1 000|amount has ' ' at position 2; expected only digits and one point (no exponent, sign or spaces): \"1 000\"",
        "NaN|amount must start with a digit (a decimal string such as \"120.50\"): \"NaN\"",
        "1000000000000000|amount has 16 digits before the point; at most 15: \"1000000000000000\""
      })
  void rejectsWhatIsNotADecimalStringWithAClearMessage(String text, String message) {
    assertThatThrownBy(() -> Amounts.parse(text, Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsEmptyText() {
    assertThatThrownBy(() -> Amounts.parse("", Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage("amount must not be empty: \"\"");
  }

  @Test
  void hugeInputsAreRejectedByLengthBeforeAnyNumberIsBuilt() {
    String million = "9".repeat(1_000_000);
    assertThatThrownBy(() -> Amounts.parse(million, Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith("amount is 1000000 characters long; at most 40 are allowed: \"999");
    assertThat(Amounts.lexicalProblem("1e1000000", 2, false)).contains("'e' at position 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "999999999999999.99", "12.3"})
  void acceptsTheLimits(String text) {
    assertThat(Amounts.lexicalProblem(text, 2, false)).isNull();
  }

  @Test
  void formatsWithTheCurrencyScale() {
    assertThat(Amounts.format(Money.parse("CNY 1.5"))).isEqualTo("1.50");
    assertThat(Amounts.format(Money.parse("CNY -800"))).isEqualTo("-800.00");
    assertThat(Amounts.format(Money.ofMinor(CurrencyUnit.JPY, 1500))).isEqualTo("1500");
  }

  @Test
  void ofBuildsMoneyFromADecimalAtTheCurrencyScale() {
    assertThat(Amounts.of(new BigDecimal("1.5"), Amounts.CNY)).isEqualTo(Money.parse("CNY 1.50"));
    // trailing zeros beyond the currency's scale are no decimals (Money.of refuses 1.500)
    assertThat(Amounts.of(new BigDecimal("1.500"), Amounts.CNY).getAmount()).hasToString("1.50");
    assertThat(Amounts.of(new BigDecimal("1.2E+3"), Amounts.CNY).getAmount())
        .hasToString("1200.00");
    assertThat(Amounts.of(new BigDecimal("-800"), Amounts.CNY))
        .isEqualTo(Money.parse("CNY -800.00"));
    assertThat(Amounts.of(new BigDecimal("1500"), CurrencyUnit.JPY).getAmount())
        .hasToString("1500");
    assertThat(Amounts.of(new BigDecimal("999999999999999.99"), Amounts.CNY).getAmount())
        .hasToString("999999999999999.99");
  }

  @Test
  void ofRefusesTooManyDecimalsWithATrustExceptionNamingValueAndCurrency() {
    // Joda-Money itself throws an ArithmeticException, not the library's exception
    assertThatThrownBy(() -> Money.of(Amounts.CNY, 1.005)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Amounts.of(new BigDecimal("1.005"), Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage("amount 1.005 has 3 decimals; CNY allows at most 2");
    assertThatThrownBy(() -> Amounts.of(new BigDecimal("1.5"), CurrencyUnit.JPY))
        .isInstanceOf(TrustException.class)
        .hasMessage("amount 1.5 has 1 decimals; JPY allows at most 0");
    assertThatThrownBy(() -> Amounts.of(new BigDecimal("-0.001"), Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage("amount -0.001 has 3 decimals; CNY allows at most 2");
    assertThatThrownBy(() -> Amounts.of(new BigDecimal("1E+15"), Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage("amount 1000000000000000 in CNY must be below 10^15 in magnitude");
  }

  @Test
  void checksCurrencyAndMagnitude() {
    assertThatThrownBy(() -> Amounts.checkInCurrency("fee", Money.parse("USD 1.00"), Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage("fee must be in CNY, not USD: USD 1.00");
    assertThatThrownBy(() -> Amounts.checkMagnitude("fee", Money.parse("CNY 1000000000000000.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("fee must be below 10^15 in magnitude: CNY 1000000000000000.00");
  }
}
