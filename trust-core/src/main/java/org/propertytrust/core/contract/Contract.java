package org.propertytrust.core.contract;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.service.ServiceLevels;

/**
 * The trust contract of a community: trustee, supervisor, term, fees, remuneration, approval
 * thresholds, allocation policy, late fee, disclosure deadline and service levels (DOMAIN.md §4).
 *
 * <p>Fee codes are unique; the order of {@link #fees()} is the fee order used when a payment
 * settles several charges of one period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contract {
  /** The default number of days after a month's end by which it must be disclosed. */
  public static final int DEFAULT_DISCLOSURE_DAYS = 10;

  Contract() {}

  /**
   * Returns the id of the trustee party (the property-service company).
   *
   * @return the trustee's id
   */
  public abstract String trustee();

  /**
   * Returns the id of the supervisor party.
   *
   * @return the supervisor's id
   */
  public abstract String supervisor();

  /**
   * Returns the first day of the contract.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * Returns the last day of the contract, if it has one.
   *
   * @return the end date
   */
  public abstract Optional<LocalDate> end();

  /**
   * Returns the fees, in contract order.
   *
   * @return the fees
   */
  public abstract List<Fee> fees();

  /**
   * Returns the trustee's remuneration.
   *
   * @return the remuneration
   */
  public abstract Remuneration remuneration();

  /**
   * Returns the approval thresholds for spending.
   *
   * @return the thresholds
   */
  public abstract ApprovalThresholds approval();

  /**
   * Returns the order in which payments settle open charges; {@link AllocationPolicy#OLDEST_FIRST}
   * by default.
   *
   * @return the policy
   */
  @Value.Default
  public AllocationPolicy allocation() {
    return AllocationPolicy.OLDEST_FIRST;
  }

  /**
   * Returns the late-fee terms, if the contract has a late fee.
   *
   * @return the terms
   */
  public abstract Optional<LateFeeTerms> lateFee();

  /**
   * Returns the days after a month's end by which it must be disclosed; 10 by default.
   *
   * @return the days, not negative
   */
  @Value.Default
  public int disclosureDays() {
    return DEFAULT_DISCLOSURE_DAYS;
  }

  /**
   * Returns the service levels tickets are measured against; 54321 by default.
   *
   * @return the service levels
   */
  @Value.Default
  public ServiceLevels serviceLevels() {
    return ServiceLevels.DEFAULT;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableContract.Builder builder() {
    return ImmutableContract.builder();
  }

  /**
   * Returns the fee with the given code.
   *
   * @param code the fee code; not null
   * @return the fee, or empty if the contract has none of that code
   */
  public Optional<Fee> fee(String code) {
    for (Fee fee : fees()) {
      if (fee.code().equals(code)) {
        return Optional.of(fee);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the fee codes, in contract order.
   *
   * @return the codes
   */
  @Value.Lazy
  public List<String> feeCodes() {
    return fees().stream().map(Fee::code).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a fee's position in the contract's fee order: its index in {@link #fees()}, after all
   * of them for {@link Fee#LATE_FEE}, and after that for a code the contract does not have.
   *
   * @param code the fee code; not null
   * @return the position, for ordering charges within a period
   */
  public int feeOrder(String code) {
    int index = feeCodes().indexOf(code);
    if (index >= 0) {
      return index;
    }
    return code.equals(Fee.LATE_FEE) ? fees().size() : fees().size() + 1;
  }

  /**
   * Tells whether the contract is in force on a date: on or after the start and, if it has an end,
   * on or before it.
   *
   * @param date the date; not null
   * @return true if the contract covers the date
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(start()) && end().map(e -> !date.isAfter(e)).orElse(true);
  }

  /**
   * Returns every amount the contract states, for currency checks.
   *
   * @return the amounts
   */
  public List<Money> amounts() {
    ImmutableList.Builder<Money> out = ImmutableList.builder();
    remuneration().amount().ifPresent(out::add);
    out.add(approval().supervisorFrom(), approval().committeeFrom(), approval().assemblyFrom());
    lateFee().flatMap(LateFeeTerms::cap).ifPresent(out::add);
    return out.build();
  }

  @Value.Check
  void check() {
    Ids.check("contract trustee", trustee());
    Ids.check("contract supervisor", supervisor());
    end()
        .ifPresent(
            e ->
                TrustException.check(
                    !e.isBefore(start()),
                    "contract end %s must not be before its start %s",
                    e,
                    start()));
    Set<String> codes = new HashSet<>();
    for (Fee fee : fees()) {
      TrustException.check(codes.add(fee.code()), "contract lists fee %s twice", fee.code());
    }
    for (String code : remuneration().feeCodes()) {
      TrustException.check(
          codes.contains(code) || (code.equals(Fee.LATE_FEE) && lateFee().isPresent()),
          "remuneration lists fee %s, which the contract does not have",
          code);
    }
    TrustException.check(
        disclosureDays() >= 0, "disclosureDays must not be negative: %s", disclosureDays());
    CurrencyUnit currency = approval().supervisorFrom().getCurrencyUnit();
    for (Money amount : amounts()) {
      TrustException.check(
          amount.getCurrencyUnit().equals(currency),
          "contract amounts must share one currency: %s and %s",
          currency,
          amount);
    }
  }
}
