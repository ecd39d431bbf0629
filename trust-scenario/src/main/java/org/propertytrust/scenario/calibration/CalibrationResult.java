package org.propertytrust.scenario.calibration;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ImmutableCohort;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * What a calibration found in a book: the transition counts and the roll-rate matrix estimated from
 * them, the rows that had no observations, the prepayment propensity, the observed monthly figures,
 * and the means to build a scenario spec that starts from the book's state.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalibrationResult {
  private final String book;
  private final CurrencyUnit currency;
  private final CalibrationOptions options;
  private final TransitionCounts counts;
  private final RollRates rollRates;
  private final List<Integer> fallbackRows;
  private final long irregularMoves;
  private final long prepaidUnitMonths;
  private final long unbilledUnitMonths;
  private final long prepaymentEvents;
  private final long prepaymentOpportunities;
  private final long unitMonthsAboveCap;
  private final long capMovesWithPayment;
  private final int deepestArrears;
  private final Optional<Prepayment> prepayment;
  private final List<ObservedMonth> observedMonths;
  private final RemunerationTerms remuneration;
  private final AllocationPolicy allocation;
  private final UnitHistory history;

  CalibrationResult(
      String book,
      CurrencyUnit currency,
      CalibrationOptions options,
      TransitionCounts counts,
      RollRates rollRates,
      List<Integer> fallbackRows,
      long[] tallies,
      Optional<Prepayment> prepayment,
      List<ObservedMonth> observedMonths,
      RemunerationTerms remuneration,
      AllocationPolicy allocation,
      UnitHistory history) {
    this.book = book;
    this.currency = currency;
    this.options = options;
    this.counts = counts;
    this.rollRates = rollRates;
    this.fallbackRows = ImmutableList.copyOf(fallbackRows);
    this.irregularMoves = tallies[0];
    this.prepaidUnitMonths = tallies[1];
    this.unbilledUnitMonths = tallies[2];
    this.prepaymentEvents = tallies[3];
    this.prepaymentOpportunities = tallies[4];
    this.unitMonthsAboveCap = tallies[5];
    this.capMovesWithPayment = tallies[6];
    this.deepestArrears = (int) tallies[7];
    this.prepayment = prepayment;
    this.observedMonths = ImmutableList.copyOf(observedMonths);
    this.remuneration = remuneration;
    this.allocation = allocation;
    this.history = history;
  }

  /**
   * Returns the community id of the book calibrated.
   *
   * @return the id
   */
  public String book() {
    return book;
  }

  /**
   * Returns the options used.
   *
   * @return the options
   */
  public CalibrationOptions options() {
    return options;
  }

  /**
   * Returns the first month observed: the earliest month billed by a CHARGE.
   *
   * @return the month, empty for a book without charges
   */
  public Optional<YearMonth> firstMonth() {
    return history.months == 0 ? Optional.empty() : Optional.of(history.first);
  }

  /**
   * Returns the last month observed.
   *
   * @return the month, empty for a book without charges
   */
  public Optional<YearMonth> lastMonth() {
    return history.months == 0 ? Optional.empty() : Optional.of(history.month(history.months));
  }

  /**
   * Returns the transitions seen between consecutive month ends.
   *
   * @return the counts
   */
  public TransitionCounts counts() {
    return counts;
  }

  /**
   * Returns the estimated roll-rate matrix: {@code (n(k→j) + α) / (n(k) + α·m(k))} for the {@code
   * m(k)} possible moves of row {@code k} and the smoothing {@code α}; a row without observations
   * takes the prior (every possible move equally likely) and is listed in {@link #fallbackRows()}.
   *
   * @return the matrix
   */
  public RollRates rollRates() {
    return rollRates;
  }

  /**
   * Returns the states whose row had no observations and took the prior.
   *
   * @return the states, ascending
   */
  public List<Integer> fallbackRows() {
    return fallbackRows;
  }

  /**
   * Returns the standard error of an estimated probability, {@code √(p(1−p)/n(k))} with the
   * estimate {@code p} and the row's observations {@code n(k)}.
   *
   * @param from the state at the earlier month end
   * @param to the state at the later month end
   * @return the standard error, or infinity for a row without observations
   */
  public double standardError(int from, int to) {
    long n = counts.rowTotal(from);
    if (n == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double p = rollRates.probability(from, to);
    return Math.sqrt(p * (1 - p) / n);
  }

  /**
   * Returns how many moves were impossible in the model (more months open at the end than one more
   * than at the start, as when a unit is charged for two months at once) and were counted as a
   * miss.
   *
   * @return the count
   */
  public long irregularMoves() {
    return irregularMoves;
  }

  /**
   * Returns how many unit-months were not counted as moves because the unit started the month with
   * months paid in advance.
   *
   * @return the count
   */
  public long prepaidUnitMonths() {
    return prepaidUnitMonths;
  }

  /**
   * Returns how many unit-months were not counted because the unit was not charged that month.
   *
   * @return the count
   */
  public long unbilledUnitMonths() {
    return unbilledUnitMonths;
  }

  /**
   * Returns how many times a unit that ended a month current with nothing paid in advance paid at
   * least one month ahead in that month.
   *
   * @return the count
   */
  public long prepaymentEvents() {
    return prepaymentEvents;
  }

  /**
   * Returns how many times a unit ended a month current with nothing paid in advance before any
   * prepayment: the chances to prepay.
   *
   * @return the count
   */
  public long prepaymentOpportunities() {
    return prepaymentOpportunities;
  }

  /**
   * Returns how many counted moves had a unit with more than {@code K} months open at the start or
   * the end of the month: the cap hid part of its arrears, and the move was counted from or to
   * {@code K}. When this is not zero, a larger cap ({@link CalibrationOptions#maxState()})
   * describes the book more faithfully.
   *
   * @return the count
   */
  public long unitMonthsAboveCap() {
    return unitMonthsAboveCap;
  }

  /**
   * Returns how many moves were counted as {@code K → K} although the unit paid at least one bill
   * in the month (it had {@code K} or more months open at both ends, and no more at the end than at
   * the start). The model reads {@code K → K} as "paid nothing, oldest bill written off", so these
   * payments are missing from the estimated row {@code K}; a cap above {@link #deepestArrears()}
   * avoids it.
   *
   * @return the count
   */
  public long capMovesWithPayment() {
    return capMovesWithPayment;
  }

  /**
   * Returns the most months a unit with a bill had open at any month end of the window, before the
   * cap.
   *
   * @return the months, 0 when nobody was in arrears
   */
  public int deepestArrears() {
    return deepestArrears;
  }

  /**
   * Returns how many units had more than {@code K} months open at the end of a month: a spec
   * starting the month after ({@link #toSpec}) counts each of them as {@code K} months behind.
   *
   * @param monthEnd a month from the one before the first observed to the last observed; not null
   * @return the units
   * @throws TrustException if the month is outside the window
   */
  public int unitsBeyondCap(YearMonth monthEnd) {
    return history.unitsBeyondCap[monthIndex(monthEnd)];
  }

  /**
   * Returns the receivables that the cap leaves out at the end of a month: for every unit with more
   * than {@code K} months open, its open charges older than its {@code K} most recent open months.
   * A spec starting the month after ({@link #toSpec}, {@link #forecast}) has no such arrears: they
   * are dropped from its initial arrears.
   *
   * @param monthEnd a month from the one before the first observed to the last observed; not null
   * @return the amount
   * @throws TrustException if the month is outside the window
   */
  public Money arrearsBeyondCap(YearMonth monthEnd) {
    return Money.ofMinor(currency, history.arrearsBeyondCap[monthIndex(monthEnd)]);
  }

  private int monthIndex(YearMonth monthEnd) {
    int t = history.months == 0 ? -1 : history.index(monthEnd);
    TrustException.check(
        t >= 0,
        "book %s has month ends from %s to %s, not %s",
        book,
        history.months == 0 ? "none" : history.first.minusMonths(1),
        history.months == 0 ? "none" : history.month(history.months),
        monthEnd);
    return t;
  }

  /**
   * Returns the estimated prepayment propensity: {@code events ÷ opportunities}, prepaying the mean
   * number of whole months paid ahead, rounded; empty when nobody prepaid.
   *
   * @return the prepayment
   */
  public Optional<Prepayment> prepayment() {
    return prepayment;
  }

  /**
   * Returns what the book shows month by month over the observed window.
   *
   * @return the months, in order
   */
  public List<ObservedMonth> observedMonths() {
    return observedMonths;
  }

  /**
   * Returns the remuneration basis of the book's contract.
   *
   * @return the remuneration
   */
  public RemunerationTerms remuneration() {
    return remuneration;
  }

  /**
   * Returns a scenario that starts from the book's state at the end of the month before {@code
   * start}: every unit billed as its contract fees bill it (grouped into cohorts by bill, see
   * {@link CalibrationOptions#maxCohorts()}), in the state it was in then (arrears capped at {@code
   * K}, whole months paid in advance), following the calibrated roll rates and prepayment; public
   * revenue and spending are the observed monthly averages, the opening cash is the operating cash
   * then, and the remuneration and allocation order are the contract's ({@code EXPLICIT} allocation
   * becomes {@code OLDEST_FIRST}). A contract's percentage counts only the fees it lists; the
   * scenario's counts them all.
   *
   * @param start the first month projected, from the first observed month to the month after the
   *     last
   * @param months the months to project, 1 to {@value ScenarioSpec#MAX_MONTHS}
   * @return the scenario, named after the book
   * @throws TrustException if the book has no charges or {@code start} is outside the window
   */
  public ScenarioSpec toSpec(YearMonth start, int months) {
    TrustException.check(
        history.months > 0, "book %s has no charges to start a scenario from", book);
    int t = history.index(start.minusMonths(1));
    TrustException.check(
        t >= 0,
        "a scenario from book %s must start between %s and %s, not %s",
        book,
        history.first,
        history.month(history.months).plusMonths(1),
        start);
    int maxState = rollRates.maxState();
    ImmutableScenarioSpec.Builder spec =
        ScenarioSpec.builder()
            .name(book)
            .currency(currency)
            .start(start)
            .months(months)
            .allocation(
                allocation == AllocationPolicy.EXPLICIT
                    ? AllocationPolicy.OLDEST_FIRST
                    : allocation)
            .rollRates(rollRates)
            .remuneration(remuneration)
            .openingCash(Money.ofMinor(currency, history.cash[t]));
    prepayment.ifPresent(spec::prepayment);
    int[][] counts = history.countsAt(t);
    int h = UnitHistory.PREPAID;
    for (int g = 0; g < history.groups.length; g++) {
      UnitHistory.Group group = history.groups[g];
      int[] byState = counts[g];
      long low = group.lowBill;
      long high = group.highBill;
      String id =
          low == high
              ? "bill-" + format(low)
              : "group-" + (g + 1) + "-bills-" + format(low) + "-to-" + format(high);
      ImmutableCohort.Builder cohort =
          Cohort.builder()
              .id(id)
              .units(group.size)
              .monthlyBill(Money.ofMinor(currency, group.meanBill));
      for (int state = 0; state <= maxState; state++) {
        cohort.addInitialArrears(byState[h + state]);
      }
      int ahead = 0;
      for (int m = 1; m <= h; m++) {
        if (byState[h - m] > 0) {
          ahead = m;
        }
      }
      for (int m = 1; m <= ahead; m++) {
        cohort.addInitialPrepaid(byState[h - m]);
      }
      spec.addCohort(cohort.build());
    }
    long publicTotal = 0;
    long spendingTotal = 0;
    for (int i = 1; i <= history.months; i++) {
      publicTotal += history.publicRevenue[i];
      spendingTotal += history.spending[i];
    }
    if (publicTotal > 0) {
      spec.addPublicRevenue(MonthlyAmount.of("observed", average(publicTotal)));
    }
    if (spendingTotal > 0) {
      spec.addSpending(MonthlyAmount.of("observed", average(spendingTotal)));
    }
    return spec.build();
  }

  /**
   * Returns a scenario for the months after the book: {@link #toSpec} from the month after the last
   * observed one.
   *
   * @param months the months to project
   * @return the scenario
   * @throws TrustException if the book has no charges
   */
  public ScenarioSpec forecast(int months) {
    TrustException.check(
        history.months > 0, "book %s has no charges to start a scenario from", book);
    return toSpec(history.month(history.months).plusMonths(1), months);
  }

  /**
   * Returns a scenario over the observed window itself, from the state before its first month:
   * projecting it should reproduce {@link #observedMonths()} within sampling error.
   *
   * @return the scenario
   * @throws TrustException if the book has no charges
   */
  public ScenarioSpec backtest() {
    TrustException.check(
        history.months > 0, "book %s has no charges to start a scenario from", book);
    return toSpec(history.first, history.months);
  }

  private Money average(long total) {
    long minor =
        BigDecimal.valueOf(total)
            .divide(BigDecimal.valueOf(history.months), 0, RoundingMode.HALF_UP)
            .longValueExact();
    return Money.ofMinor(currency, minor);
  }

  private String format(long minor) {
    return Money.ofMinor(currency, minor).getAmount().toPlainString();
  }

  /**
   * Returns a summary, for messages: the book, window and counts per row.
   *
   * @return the text
   */
  @Override
  public String toString() {
    long[] rows = new long[counts.maxState() + 1];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = counts.rowTotal(k);
    }
    return "CalibrationResult{book="
        + book
        + ", months="
        + firstMonth().map(Object::toString).orElse("none")
        + ".."
        + lastMonth().map(Object::toString).orElse("none")
        + ", rowObservations="
        + Arrays.toString(rows)
        + ", fallbackRows="
        + fallbackRows
        + "}";
  }
}
