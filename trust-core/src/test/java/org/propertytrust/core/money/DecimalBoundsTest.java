package org.propertytrust.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.propertytrust.core.TrustException;

/**
 * Decimals handed in from Java as {@link BigDecimal} are bounded before any arithmetic: a scale of
 * a hundred million, either way, or a hundred thousand digits would otherwise make hashing, scaling
 * or rounding run for hours or exhaust memory. Each test runs under a timeout in a separate thread,
 * so a hang fails it instead of stalling the build.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DecimalBoundsTest {
  /** 10^100000: 100,001 digits, 332,193 bits. */
  private static final BigDecimal HUGE = new BigDecimal(BigInteger.TEN.pow(100_000));

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1E-100000000, 100000000",
    "1E+100000000, -100000000",
    "0E-100000000, 100000000",
    "0E+100000000, -100000000",
    "1E-61, 61",
    "1E+61, -61"
  })
  void hostileScalesAreRefusedEverywhere(String text, int scale) {
    BigDecimal hostile = new BigDecimal(text);
    String bounds = " has scale " + scale + "; the scale must lie between -60 and 60: " + text;
    assertThatThrownBy(() -> Rate.of(hostile, BigDecimal.ONE))
        .isInstanceOf(TrustException.class)
        .hasMessage("rate numerator" + bounds);
    assertThatThrownBy(() -> Rate.of(BigDecimal.ONE, hostile))
        .isInstanceOf(TrustException.class)
        .hasMessage("rate denominator" + bounds);
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), List.of(BigDecimal.ONE, hostile)))
        .isInstanceOf(TrustException.class)
        .hasMessage("weight 1" + bounds);
    assertThatThrownBy(() -> Percent.of(hostile))
        .isInstanceOf(TrustException.class)
        .hasMessage("percent" + bounds);
    assertThatThrownBy(() -> Amounts.of(hostile, Amounts.CNY))
        .isInstanceOf(TrustException.class)
        .hasMessage("amount in CNY" + bounds);
  }

  @Test
  void hugeNumbersAreRefusedByTheirSizeAlone() {
    // 332,193 bits x 0.30103 = 100,000.06, so "about 100001" digits (10^100000 has 100,001)
    String message = " has about 100001 significant digits; at most 60 are allowed";
    assertThatThrownBy(() -> Rate.of(HUGE, BigDecimal.ONE))
        .isInstanceOf(TrustException.class)
        .hasMessage("rate numerator" + message);
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), List.of(HUGE)))
        .isInstanceOf(TrustException.class)
        .hasMessage("weight 0" + message);
    assertThatThrownBy(() -> Rate.ratio(Money.of(Amounts.CNY, HUGE), cny("1.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("rate numerator has about 100003 significant digits; at most 60 are allowed");
    BigDecimal digits61 = new BigDecimal("1".repeat(61));
    assertThatThrownBy(() -> Rate.of(BigDecimal.ONE, digits61))
        .isInstanceOf(TrustException.class)
        .hasMessage("rate denominator has 61 significant digits; at most 60 are allowed");
  }

  @Test
  void theBoundsThemselvesAreAccepted() {
    BigDecimal tiny = new BigDecimal("1E-60");
    BigDecimal large = new BigDecimal("1E+60");
    BigDecimal digits60 = new BigDecimal("9".repeat(60));
    assertThat(Amounts.checkDecimal("x", tiny)).isSameAs(tiny);
    assertThat(Amounts.checkDecimal("x", large)).isSameAs(large);
    assertThat(Amounts.checkDecimal("x", digits60)).isSameAs(digits60);
    // 10^-60 / 10^60 = 10^-120 = (2 x 10^-60) / (2 x 10^60), exactly, with equal hash codes
    Rate a = Rate.of(tiny, large);
    Rate b = Rate.of(new BigDecimal("2E-60"), new BigDecimal("2E+60"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toDecimal()).isEqualByComparingTo("0");
    assertThat(a.compareTo(Rate.ZERO)).isPositive();
    // the weight 10^-60 is nothing next to 10^60: all of 1.00 goes to the second part
    assertThat(Allocation.split(cny("1.00"), List.of(tiny, large)))
        .containsExactly(cny("0.00"), cny("1.00"));
    assertThat(Allocation.split(cny("1.00"), List.of(digits60, digits60)))
        .containsExactly(cny("0.50"), cny("0.50"));
  }

  @Test
  void anAmountTooLargeForTheLedgerIsNotSplit() {
    Money large = Money.of(Amounts.CNY, new BigDecimal("1000000000000000"));
    assertThatThrownBy(() -> Allocation.split(large, List.of(BigDecimal.ONE)))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "the amount to split must be below 10^15 in magnitude: CNY 1000000000000000.00");
  }
}
