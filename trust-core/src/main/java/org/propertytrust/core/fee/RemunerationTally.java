package org.propertytrust.core.fee;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Contributions;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;

/**
 * The contract's remuneration formula (DOMAIN.md §4) as running sums, fed one entry at a time: for
 * each month of an entry's date, the base of a percentage remuneration and the remuneration posted.
 * It answers what the formula gives for a month from what it was fed, so that {@link
 * RemunerationPolicy} (over a book) and the {@code trust.remuneration-exceeds-contract} rule (over
 * a stream of entries) evaluate the one formula.
 *
 * <p>The base of a month is the receivable credits on the listed fee codes made by PAYMENT and
 * PREPAYMENT_APPLIED entries dated in it, less their reversals dated in it, plus, for each listed
 * {@code public:<source>} and only when the assembly approved it, the credits to {@code
 * income:public:<source>} dated in it, net of their reversals. A reversal counts as the entry it
 * cancels, on its own date ({@link Contributions}), which is why each entry comes with what the
 * ledger says it counts as. The remuneration posted is the debits to {@code expense:remuneration}
 * (and its sub-accounts), net of credits to them, whatever the entry kind.
 *
 * <p>{@link RemunerationBasis#FIXED_MONTHLY} gives the full amount for each month within the
 * contract's term (from the month of its start to the month of its end, if any) and nothing for
 * other months; {@link RemunerationBasis#PERCENT_OF_COLLECTED} gives {@code percent / 100 × base},
 * rounded HALF_UP to the minor unit, and nothing for a month whose base is below zero.
 *
 * <p>Only months in which something was counted are kept, two {@code long} sums each; sums that
 * overflow a {@code long} of minor units are an error, never a wrap. This class is mutable and not
 * thread-safe: feed it from one thread, in any order.
 */
public final class RemunerationTally {
  private final Contract contract;
  private final CurrencyUnit currency;
  private final Set<String> fees;
  private final Set<String> sources;
  private final TreeMap<YearMonth, long[]> months = new TreeMap<>();

  private RemunerationTally(Contract contract, CurrencyUnit currency) {
    this.contract = contract;
    this.currency = currency;
    Remuneration terms = contract.remuneration();
    this.fees =
        terms.basis() == RemunerationBasis.PERCENT_OF_COLLECTED
            ? new HashSet<>(terms.feeCodes())
            : Set.of();
    this.sources =
        terms.basis() == RemunerationBasis.PERCENT_OF_COLLECTED
                && terms.publicRevenueApprovedByAssembly()
            ? new HashSet<>(terms.publicSources())
            : Set.of();
  }

  /**
   * Returns an empty tally for a contract.
   *
   * @param contract the contract, for its remuneration terms and term; not null
   * @param currency the community's currency; not null
   * @return a new tally with nothing counted
   */
  public static RemunerationTally of(Contract contract, CurrencyUnit currency) {
    return new RemunerationTally(contract, currency);
  }

  /**
   * Counts an entry in the month of its date.
   *
   * @param entry the entry; not null
   * @param effectiveKind what the entry counts as: its own kind, or for a reversal the kind of the
   *     entry it reverses ({@link org.propertytrust.core.ledger.LedgerView#effectiveKind(int)});
   *     not null
   * @param cancellation whether the entry cancels its original ({@link
   *     org.propertytrust.core.ledger.LedgerView#isCancellation(int)})
   */
  public void add(Entry entry, EntryKind effectiveKind, boolean cancellation) {
    boolean collection =
        effectiveKind == EntryKind.PAYMENT || effectiveKind == EntryKind.PREPAYMENT_APPLIED;
    long base = 0;
    long posted = 0;
    boolean counted = false;
    for (Line line : entry.lines()) {
      if (line.account().isRemuneration()) {
        posted = Math.addExact(posted, line.signedMinor());
        counted = true;
      } else if (collection
          && line.account().equals(Account.RECEIVABLE)
          && line.fee().filter(fees::contains).isPresent()) {
        base = Math.addExact(base, Contributions.of(line, cancellation, Side.CREDIT));
        counted = true;
      } else if (line.account().is(ChartAccount.PUBLIC_INCOME)
          && sources.contains(line.account().qualifier())) {
        base = Math.addExact(base, Contributions.of(line, cancellation, Side.CREDIT));
        counted = true;
      }
    }
    if (counted) {
      long[] month = months.computeIfAbsent(YearMonth.from(entry.date()), m -> new long[2]);
      month[0] = Math.addExact(month[0], base);
      month[1] = Math.addExact(month[1], posted);
    }
  }

  /**
   * Returns the months in which an entry fed so far was counted, ascending.
   *
   * @return an unmodifiable view of the months
   */
  public SortedSet<YearMonth> months() {
    return Collections.unmodifiableSortedSet(months.navigableKeySet());
  }

  /**
   * Returns the base of a percentage remuneration for a month, from the entries fed; zero for a
   * fixed remuneration.
   *
   * @param month the month; not null
   * @return the base, which may be negative
   */
  public Money base(YearMonth month) {
    long[] sums = months.get(month);
    return Money.ofMinor(currency, sums == null ? 0 : sums[0]);
  }

  /**
   * Returns the remuneration posted for a month, from the entries fed: debits to {@code
   * expense:remuneration}, net of credits to it.
   *
   * @param month the month; not null
   * @return the remuneration posted, which may be negative
   */
  public Money posted(YearMonth month) {
    long[] sums = months.get(month);
    return Money.ofMinor(currency, sums == null ? 0 : sums[1]);
  }

  /**
   * Tells whether a month is within the contract's term: not before the month of its start and, if
   * it ends, not after the month of its end.
   *
   * @param month the month; not null
   * @return true if the contract runs in that month
   */
  public boolean isWithinTerm(YearMonth month) {
    return !month.isBefore(YearMonth.from(contract.start()))
        && contract.end().map(e -> !month.isAfter(YearMonth.from(e))).orElse(true);
  }

  /**
   * Returns what the contract formula gives for a month, from the entries fed: the fixed amount for
   * a month within the contract's term (zero outside it), or the percentage of the month's base,
   * rounded HALF_UP (zero for a base below zero).
   *
   * @param month the month; not null
   * @return the remuneration due, never negative
   */
  public Money due(YearMonth month) {
    Remuneration terms = contract.remuneration();
    if (terms.basis() == RemunerationBasis.FIXED_MONTHLY) {
      return isWithinTerm(month) ? terms.amount().orElseThrow() : Money.zero(currency);
    }
    Money base = base(month);
    if (base.isNegative()) {
      return Money.zero(currency);
    }
    return terms.percent().orElseThrow().of(base, RoundingMode.HALF_UP);
  }
}
