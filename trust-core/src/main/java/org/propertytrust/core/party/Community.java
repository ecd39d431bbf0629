package org.propertytrust.core.party;

import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;

/**
 * The housing community (小区) a book belongs to: its id, name and currency.
 *
 * <p>Every amount in a book is in the community's currency ({@code CNY} unless stated), which has
 * at most {@value Amounts#MAX_DECIMAL_PLACES} decimal places ({@link Amounts#checkLedgerCurrency}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Community {
  Community() {}

  /**
   * Returns the community's id, as used in reports ({@code "three-units"}).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the community's name ({@code "Three Units Garden"}).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the currency of every amount in the book; {@code CNY} by default. It has at most
   * {@value Amounts#MAX_DECIMAL_PLACES} decimal places: a community in CLF (4) is refused.
   *
   * @return the currency
   */
  @Value.Default
  public CurrencyUnit currency() {
    return Amounts.CNY;
  }

  /**
   * Returns a community in {@code CNY}.
   *
   * @param id the id; not null
   * @param name the name; not null
   * @return the community
   */
  public static Community of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCommunity.Builder builder() {
    return ImmutableCommunity.builder();
  }

  @Value.Check
  void check() {
    Ids.check("community id", id());
    TrustException.check(!name().isBlank(), "community %s must have a name", id());
    Amounts.checkLedgerCurrency(currency());
  }
}
