package org.propertytrust.core.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.party.Unit;

/**
 * A fee of the contract: its code (the {@code income:<code>} account and the {@code fee} dimension
 * of receivables), its basis, its rate and the day of the month it falls due.
 *
 * <p>The code {@value #LATE_FEE} is reserved for late fees and cannot name a contract fee.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Fee {
  /** The fee code of late fees, which are not contract fees. */
  public static final String LATE_FEE = "late-fee";

  /** The most decimal places a rate may have. */
  public static final int RATE_SCALE = 6;

  Fee() {}

  /**
   * Returns the fee code ({@code "property"}, {@code "cleaning"}).
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns how the charge is computed from the rate.
   *
   * @return the basis
   */
  public abstract FeeBasis basis();

  /**
   * Returns the rate: per square metre for {@link FeeBasis#PER_M2_MONTH}, per unit for {@link
   * FeeBasis#PER_UNIT_MONTH}, per month.
   *
   * @return the rate, not negative
   */
  public abstract BigDecimal rate();

  /**
   * Returns the day of the month the charge falls due, 1 to 31 (clamped to the month's last day).
   *
   * @return the due day
   */
  public abstract int dueDay();

  /**
   * Returns a fee.
   *
   * @param code the code; not null
   * @param basis the basis; not null
   * @param rate the rate, such as {@code "1.50"}; not null
   * @param dueDay the due day, 1 to 31
   * @return the fee
   */
  public static Fee of(String code, FeeBasis basis, String rate, int dueDay) {
    return builder()
        .code(code)
        .basis(basis)
        .rate(Amounts.parseDecimal(rate, RATE_SCALE, "fee rate"))
        .dueDay(dueDay)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableFee.Builder builder() {
    return ImmutableFee.builder();
  }

  /**
   * Returns the monthly charge of this fee for a unit: {@code rate × area} rounded HALF_UP to the
   * currency's minor unit for {@link FeeBasis#PER_M2_MONTH}, the rate (rounded likewise) for {@link
   * FeeBasis#PER_UNIT_MONTH}.
   *
   * @param unit the unit; not null
   * @param currency the community's currency; not null
   * @return the charge, not negative
   */
  public Money chargeFor(Unit unit, CurrencyUnit currency) {
    BigDecimal exact = basis() == FeeBasis.PER_M2_MONTH ? rate().multiply(unit.areaM2()) : rate();
    return Money.of(currency, exact, RoundingMode.HALF_UP);
  }

  /**
   * Returns the date this fee's charge for a month falls due: the due day, or the month's last day
   * when the month is shorter.
   *
   * @param period the month charged; not null
   * @return the due date
   */
  public LocalDate dueDate(YearMonth period) {
    return period.atDay(Math.min(dueDay(), period.lengthOfMonth()));
  }

  @Value.Check
  void check() {
    Ids.check("fee code", code());
    TrustException.check(
        !code().equals(LATE_FEE), "fee code %s is reserved for late fees", LATE_FEE);
    TrustException.check(
        !code().startsWith("public:"), "fee code must not start with public: %s", code());
    Amounts.checkDecimal("fee " + code() + " rate", rate());
    TrustException.check(
        rate().signum() >= 0, "fee %s rate must not be negative: %s", code(), rate());
    TrustException.check(
        rate().stripTrailingZeros().scale() <= RATE_SCALE,
        "fee %s rate must have at most %s decimals: %s",
        code(),
        RATE_SCALE,
        rate().toPlainString());
    TrustException.check(
        rate().compareTo(BigDecimal.TEN.pow(9)) < 0,
        "fee %s rate is implausibly large: %s",
        code(),
        rate().toPlainString());
    TrustException.check(
        dueDay() >= 1 && dueDay() <= 31,
        "fee %s dueDay must be between 1 and 31: %s",
        code(),
        dueDay());
  }
}
