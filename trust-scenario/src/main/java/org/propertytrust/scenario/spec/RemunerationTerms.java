package org.propertytrust.scenario.spec;

import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;

/**
 * The remuneration basis of a scenario: how the company is paid each month.
 *
 * <ul>
 *   <li>{@link RemunerationScheme#FIXED_MONTHLY}: {@link #amount()} every month.
 *   <li>{@link RemunerationScheme#PERCENT_OF_COLLECTED}: {@link #percent()} of the month's fee
 *       collections ({@code collectedCurrent + arrearsRecovered}, prepayments counting when they
 *       are applied, as DOMAIN.md §4 says), plus the month's public revenue when {@link
 *       #includePublicRevenue()} (which the owners' assembly must have approved). Every fee of the
 *       scenario counts.
 *   <li>{@link RemunerationScheme#LUMP_SUM}: no remuneration; the company's result is the fee
 *       collections less the spending, and the trust account receives only public revenue.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RemunerationTerms {
  RemunerationTerms() {}

  /**
   * Returns the scheme.
   *
   * @return the scheme
   */
  public abstract RemunerationScheme scheme();

  /**
   * Returns the monthly amount, present exactly for {@link RemunerationScheme#FIXED_MONTHLY}.
   *
   * @return the amount
   */
  public abstract Optional<Money> amount();

  /**
   * Returns the percentage, present exactly for {@link RemunerationScheme#PERCENT_OF_COLLECTED}.
   *
   * @return the percent
   */
  public abstract Optional<Percent> percent();

  /**
   * Returns whether public revenue counts in the percentage's base; false by default, and only for
   * {@link RemunerationScheme#PERCENT_OF_COLLECTED}.
   *
   * @return the flag
   */
  @Value.Default
  public boolean includePublicRevenue() {
    return false;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableRemunerationTerms.Builder builder() {
    return ImmutableRemunerationTerms.builder();
  }

  /**
   * Returns a fixed monthly remuneration.
   *
   * @param amount the amount each month; not null, not negative
   * @return the terms
   */
  public static RemunerationTerms fixedMonthly(Money amount) {
    return builder().scheme(RemunerationScheme.FIXED_MONTHLY).amount(amount).build();
  }

  /**
   * Returns a remuneration of a percentage of the fees collected.
   *
   * @param percent the percentage; not null
   * @return the terms
   */
  public static RemunerationTerms percentOfCollected(Percent percent) {
    return builder().scheme(RemunerationScheme.PERCENT_OF_COLLECTED).percent(percent).build();
  }

  /**
   * Returns the lump-sum model (包干制).
   *
   * @return the terms
   */
  public static RemunerationTerms lumpSum() {
    return builder().scheme(RemunerationScheme.LUMP_SUM).build();
  }

  /**
   * Returns the terms of a book's contract: the same fixed amount, or the same percentage, with
   * public revenue in the base when the contract lists a public source and the assembly approved
   * it. A contract's percentage applies to the fee codes it lists; a scenario's applies to every
   * fee it models.
   *
   * @param remuneration the contract's remuneration; not null
   * @return the terms
   */
  public static RemunerationTerms fromContract(Remuneration remuneration) {
    if (remuneration.basis() == RemunerationBasis.FIXED_MONTHLY) {
      return fixedMonthly(remuneration.amount().orElseThrow());
    }
    return builder()
        .scheme(RemunerationScheme.PERCENT_OF_COLLECTED)
        .percent(remuneration.percent().orElseThrow())
        .includePublicRevenue(
            !remuneration.publicSources().isEmpty()
                && remuneration.publicRevenueApprovedByAssembly())
        .build();
  }

  /**
   * Returns a short description, such as {@code "10% of collected"}, for legends and tables.
   *
   * @return the description
   */
  public String describe() {
    switch (scheme()) {
      case FIXED_MONTHLY:
        return "fixed " + Amounts.format(amount().orElseThrow()) + "/month";
      case PERCENT_OF_COLLECTED:
        return percent().orElseThrow().value().stripTrailingZeros().toPlainString()
            + "% of collected"
            + (includePublicRevenue() ? " and public revenue" : "");
      default:
        return "lump sum";
    }
  }

  @Value.Check
  void check() {
    switch (scheme()) {
      case FIXED_MONTHLY:
        TrustException.check(
            amount().isPresent() && percent().isEmpty() && !includePublicRevenue(),
            "a FIXED_MONTHLY remuneration has an amount and no percent or includePublicRevenue");
        TrustException.check(
            !amount().get().isNegative(),
            "remuneration amount must not be negative: %s",
            amount().get());
        Amounts.checkMagnitude("remuneration amount", amount().get());
        break;
      case PERCENT_OF_COLLECTED:
        TrustException.check(
            percent().isPresent() && amount().isEmpty(),
            "a PERCENT_OF_COLLECTED remuneration has a percent and no amount");
        break;
      default:
        TrustException.check(
            amount().isEmpty() && percent().isEmpty() && !includePublicRevenue(),
            "a LUMP_SUM remuneration has no amount, percent or includePublicRevenue");
        break;
    }
  }
}
