package org.propertytrust.core.ledger;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;

/**
 * One line of a ledger entry: an account, a side, a positive amount, and the dimensions the account
 * needs: {@code receivable} lines carry the unit, the period (month charged) and the fee; {@code
 * prepaid} and {@code deposit} lines carry the unit.
 *
 * <p>A line always has exactly one side and a positive amount: a negative or zero amount cannot be
 * built. A missing dimension can (it is a rule violation, {@code ledger.missing-dimension}, not a
 * construction error), so that a faulty book can be represented and reported whole.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Line {
  Line() {}

  /**
   * Returns the account.
   *
   * @return the account
   */
  public abstract Account account();

  /**
   * Returns the side.
   *
   * @return debit or credit
   */
  public abstract Side side();

  /**
   * Returns the amount, positive.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Returns the unit the line concerns, if any.
   *
   * @return the unit id
   */
  public abstract Optional<String> unit();

  /**
   * Returns the month charged, for receivable lines.
   *
   * @return the period
   */
  public abstract Optional<YearMonth> period();

  /**
   * Returns the fee code, for receivable lines.
   *
   * @return the fee code
   */
  public abstract Optional<String> fee();

  /**
   * Returns the unit, or null: {@link #unit()} for loops over millions of lines, without an {@code
   * Optional} per call.
   *
   * @return the unit id, or null
   */
  @Value.Derived
  @Value.Auxiliary
  public @Nullable String unitOrNull() {
    return unit().orElse(null);
  }

  /**
   * Returns the period, or null: {@link #period()} without an {@code Optional} per call.
   *
   * @return the month charged, or null
   */
  @Value.Derived
  @Value.Auxiliary
  public @Nullable YearMonth periodOrNull() {
    return period().orElse(null);
  }

  /**
   * Returns the fee code, or null: {@link #fee()} without an {@code Optional} per call.
   *
   * @return the fee code, or null
   */
  @Value.Derived
  @Value.Auxiliary
  public @Nullable String feeOrNull() {
    return fee().orElse(null);
  }

  /**
   * Returns the amount in minor units (cents for CNY), positive.
   *
   * @return the amount in minor units
   */
  @Value.Derived
  @Value.Auxiliary
  public long amountMinor() {
    return amount().getAmountMinorLong();
  }

  /**
   * Returns the amount in minor units, positive for a debit and negative for a credit.
   *
   * @return the signed amount in minor units
   */
  public long signedMinor() {
    return side() == Side.DEBIT ? amountMinor() : -amountMinor();
  }

  /**
   * Tells whether this is a debit.
   *
   * @return true for a debit
   */
  public boolean isDebit() {
    return side() == Side.DEBIT;
  }

  /**
   * Returns a debit line without dimensions.
   *
   * @param account the account; not null
   * @param amount the amount; not null, positive
   * @return the line
   */
  public static Line debit(Account account, Money amount) {
    return builder().account(account).side(Side.DEBIT).amount(amount).build();
  }

  /**
   * Returns a credit line without dimensions.
   *
   * @param account the account; not null
   * @param amount the amount; not null, positive
   * @return the line
   */
  public static Line credit(Account account, Money amount) {
    return builder().account(account).side(Side.CREDIT).amount(amount).build();
  }

  /**
   * Returns a receivable line for a unit, period and fee.
   *
   * @param side the side; not null
   * @param amount the amount; not null, positive
   * @param unit the unit id; not null
   * @param period the month charged; not null
   * @param fee the fee code; not null
   * @return the line
   */
  public static Line receivable(
      Side side, Money amount, String unit, YearMonth period, String fee) {
    return builder()
        .account(Account.RECEIVABLE)
        .side(side)
        .amount(amount)
        .unit(unit)
        .period(period)
        .fee(fee)
        .build();
  }

  /**
   * Returns a line on a per-unit account ({@code prepaid} or {@code deposit}).
   *
   * @param account the account; not null
   * @param side the side; not null
   * @param amount the amount; not null, positive
   * @param unit the unit id; not null
   * @return the line
   */
  public static Line forUnit(Account account, Side side, Money amount, String unit) {
    return builder().account(account).side(side).amount(amount).unit(unit).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableLine.Builder builder() {
    return ImmutableLine.builder();
  }

  /**
   * Returns the mirror of this line: the same account, amount and dimensions on the other side.
   *
   * @return the mirrored line
   */
  public Line mirror() {
    return ImmutableLine.copyOf(this).withSide(side().opposite());
  }

  @Value.Check
  void check() {
    TrustException.check(
        amount().isPositive(), "%s line amount must be positive: %s", account(), amount());
    // messages are built only for a line that fails: lines are built by the million
    if (!Amounts.isWithinMagnitude(amount())) {
      Amounts.checkMagnitude(account() + " line amount", amount());
    }
    if (unit().isPresent() && !Ids.isValid(unit().get())) {
      Ids.check(account() + " line unit", unit().get());
    }
    if (fee().isPresent() && !Ids.isValid(fee().get())) {
      Ids.check(account() + " line fee", fee().get());
    }
  }
}
