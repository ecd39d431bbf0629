package org.propertytrust.core.statement;

import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.ledger.EntryKind;

/**
 * A bank account's month: opening balance, money in and out by entry kind, closing balance. Opening
 * + Σ in − Σ out = closing, to the cent.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountMovement {
  AccountMovement() {}

  /**
   * Returns the balance before the month's first day.
   *
   * @return the opening balance
   */
  public abstract Money opening();

  /**
   * Returns the money received in the month, by the kind of entry that brought it.
   *
   * @return the receipts by kind
   */
  public abstract Map<EntryKind, Money> in();

  /**
   * Returns the money paid out in the month, by the kind of entry that paid it.
   *
   * @return the payments by kind
   */
  public abstract Map<EntryKind, Money> out();

  /**
   * Returns the balance at the month's end (or the statement's cut-off).
   *
   * @return the closing balance
   */
  public abstract Money closing();

  /**
   * Returns the total received.
   *
   * @return Σ in
   */
  public Money totalIn() {
    return in().values().stream().reduce(opening().multipliedBy(0), Money::plus);
  }

  /**
   * Returns the total paid out.
   *
   * @return Σ out
   */
  public Money totalOut() {
    return out().values().stream().reduce(opening().multipliedBy(0), Money::plus);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableAccountMovement.Builder builder() {
    return ImmutableAccountMovement.builder();
  }
}
