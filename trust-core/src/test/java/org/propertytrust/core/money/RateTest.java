package org.propertytrust.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;

class RateTest {
  @Test
  void reportsFourPlacesHalfUp() {
    // The worked example: 270.00 / 450.75 = 0.59900166... and 300.75 / 450.75 = 0.66722129...
    assertThat(Rate.ratio(Money.parse("CNY 270.00"), Money.parse("CNY 450.75")).get())
        .hasToString("0.5990");
    assertThat(Rate.ratio(Money.parse("CNY 300.75"), Money.parse("CNY 450.75")).get().toDecimal())
        .isEqualByComparingTo("0.6672");
    assertThat(Rate.of(2, 3).toDecimal()).isEqualByComparingTo("0.6667");
    assertThat(Rate.of(1, 8).toDecimal()).isEqualByComparingTo("0.1250");
    assertThat(Rate.of(1, 20000).toDecimal()).isEqualByComparingTo("0.0001");
    assertThat(Rate.of(1, 20001).toDecimal()).isEqualByComparingTo("0.0000");
  }

  @Test
  void isExactAndEqualByValue() {
    assertThat(Rate.of(1, 3)).isEqualTo(Rate.of(2, 6));
    assertThat(Rate.of(1, 3)).hasSameHashCodeAs(Rate.of(2, 6));
    assertThat(Rate.of(new BigDecimal("0.5"), BigDecimal.ONE)).isEqualTo(Rate.of(1, 2));
    assertThat(Rate.of(new BigDecimal("0.5"), BigDecimal.ONE)).hasSameHashCodeAs(Rate.of(1, 2));
    assertThat(Rate.of(1, 3)).isNotEqualTo(Rate.parse("0.3333"));
    assertThat(Rate.of(1, 3).compareTo(Rate.parse("0.3333"))).isPositive();
    assertThat(Rate.of(2, 3).toDecimal(10)).isEqualByComparingTo("0.6666666667");
  }

  @Test
  void isAbsentWhenTheDenominatorIsZero() {
    assertThat(Rate.ratio(Money.parse("CNY 0.00"), Money.parse("CNY 0.00"))).isEmpty();
    assertThat(Rate.ratio(0, 0)).isEmpty();
    assertThat(Rate.ratio(3, 3)).contains(Rate.ONE);
  }

  @Test
  void tellsWhetherItLiesInTheUnitInterval() {
    assertThat(Rate.ZERO.isWithinUnitInterval()).isTrue();
    assertThat(Rate.ONE.isWithinUnitInterval()).isTrue();
    assertThat(Rate.of(3, 2).isWithinUnitInterval()).isFalse();
    assertThat(Rate.of(-1, 2).isWithinUnitInterval()).isFalse();
  }

  @Test
  void rejectsBadDenominators() {
    assertThatThrownBy(() -> Rate.of(1, 0))
        .isInstanceOf(TrustException.class)
        .hasMessage("rate denominator must be positive: 0");
    assertThatThrownBy(() -> Rate.ratio(Money.parse("CNY 1"), Money.parse("CNY -1")))
        .isInstanceOf(TrustException.class)
        .hasMessage("rate denominator must not be negative: CNY -1.00");
    assertThatThrownBy(() -> Rate.ratio(Money.parse("CNY 1"), Money.parse("USD 1")))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot divide CNY 1.00 by USD 1.00: currencies differ");
  }
}
