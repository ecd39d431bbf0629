package org.propertytrust.scenario.spec;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.party.Unit;

/**
 * A collection-rate scenario of one community: who is billed what (cohorts and the fee schedule),
 * how they pay (the roll-rate matrix and prepayment), what else flows through the trust account
 * (public revenue, budgeted spending) and how the company is paid (the remuneration basis), month
 * by month from {@link #start()} for {@link #months()} months.
 *
 * <p>The model, in one paragraph: every month every unit is billed its monthly bill. A unit paid in
 * advance has the bill taken from its prepayment. Every other unit, in arrears state {@code k},
 * moves to a state {@code j} with the probability of its cohort's roll-rate matrix, paying the
 * bills that move means ({@link ArrearsTransition}). A unit that ends the month current with no
 * month in advance left may then pay months in advance ({@link Prepayment}). Public revenue arrives
 * and budgeted spending and remuneration are paid each month. Units, bills, rates and amounts do
 * not change over time.
 *
 * <p>Structure is checked on construction: a valid name, 1 to {@value #MAX_MONTHS} months, at least
 * one cohort with unique ids, every amount in the scenario's currency, a fee schedule when a cohort
 * is billed by area, every matrix over the same states, initial counts over those states, unique
 * variant names, an allocation order ({@code EXPLICIT} has none), and amounts small enough for
 * every figure to be exact ({@link #amountReach()} below {@link #MAX_EXACT_MINOR}). Problems are
 * reported together, each naming the value.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScenarioSpec {
  /** The most months a scenario may span. */
  public static final int MAX_MONTHS = 1200;

  /** The most cohorts a scenario may have. */
  public static final int MAX_COHORTS = 10_000;

  /**
   * The bound on a scenario's amounts, in minor units: 2<sup>53</sup>, below which a {@code double}
   * carries every whole number exactly. See {@link #amountReach()}.
   */
  public static final long MAX_EXACT_MINOR = 1L << 53;

  ScenarioSpec() {}

  /**
   * Returns the scenario's name: the community, or what the scenario asks.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the currency of every amount; {@code CNY} by default.
   *
   * @return the currency
   */
  @Value.Default
  public CurrencyUnit currency() {
    return Amounts.CNY;
  }

  /**
   * Returns the first month projected.
   *
   * @return the month
   */
  public abstract YearMonth start();

  /**
   * Returns how many months are projected.
   *
   * @return the months, 1 to {@value #MAX_MONTHS}
   */
  public abstract int months();

  /**
   * Returns the order in which payments settle open bills; {@link AllocationPolicy#OLDEST_FIRST} by
   * default. It decides how a payment splits between the month's bill and arrears.
   *
   * @return the policy
   */
  @Value.Default
  public AllocationPolicy allocation() {
    return AllocationPolicy.OLDEST_FIRST;
  }

  /**
   * Returns the fee schedule that bills cohorts given by area, in contract order.
   *
   * @return the fees
   */
  public abstract List<Fee> fees();

  /**
   * Returns the roll-rate matrix of every cohort that has none of its own.
   *
   * @return the matrix
   */
  public abstract RollRates rollRates();

  /**
   * Returns the cohorts.
   *
   * @return the cohorts, in the order given
   */
  public abstract List<Cohort> cohorts();

  /**
   * Returns the prepayment propensity; none when absent.
   *
   * @return the prepayment
   */
  public abstract Optional<Prepayment> prepayment();

  /**
   * Returns the public revenue sources, each an amount per month.
   *
   * @return the sources
   */
  public abstract List<MonthlyAmount> publicRevenue();

  /**
   * Returns the budgeted spending, each line an amount per month.
   *
   * @return the budget lines
   */
  public abstract List<MonthlyAmount> spending();

  /**
   * Returns the trust account's cash before the first month; zero by default.
   *
   * @return the opening cash, of either sign
   */
  @Value.Default
  public Money openingCash() {
    return Money.zero(currency());
  }

  /**
   * Returns how the company is paid.
   *
   * @return the remuneration basis
   */
  public abstract RemunerationTerms remuneration();

  /**
   * Returns the named variants to compare with this scenario.
   *
   * @return the variants
   */
  public abstract List<Variant> variants();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableScenarioSpec.Builder builder() {
    return ImmutableScenarioSpec.builder();
  }

  /**
   * Returns the cap {@code K} of the arrears states.
   *
   * @return the cap
   */
  public int maxState() {
    return rollRates().maxState();
  }

  /**
   * Returns how many prepaid states the projection tracks: the most months a unit can have paid in
   * advance, from the prepayment propensity or the initial counts.
   *
   * @return the months, 0 when nobody prepays
   */
  @Value.Lazy
  public int prepaidStates() {
    int h = prepayment().filter(p -> p.probability() > 0).map(Prepayment::months).orElse(0);
    for (Cohort cohort : cohorts()) {
      h = Math.max(h, cohort.initialPrepaid().size());
    }
    return h;
  }

  /**
   * Returns the month with the given index.
   *
   * @param index the index, 1 for {@link #start()}
   * @return the month
   */
  public YearMonth month(int index) {
    return start().plusMonths(index - 1L);
  }

  /**
   * Returns the monthly bill of each unit of a cohort: its given bill, or the sum over the fee
   * schedule of the fee's charge for a unit of its area ({@code rate × area} rounded HALF_UP for
   * {@code PER_M2_MONTH}, the rate for {@code PER_UNIT_MONTH}), exactly as a book bills it.
   *
   * @param cohort the cohort; not null
   * @return the bill
   */
  public Money monthlyBill(Cohort cohort) {
    if (cohort.monthlyBill().isPresent()) {
      return cohort.monthlyBill().get();
    }
    Unit unit = cohort.unitForBilling().orElseThrow();
    Money bill = Money.zero(currency());
    for (Fee fee : fees()) {
      bill = bill.plus(fee.chargeFor(unit, currency()));
    }
    return bill;
  }

  /**
   * Returns the roll-rate matrix a cohort follows: its own, or the scenario's.
   *
   * @param cohort the cohort; not null
   * @return the matrix
   */
  public RollRates rollRates(Cohort cohort) {
    return cohort.rollRates().orElse(rollRates());
  }

  /**
   * Returns the public revenue of each month, all sources together.
   *
   * @return the amount
   */
  public Money publicRevenueMonthly() {
    return total(publicRevenue());
  }

  /**
   * Returns the budgeted spending of each month, all lines together.
   *
   * @return the amount
   */
  public Money spendingMonthly() {
    return total(spending());
  }

  /**
   * Returns the number of units of every cohort.
   *
   * @return the units
   */
  public long totalUnits() {
    long total = 0;
    for (Cohort cohort : cohorts()) {
      total += cohort.units();
    }
    return total;
  }

  /**
   * Returns a bound, in minor units, on every amount a projection or simulation of this scenario or
   * of any of its variants carries (flows summed over the months, balances, cash): {@code
   * |openingCash| + 2 × ((months + K + H) × Σ units × monthlyBill + months × (publicRevenue +
   * spending + fixed remuneration))}, with {@code H} the most months paid in advance. A scenario is
   * refused on construction when this reaches {@link #MAX_EXACT_MINOR}, so that its figures are
   * exact in whole minor units.
   *
   * @return the bound
   */
  public BigDecimal amountReach() {
    int scale = currency().getDecimalPlaces();
    BigDecimal perMonth = BigDecimal.ZERO;
    for (Cohort cohort : cohorts()) {
      perMonth = perMonth.add(cohortMonth(cohort, scale));
    }
    int prepaid = prepaidStates();
    Money fixed = remuneration().amount().orElse(Money.zero(currency()));
    for (Variant variant : variants()) {
      Optional<Prepayment> p = variant.prepayment().filter(v -> v.probability() > 0);
      if (p.isPresent()) {
        prepaid = Math.max(prepaid, p.get().months());
      }
      Optional<Money> amount = variant.remuneration().flatMap(RemunerationTerms::amount);
      if (amount.isPresent() && amount.get().isGreaterThan(fixed)) {
        fixed = amount.get();
      }
    }
    BigDecimal recurring =
        publicRevenueMonthly()
            .plus(spendingMonthly())
            .plus(fixed)
            .getAmount()
            .movePointRight(scale);
    BigDecimal flows =
        perMonth
            .multiply(BigDecimal.valueOf((long) months() + maxState() + prepaid))
            .add(recurring.multiply(BigDecimal.valueOf(months())));
    return openingCash()
        .getAmount()
        .abs()
        .movePointRight(scale)
        .add(flows.multiply(BigDecimal.valueOf(2)));
  }

  private BigDecimal cohortMonth(Cohort cohort, int scale) {
    return monthlyBill(cohort)
        .getAmount()
        .movePointRight(scale)
        .multiply(BigDecimal.valueOf(cohort.units()));
  }

  /**
   * Returns this scenario and each of its variants as scenarios of their own, this one first, every
   * one without variants and named as the variant is.
   *
   * @return the scenarios to compare
   */
  public List<ScenarioSpec> expand() {
    ImmutableList.Builder<ScenarioSpec> out = ImmutableList.builder();
    ImmutableScenarioSpec base = ImmutableScenarioSpec.copyOf(this).withVariants();
    out.add(base);
    for (Variant variant : variants()) {
      ImmutableScenarioSpec spec = base.withName(variant.name());
      if (variant.remuneration().isPresent()) {
        spec = spec.withRemuneration(variant.remuneration().get());
      }
      if (variant.rollRates().isPresent()) {
        spec = spec.withRollRates(variant.rollRates().get());
      }
      if (variant.prepayment().isPresent()) {
        spec = spec.withPrepayment(variant.prepayment().get());
      }
      out.add(spec);
    }
    return out.build();
  }

  private Money total(List<MonthlyAmount> amounts) {
    Money total = Money.zero(currency());
    for (MonthlyAmount amount : amounts) {
      total = total.plus(amount.monthly());
    }
    return total;
  }

  @Value.Check
  void check() {
    Ids.check("scenario name", name());
    List<String> problems = new ArrayList<>();
    if (months() < 1 || months() > MAX_MONTHS) {
      problems.add(
          "scenario " + name() + " months must be between 1 and " + MAX_MONTHS + ": " + months());
    }
    if (allocation() == AllocationPolicy.EXPLICIT) {
      problems.add(
          "scenario "
              + name()
              + " allocation must be OLDEST_FIRST or SAME_PERIOD_FIRST, not EXPLICIT");
    }
    if (cohorts().isEmpty() || cohorts().size() > MAX_COHORTS) {
      problems.add(
          "scenario "
              + name()
              + " must have 1 to "
              + MAX_COHORTS
              + " cohorts, not "
              + cohorts().size());
    }
    Set<String> feeCodes = new HashSet<>();
    for (Fee fee : fees()) {
      if (!feeCodes.add(fee.code())) {
        problems.add("scenario " + name() + " lists fee " + fee.code() + " twice");
      }
    }
    CurrencyUnit currency = currency();
    sameCurrency(problems, "openingCash", openingCash());
    remuneration().amount().ifPresent(a -> sameCurrency(problems, "remuneration amount", a));
    for (MonthlyAmount amount : publicRevenue()) {
      sameCurrency(problems, "publicRevenue " + amount.name(), amount.monthly());
    }
    for (MonthlyAmount amount : spending()) {
      sameCurrency(problems, "spending " + amount.name(), amount.monthly());
    }
    unique(problems, "publicRevenue source", publicRevenue());
    unique(problems, "spending line", spending());
    int states = rollRates().states();
    Set<String> ids = new HashSet<>();
    for (Cohort cohort : cohorts()) {
      String what = "cohort " + cohort.id();
      if (!ids.add(cohort.id())) {
        problems.add(what + " appears twice");
      }
      cohort.monthlyBill().ifPresent(b -> sameCurrency(problems, what + " monthlyBill", b));
      if (cohort.areaM2().isPresent() && fees().isEmpty()) {
        problems.add(what + " is billed by area, but the scenario has no fees");
      }
      cohort
          .rollRates()
          .ifPresent(
              r -> {
                if (r.states() != states) {
                  problems.add(
                      what
                          + " rollRates has "
                          + r.states()
                          + " states, the scenario's "
                          + states
                          + " (0.."
                          + (states - 1)
                          + ")");
                }
              });
      if (!cohort.initialArrears().isEmpty() && cohort.initialArrears().size() != states) {
        problems.add(
            what
                + " initialArrears must count the "
                + states
                + " states 0.."
                + (states - 1)
                + ", not "
                + cohort.initialArrears().size()
                + ": "
                + cohort.initialArrears());
      }
    }
    Set<String> names = new HashSet<>();
    names.add(name());
    for (Variant variant : variants()) {
      if (!names.add(variant.name())) {
        problems.add(
            "variant name " + variant.name() + " is used twice (or is the scenario's own name)");
      }
      variant
          .rollRates()
          .ifPresent(
              r -> {
                if (r.states() != states) {
                  problems.add(
                      "variant "
                          + variant.name()
                          + " rollRates has "
                          + r.states()
                          + " states, the scenario's "
                          + states);
                }
              });
      variant
          .remuneration()
          .flatMap(RemunerationTerms::amount)
          .ifPresent(a -> sameCurrency(problems, "variant " + variant.name() + " amount", a));
    }
    try {
      Amounts.checkMagnitude("scenario " + name() + " openingCash", openingCash());
    } catch (TrustException e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw TrustException.ofProblems(problems);
    }
    if (currency.getDecimalPlaces() < 0) {
      throw new TrustException("scenario currency must have decimal places: " + currency);
    }
    checkReach();
  }

  private void checkReach() {
    BigDecimal reach = amountReach();
    if (reach.compareTo(BigDecimal.valueOf(MAX_EXACT_MINOR)) < 0) {
      return;
    }
    int scale = currency().getDecimalPlaces();
    Cohort largest = cohorts().get(0);
    for (Cohort cohort : cohorts()) {
      if (cohortMonth(cohort, scale).compareTo(cohortMonth(largest, scale)) > 0) {
        largest = cohort;
      }
    }
    throw new TrustException(
        "scenario "
            + name()
            + " is too large to compute exactly: its amounts can reach "
            + Money.of(currency(), reach.movePointLeft(scale))
            + " (|openingCash| + 2 x ((months + K + prepaid months) x units x monthly bill + months"
            + " x (public revenue + spending + remuneration))), at or above 2^53 minor units ("
            + Money.ofMinor(currency(), MAX_EXACT_MINOR)
            + "); cohort "
            + largest.id()
            + " alone bills "
            + largest.units()
            + " units x "
            + monthlyBill(largest)
            + " a month: use fewer units, smaller amounts or fewer months");
  }

  private void sameCurrency(List<String> problems, String what, Money amount) {
    if (!amount.getCurrencyUnit().equals(currency())) {
      problems.add(
          "scenario "
              + name()
              + " "
              + what
              + " must be in the scenario's currency "
              + currency()
              + ": "
              + amount);
    }
  }

  private void unique(List<String> problems, String what, List<MonthlyAmount> amounts) {
    Set<String> seen = new HashSet<>();
    for (MonthlyAmount amount : amounts) {
      if (!seen.add(amount.name())) {
        problems.add("scenario " + name() + " lists " + what + " " + amount.name() + " twice");
      }
    }
  }
}
