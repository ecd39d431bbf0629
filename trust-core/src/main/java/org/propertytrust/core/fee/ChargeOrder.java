package org.propertytrust.core.fee;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.ledger.Balances;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Receivable;

/**
 * The order in which money settles a unit's open charges under a contract's allocation policy
 * (DOMAIN.md §3). This one function serves payments, prepayment application and the {@code
 * fee.allocation-order} rule.
 *
 * <p>{@link AllocationPolicy#OLDEST_FIRST}: by period, then by the fee's position in the contract's
 * fee list, late fees last within a period (fees the contract does not list after them, by code).
 * {@link AllocationPolicy#SAME_PERIOD_FIRST}: the charges of the payment's own month first, in fee
 * order, then the rest oldest first. {@link AllocationPolicy#EXPLICIT}: the payer chooses; when no
 * choice is given, money is applied oldest first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChargeOrder {
  private ChargeOrder() {}

  /**
   * Returns the comparator that puts charges in policy order.
   *
   * @param contract the contract, for the fee order; not null
   * @param paymentMonth the month of the payment, for {@link AllocationPolicy#SAME_PERIOD_FIRST};
   *     not null
   * @return the comparator over receivables (their amounts are ignored)
   */
  public static Comparator<Receivable> comparator(Contract contract, YearMonth paymentMonth) {
    boolean samePeriodFirst = contract.allocation() == AllocationPolicy.SAME_PERIOD_FIRST;
    return Comparator.<Receivable>comparingInt(
            r -> samePeriodFirst && r.period().equals(paymentMonth) ? 0 : 1)
        .thenComparing(Receivable::period)
        .thenComparingInt(r -> contract.feeOrder(r.fee()))
        .thenComparing(Receivable::fee);
  }

  /**
   * Returns a unit's open charges in the order money settles them.
   *
   * @param contract the contract; not null
   * @param balances the balances to read the open charges from; not null
   * @param unit the unit id; not null
   * @param paymentMonth the month of the payment; not null
   * @return the open receivables, in policy order
   */
  public static List<Receivable> openInOrder(
      Contract contract, Balances balances, String unit, YearMonth paymentMonth) {
    List<Receivable> open = new ArrayList<>(balances.openReceivables(unit));
    open.sort(comparator(contract, paymentMonth));
    return open;
  }

  /**
   * Finds a charge an entry settles while one that comes before it in policy order stays open: the
   * {@code fee.allocation-order} check. Only {@link AllocationPolicy#OLDEST_FIRST} and {@link
   * AllocationPolicy#SAME_PERIOD_FIRST} are checked; the caller decides which entries to check
   * (PAYMENT and PREPAYMENT_APPLIED).
   *
   * @param contract the contract; not null
   * @param entry the entry; not null
   * @param before the balances just before the entry; not null
   * @return the first out-of-order settlement found, or empty
   */
  public static Optional<OutOfOrder> firstOutOfOrder(
      Contract contract, Entry entry, Balances before) {
    if (contract.allocation() == AllocationPolicy.EXPLICIT) {
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(entry.date());
    Comparator<Receivable> order = comparator(contract, month);
    Map<String, Map<Key, Long>> afterByUnit = new LinkedHashMap<>();
    Map<String, List<Key>> settledByUnit = new LinkedHashMap<>();
    List<Line> lines = entry.lines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String unit = line.unitOrNull();
      YearMonth period = line.periodOrNull();
      String fee = line.feeOrNull();
      if (!line.account().is(ChartAccount.RECEIVABLE)
          || unit == null
          || period == null
          || fee == null) {
        continue;
      }
      Map<Key, Long> after =
          afterByUnit.computeIfAbsent(unit, u -> openByKey(before.openReceivables(u)));
      Key key = new Key(period, fee);
      after.merge(key, line.signedMinor(), Long::sum);
      if (!line.isDebit()) {
        settledByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(key);
      }
    }
    for (Map.Entry<String, List<Key>> settled : settledByUnit.entrySet()) {
      String unit = settled.getKey();
      Map<Key, Long> after = afterByUnit.get(unit);
      for (Key paid : settled.getValue()) {
        for (Map.Entry<Key, Long> other : after.entrySet()) {
          if (other.getValue() > 0 && !other.getKey().equals(paid)) {
            if (order.compare(other.getKey().charge(unit, before), paid.charge(unit, before)) < 0) {
              return Optional.of(
                  ImmutableOutOfOrder.builder()
                      .unit(unit)
                      .settledPeriod(paid.period)
                      .settledFee(paid.fee)
                      .openPeriod(other.getKey().period)
                      .openFee(other.getKey().fee)
                      .stillOpen(Money.ofMinor(before.currency(), other.getValue()))
                      .build());
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Map<Key, Long> openByKey(List<Receivable> open) {
    Map<Key, Long> out = new LinkedHashMap<>();
    for (Receivable r : open) {
      out.put(new Key(r), r.amount().getAmountMinorLong());
    }
    return out;
  }

  /** A period and fee of one unit, with the charge they name for the policy comparator. */
  private static final class Key {
    final YearMonth period;
    final String fee;
    private @Nullable Receivable charge;

    Key(Receivable open) {
      this(open.period(), open.fee());
      this.charge = open;
    }

    Key(YearMonth period, String fee) {
      this.period = period;
      this.fee = fee;
    }

    Receivable charge(String unit, Balances balances) {
      Receivable r = charge;
      if (r == null) {
        r = Receivable.of(unit, period, fee, Money.zero(balances.currency()));
        charge = r;
      }
      return r;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key && ((Key) o).period.equals(period) && ((Key) o).fee.equals(fee);
    }

    @Override
    public int hashCode() {
      // YearMonth's own hash keeps the month in high bits, where small tables never look
      return fee.hashCode() * 31 + period.getYear() * 12 + period.getMonthValue();
    }
  }
}
