package org.propertytrust.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.anyMoney;
import static org.propertytrust.core.fixtures.Arbitraries.qt;
import static org.propertytrust.core.fixtures.Arbitraries.weights;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationPropertiesTest {
  @Test
  void partsSumToTheWhole() {
    qt(500)
        .forAll(anyMoney(), weights())
        .checkAssert(
            (amount, weights) -> {
              List<Money> parts = Allocation.split(amount, weights);
              assertThat(parts).hasSize(weights.size());
              assertThat(Money.total(parts)).isEqualTo(amount);
            });
  }

  @Test
  void eachPartIsWithinOneMinorUnitOfItsExactShare() {
    qt(500)
        .forAll(anyMoney(), weights())
        .checkAssert(
            (amount, weights) -> {
              List<Money> parts = Allocation.split(amount, weights);
              BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal whole = new BigDecimal(amount.getAmountMinor().toBigIntegerExact());
              for (int i = 0; i < parts.size(); i++) {
                // exact share in minor units, computed independently of the implementation
                BigDecimal exact =
                    whole.multiply(weights.get(i)).divide(total, MathContext.DECIMAL128);
                BigDecimal part = new BigDecimal(parts.get(i).getAmountMinor().toBigIntegerExact());
                assertThat(part.subtract(exact).abs()).isLessThan(BigDecimal.ONE);
                if (weights.get(i).signum() == 0) {
                  assertThat(parts.get(i).isZero()).isTrue();
                }
              }
            });
  }

  @Test
  void partsHaveTheSignOfTheWhole() {
    qt(300)
        .forAll(anyMoney(), weights())
        .checkAssert(
            (amount, weights) -> {
              for (Money part : Allocation.split(amount, weights)) {
                assertThat(
                        part.isNegative() && amount.isPositive()
                            || part.isPositive() && amount.isNegative())
                    .isFalse();
              }
            });
  }

  @Test
  void splittingIsDeterministic() {
    qt(200)
        .forAll(anyMoney(), weights())
        .checkAssert(
            (amount, weights) ->
                assertThat(Allocation.split(amount, weights))
                    .isEqualTo(Allocation.split(amount, List.copyOf(weights))));
  }
}
