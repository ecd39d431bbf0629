package org.propertytrust.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;

/**
 * The money API on arbitrary input: {@link Amounts}, {@link Allocation}, {@link Percent} and {@link
 * Rate} accept what they document, refuse everything else with a {@link TrustException} (any other
 * exception or error is a finding), and their laws hold on what they accept: a parsed amount equals
 * the decimal it was written as and formats back to text that parses to it; the parts of a split
 * add up to the whole, each within one minor unit of its exact share; a percent of an amount is the
 * exact product rounded once; equal rates have equal hash codes.
 *
 * <p>In {@code mvn verify} this runs in regression mode on the inputs in {@code
 * MoneyFuzzTestInputs/moneyApi}. To fuzz (docs/reliability.md): {@code JAZZER_FUZZ=1
 * JAZZER_MAX_EXECUTIONS=10000000 mvn -B -ntp test -pl trust-core -Dtest=MoneyFuzzTest
 * -Djacoco.skip=true}.
 */
class MoneyFuzzTest {
  /** Every currency Joda-Money knows, in a fixed order (ISO, pseudo and zero-decimal ones). */
  private static final List<CurrencyUnit> CURRENCIES =
      CurrencyUnit.registeredCurrencies().stream()
          .sorted()
          .collect(java.util.stream.Collectors.toList());

  private static final BigInteger LIMIT = BigInteger.TEN.pow(Amounts.MAX_INTEGER_DIGITS);

