package org.propertytrust.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;

class PercentTest {
  @Test
  void appliesExactlyThenRoundsOnce() {
    // 10% of 481.50 = 48.15 (the worked example's February remuneration).
    assertThat(Percent.of(10).of(Money.parse("CNY 481.50"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("CNY 48.15"));
    // 2.5% of 0.99 = 0.02475 -> 0.02 HALF_UP
    assertThat(Percent.parse("2.5").of(Money.parse("CNY 0.99"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("CNY 0.02"));
    // 5% of 0.50 = 0.025 -> 0.03 HALF_UP, 0.02 HALF_DOWN
    assertThat(Percent.of(5).of(Money.parse("CNY 0.50"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("CNY 0.03"));
    assertThat(Percent.of(5).of(Money.parse("CNY 0.50"), RoundingMode.HALF_DOWN))
        .isEqualTo(Money.parse("CNY 0.02"));
  }

  @Test
  void equalByValue() {
    assertThat(Percent.parse("10")).isEqualTo(Percent.parse("10.00"));
    assertThat(Percent.parse("10")).hasSameHashCodeAs(Percent.parse("10.00"));
    assertThat(Percent.of(10).fraction()).isEqualByComparingTo("0.1");
    assertThat(Percent.parse("10")).hasToString("10");
  }

  @Test
  void rejectsOutOfRange() {
    assertThatThrownBy(() -> Percent.of(101))
        .isInstanceOf(TrustException.class)
        .hasMessage("percent must lie between 0 and 100: 101");
    assertThatThrownBy(() -> Percent.of(new BigDecimal("-1")))
        .isInstanceOf(TrustException.class)
        .hasMessage("percent must lie between 0 and 100: -1");
    assertThatThrownBy(() -> Percent.parse("-1"))
        .isInstanceOf(TrustException.class)
        .hasMessage("percent must not be negative: \"-1\"");
    assertThatThrownBy(() -> Percent.of(new BigDecimal("1.0000001")))
        .isInstanceOf(TrustException.class)
        .hasMessage("percent must have at most 6 decimals: 1.0000001");
  }
}
