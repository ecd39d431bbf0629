package org.propertytrust.core.statement;

import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.Ids;

/**
 * An entry the bank has not yet cleared at a statement's date, with its signed effect on the
 * reconciliation: positive for money in transit to the account, negative for a payment not yet
 * presented.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnclearedItem {
  UnclearedItem() {}

  /**
   * Returns the id of the book entry not yet cleared.
   *
   * @return the entry id
   */
  @Value.Parameter
  public abstract String entry();

  /**
   * Returns the signed amount: book balance = statement balance + Σ uncleared amounts.
   *
   * @return the amount, of either sign
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns an uncleared item.
   *
   * @param entry the entry id; not null
   * @param amount the signed amount; not null
   * @return the value
   */
  public static UnclearedItem of(String entry, Money amount) {
    return ImmutableUnclearedItem.of(entry, amount);
  }

  @Value.Check
  void check() {
    Ids.check("uncleared entry", entry());
  }
}