  @FuzzTest(maxDuration = "5m")
  void moneyApi(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 5)) {
      case 0 -> parse(data);
      case 1 -> parseDecimal(data);
      case 2 -> split(data);
      case 3 -> percent(data);
      case 4 -> rate(data);
      default -> ratio(data);
    }
  }

  private static CurrencyUnit currency(FuzzedDataProvider data) {
    return data.pickValue(CURRENCIES);
  }

  /** An amount in minor units within the ledger's limit, often small. */
  private static Money money(FuzzedDataProvider data, CurrencyUnit currency) {
    long bound = data.consumeBoolean() ? 1_000_000L : 99_999_999_999_999L;
    return Money.ofMinor(currency, data.consumeLong(-bound, bound));
  }

  /** A decimal of any sign with a scale between -20 and 40. */
  private static BigDecimal decimal(FuzzedDataProvider data) {
    BigInteger unscaled =
        data.consumeBoolean()
            ? BigInteger.valueOf(data.consumeLong())
            : BigInteger.valueOf(data.consumeLong())
                .multiply(BigInteger.valueOf(data.consumeLong()));
    return new BigDecimal(unscaled, data.consumeInt(-20, 40));
  }

  private static void parse(FuzzedDataProvider data) {
    CurrencyUnit currency = currency(data);
    boolean signed = data.consumeBoolean();
    String text = data.consumeString(64);
    int scale = Math.max(0, currency.getDecimalPlaces());
    String problem = Amounts.lexicalProblem(text, scale, signed);
    Money parsed;
    try {
      parsed = signed ? Amounts.parseSigned(text, currency) : Amounts.parse(text, currency);
    } catch (TrustException e) {
      assertThat(problem).as("refused %s in %s: %s", text, currency, e).isNotNull();
      assertThat(e.getMessage()).contains(problem);
      return;
    }
    assertThat(problem).as("accepted %s in %s", text, currency).isNull();
    assertThat(parsed.getCurrencyUnit()).isEqualTo(currency);
    assertThat(parsed.getAmount().compareTo(new BigDecimal(text))).isZero();
    assertThat(parsed.getAmount().scale()).isEqualTo(currency.getDecimalPlaces());
    assertThat(parsed.getAmountMinor().toBigIntegerExact().abs())
        .isLessThan(LIMIT.multiply(BigInteger.TEN.pow(Math.max(0, currency.getDecimalPlaces()))));
    assertThat(Amounts.checkMagnitude("amount", parsed)).isSameAs(parsed);
    assertThat(Amounts.checkInCurrency("amount", parsed, currency)).isSameAs(parsed);
    if (!signed) {
      assertThat(parsed.isNegative()).isFalse();
    }
    String written = Amounts.format(parsed);
    assertThat(Amounts.parseSigned(written, currency)).isEqualTo(parsed);
    assertThat(Amounts.ofMinor(currency, parsed.getAmountMinorLong())).isEqualTo(parsed);
  }

  private static void parseDecimal(FuzzedDataProvider data) {
    int maxScale = data.consumeInt(0, 20);
    String text = data.consumeString(64);
    String problem = Amounts.lexicalProblem(text, maxScale, false);
    BigDecimal value;
    try {
      value = Amounts.parseDecimal(text, maxScale, "weight");
    } catch (TrustException e) {
      assertThat(problem).isNotNull();
      return;
    }
    assertThat(problem).isNull();
    assertThat(value.signum()).isNotNegative();
    assertThat(value.scale()).isBetween(0, maxScale);
    assertThat(value.compareTo(new BigDecimal(text))).isZero();
  }

  private static void split(FuzzedDataProvider data) {
    CurrencyUnit currency = currency(data);
    Money amount = money(data, currency);
    int n = data.consumeInt(0, 50);
    List<BigDecimal> weights = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      weights.add(
          data.consumeInt(0, 3) == 0
              ? decimal(data)
              : BigDecimal.valueOf(data.consumeLong(0, 10_000_000), data.consumeInt(0, 4)));
    }
    List<Money> parts;
    try {
      parts = Allocation.split(amount, weights);
    } catch (TrustException e) {
      boolean negative = weights.stream().anyMatch(w -> w.signum() < 0);
      boolean allZero = weights.stream().allMatch(w -> w.signum() == 0);
      assertThat(weights.isEmpty() || negative || allZero).as("refused: %s", e).isTrue();
      return;
    }
    assertThat(weights).isNotEmpty().allMatch(w -> w.signum() >= 0);
    assertThat(parts).hasSize(weights.size());
    assertThat(Money.total(amount.getCurrencyUnit(), parts)).isEqualTo(amount);
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal whole = amount.getAmountMinor();
    for (int i = 0; i < parts.size(); i++) {
      Money part = parts.get(i);
      assertThat(part.getCurrencyUnit()).isEqualTo(currency);
      // |part × total − whole × weight| < total: within one minor unit of the exact share
      BigDecimal gap =
          part.getAmountMinor().multiply(total).subtract(whole.multiply(weights.get(i))).abs();
      assertThat(gap).isLessThan(total);
      if (weights.get(i).signum() == 0) {
        assertThat(part.isZero()).isTrue();
      }
      assertThat(
              part.isNegative() && amount.isPositive() || part.isPositive() && amount.isNegative())
          .isFalse();
    }
  }

  private static void percent(FuzzedDataProvider data) {
    Percent percent;
    if (data.consumeBoolean()) {
      String text = data.consumeString(32);
      try {
        percent = Percent.parse(text);
      } catch (TrustException e) {
        return;
      }
      assertThat(percent.value().compareTo(new BigDecimal(text))).isZero();
    } else {
      BigDecimal value = decimal(data);
      try {
        percent = Percent.of(value);
      } catch (TrustException e) {
        assertThat(
                value.signum() < 0
                    || value.compareTo(BigDecimal.valueOf(100)) > 0
                    || value.stripTrailingZeros().scale() > Percent.MAX_SCALE)
            .as("refused %s: %s", value, e)
            .isTrue();
        return;
      }
    }
    assertThat(percent.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(Percent.parse(percent.value().stripTrailingZeros().toPlainString()))
        .isEqualTo(percent)
        .hasSameHashCodeAs(percent);
    CurrencyUnit currency = currency(data);
    Money amount = money(data, currency);
    RoundingMode rounding =
        data.pickValue(
            new RoundingMode[] {
              RoundingMode.HALF_UP,
              RoundingMode.HALF_EVEN,
              RoundingMode.DOWN,
              RoundingMode.UP,
              RoundingMode.FLOOR,
              RoundingMode.CEILING,
              RoundingMode.HALF_DOWN
            });
    Money share = percent.of(amount, rounding);
    BigDecimal exact = amount.getAmount().multiply(percent.fraction());
    assertThat(share.getCurrencyUnit()).isEqualTo(currency);
    assertThat(share.getAmount()).isEqualTo(exact.setScale(amount.getScale(), rounding));
    assertThat(share.abs().isGreaterThan(amount.abs())).isFalse();
  }

  private static void rate(FuzzedDataProvider data) {
    BigDecimal numerator = decimal(data);
    BigDecimal denominator = decimal(data);
    Rate rate;
    try {
      rate = Rate.of(numerator, denominator);
    } catch (TrustException e) {
      assertThat(denominator.signum()).isNotPositive();
      return;
    }
    assertThat(denominator.signum()).isPositive();
    BigDecimal k = BigDecimal.valueOf(data.consumeLong(1, 1_000_000), data.consumeInt(-5, 5));
    Rate scaled = Rate.of(numerator.multiply(k), denominator.multiply(k));
    assertThat(scaled).isEqualTo(rate).hasSameHashCodeAs(rate);
    assertThat(scaled.compareTo(rate)).isZero();
    Rate other = Rate.of(data.consumeLong(), Math.max(1, data.consumeLong(1, Long.MAX_VALUE)));
    assertThat(Integer.signum(rate.compareTo(other)))
        .isEqualTo(-Integer.signum(other.compareTo(rate)));
    if (rate.equals(other)) {
      assertThat(rate).hasSameHashCodeAs(other);
    }
    assertThat(rate.isWithinUnitInterval())
        .isEqualTo(rate.compareTo(Rate.ZERO) >= 0 && rate.compareTo(Rate.ONE) <= 0);
    BigDecimal shown = rate.toDecimal();
    assertThat(shown.scale()).isEqualTo(Rate.REPORTED_SCALE);
    assertThat(shown.subtract(numerator.divide(denominator, 30, RoundingMode.HALF_UP)).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.00005"));
    String text = data.consumeString(48);
    Throwable thrown = catchThrowable(() -> Rate.parse(text));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(TrustException.class);
    } else {
      assertThat(Rate.parse(text).numerator().compareTo(new BigDecimal(text))).isZero();
    }
  }

  private static void ratio(FuzzedDataProvider data) {
    CurrencyUnit currency = currency(data);
    Money part = money(data, currency);
    Money whole = data.consumeBoolean() ? money(data, currency) : money(data, currency(data));
    Optional<Rate> rate;
    try {
      rate = Rate.ratio(part, whole);
    } catch (TrustException e) {
      assertThat(!whole.getCurrencyUnit().equals(currency) || whole.isNegative())
          .as("refused %s / %s: %s", part, whole, e)
          .isTrue();
      return;
    }
    assertThat(whole.getCurrencyUnit()).isEqualTo(currency);
    assertThat(rate.isPresent()).isEqualTo(whole.isPositive());
    rate.ifPresent(
        r ->
            assertThat(r)
                .isEqualTo(Rate.of(part.getAmountMinorLong(), whole.getAmountMinorLong())));
    long a = data.consumeLong();
    long b = data.consumeLong();
    Throwable thrown = catchThrowable(() -> Rate.ratio(a, b));
    if (b < 0) {
      assertThat(thrown).isInstanceOf(TrustException.class);
    } else {
      assertThat(thrown).isNull();
      assertThat(Rate.ratio(a, b).isPresent()).isEqualTo(b > 0);
    }
  }
}
