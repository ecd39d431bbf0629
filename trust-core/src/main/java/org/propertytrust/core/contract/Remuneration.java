package org.propertytrust.core.contract;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Percent;

/**
 * The trustee's remuneration (酬金): a fixed monthly amount, or a percentage of what owners actually
 * paid.
 *
 * <p>For {@link RemunerationBasis#PERCENT_OF_COLLECTED} the base is the collections on the listed
 * {@link #fees() fee codes}; a listed {@code public:<source>} adds the public revenue of that
 * source, which counts only when {@link #publicRevenueApprovedByAssembly()} records the owners'
 * assembly's approval (DOMAIN.md §4).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Remuneration {
  /** The prefix of a public-revenue source in {@link #fees()}: {@code public:parking}. */
  public static final String PUBLIC_PREFIX = "public:";

  Remuneration() {}

  /**
   * Returns how the remuneration is computed.
   *
   * @return the basis
   */
  public abstract RemunerationBasis basis();

  /**
   * Returns the monthly amount, present exactly for {@link RemunerationBasis#FIXED_MONTHLY}.
   *
   * @return the amount
   */
  public abstract Optional<Money> amount();

  /**
   * Returns the percentage, present exactly for {@link RemunerationBasis#PERCENT_OF_COLLECTED}.
   *
   * @return the percent
   */
  public abstract Optional<Percent> percent();

  /**
   * Returns the fee codes (and {@code public:<source>} entries) the percentage applies to; empty
   * for a fixed remuneration.
   *
   * @return the codes
   */
  public abstract List<String> fees();

  /**
   * Returns whether the owners' assembly approved remuneration on public revenue; false by default.
   *
   * @return the approval flag
   */
  @Value.Default
  public boolean publicRevenueApprovedByAssembly() {
    return false;
  }

  /**
   * Returns a fixed monthly remuneration.
   *
   * @param amount the monthly amount; not null, not negative
   * @return the remuneration
   */
  public static Remuneration fixedMonthly(Money amount) {
    return builder().basis(RemunerationBasis.FIXED_MONTHLY).amount(amount).build();
  }

  /**
   * Returns a remuneration of a percentage of the collections on the given fees.
   *
   * @param percent the percentage; not null
   * @param fees the fee codes, and {@code public:<source>} entries; not null, not empty
   * @return the remuneration
   */
  public static Remuneration percentOfCollected(Percent percent, String... fees) {
    return builder()
        .basis(RemunerationBasis.PERCENT_OF_COLLECTED)
        .percent(percent)
        .addFees(fees)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableRemuneration.Builder builder() {
    return ImmutableRemuneration.builder();
  }

  /**
   * Returns the public-revenue sources listed in {@link #fees()} ({@code parking} for {@code
   * public:parking}).
   *
   * @return the sources, in the order listed
   */
  public List<String> publicSources() {
    return fees().stream()
        .filter(code -> code.startsWith(PUBLIC_PREFIX))
        .map(code -> code.substring(PUBLIC_PREFIX.length()))
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  /**
   * Returns the fee codes listed in {@link #fees()} that are not public-revenue sources.
   *
   * @return the fee codes, in the order listed
   */
  public List<String> feeCodes() {
    return fees().stream()
        .filter(code -> !code.startsWith(PUBLIC_PREFIX))
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    if (basis() == RemunerationBasis.FIXED_MONTHLY) {
      TrustException.check(
          amount().isPresent(), "a FIXED_MONTHLY remuneration must have an amount");
      TrustException.check(
          percent().isEmpty() && fees().isEmpty(),
          "a FIXED_MONTHLY remuneration has no percent or fees");
      TrustException.check(
          !amount().get().isNegative(),
          "remuneration amount must not be negative: %s",
          amount().get());
    } else {
      TrustException.check(
          percent().isPresent(), "a PERCENT_OF_COLLECTED remuneration must have a percent");
      TrustException.check(amount().isEmpty(), "a PERCENT_OF_COLLECTED remuneration has no amount");
      TrustException.check(
          !fees().isEmpty(),
          "a PERCENT_OF_COLLECTED remuneration must list the fees it applies to");
    }
    for (String code : fees()) {
      Ids.check("remuneration fee code", code);
      TrustException.check(
          !code.equals(PUBLIC_PREFIX) && !code.startsWith(PUBLIC_PREFIX + PUBLIC_PREFIX),
          "remuneration fee %s must name a public revenue source after public:",
          code);
    }
    TrustException.check(
        fees().size() == new java.util.HashSet<>(fees()).size(),
        "remuneration fees must not repeat a code: %s",
        fees());
  }
}
