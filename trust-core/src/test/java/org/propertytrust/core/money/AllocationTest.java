package org.propertytrust.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;

class AllocationTest {
  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  private static List<BigDecimal> w(String... weights) {
    return java.util.Arrays.stream(weights).map(BigDecimal::new).toList();
  }

  @Test
  void splitsByArea() {
    // three-units areas 100 / 80 / 120.50 (total 300.50), sharing 1000.00 of parking revenue:
    // exact shares 332.7787..., 266.2229..., 400.9983...; floors 332.77 + 266.22 + 400.99 =
    // 999.98, the two cents left go to the largest remainders (C .83, A .87 of a cent).
    assertThat(Allocation.split(cny("1000.00"), w("100.00", "80.00", "120.50")))
        .containsExactly(cny("332.78"), cny("266.22"), cny("401.00"));
  }

  @Test
  void tiesGoToTheEarlierPart() {
    assertThat(Allocation.split(cny("0.02"), w("1", "1", "1")))
        .containsExactly(cny("0.01"), cny("0.01"), cny("0.00"));
    assertThat(Allocation.split(cny("100.00"), w("1", "1", "1")))
        .containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
  }

  @Test
  void zeroWeightsGetNothingAndNegativeAmountsKeepTheirSign() {
    assertThat(Allocation.split(cny("10.00"), w("0", "3", "1")))
        .containsExactly(cny("0.00"), cny("7.50"), cny("2.50"));
    assertThat(Allocation.split(cny("-100.00"), w("1", "1", "1")))
        .containsExactly(cny("-33.34"), cny("-33.33"), cny("-33.33"));
    assertThat(Allocation.split(cny("0.00"), w("1", "2")))
        .containsExactly(cny("0.00"), cny("0.00"));
  }

  @Test
  void keyedSplitKeepsTheKeyOrder() {
    Map<String, BigDecimal> areas = new LinkedHashMap<>();
    areas.put("U1", new BigDecimal("90.00"));
    areas.put("U2", new BigDecimal("110.00"));
    areas.put("U3", new BigDecimal("75.50"));
    areas.put("U4", new BigDecimal("130.00"));
    Map<String, Money> parts = Allocation.split(cny("1500.00"), areas);
    assertThat(parts.keySet()).containsExactly("U1", "U2", "U3", "U4");
    // 1500 * 90 / 405.5 = 332.922..., 406.904..., 279.284..., 480.887...
    assertThat(parts.values())
        .containsExactly(cny("332.92"), cny("406.91"), cny("279.28"), cny("480.89"));
  }

  @Test
  void rejectsBadWeights() {
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), List.of()))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot split CNY 1.00 over no weights");
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), w("0", "0.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot split CNY 1.00: every weight is zero [0, 0.00]");
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), w("1", "-2")))
        .isInstanceOf(TrustException.class)
        .hasMessage("weight 1 must not be negative: -2");
  }
}
