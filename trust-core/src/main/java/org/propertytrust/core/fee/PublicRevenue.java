package org.propertytrust.core.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Allocation;
import org.propertytrust.core.party.Unit;

/**
 * Public revenue from the common parts (公共收益: parking, advertising, bank interest): it belongs to
 * the owners (Civil Code art. 282) and is shared among them by the area of their units (art. 283).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublicRevenue {
  private PublicRevenue() {}

  /**
   * Records public revenue received into the trust account: a PUBLIC_INCOME entry debiting {@code
   * cash} and crediting {@code income:public:<source>}.
   *
   * @param book the book; not null
   * @param source the source, such as {@code parking}; not null
   * @param amount the amount; not null, positive
   * @param date the date received; not null
   * @param id the entry's id; not null
   * @return the entry
   * @throws TrustException if the amount is not positive or the source is not a valid name
   */
  public static Entry receive(
      BookState book, String source, Money amount, LocalDate date, String id) {
    Ids.check("public revenue source", source);
    TrustException.check(amount.isPositive(), "public revenue must be positive: %s", amount);
    TrustException.check(
        amount.getCurrencyUnit().equals(book.currency()),
        "public revenue must be in %s: %s",
        book.currency(),
        amount);
    return Entry.of(
        id,
        date,
        EntryKind.PUBLIC_INCOME,
        java.util.List.of(
            Line.debit(Account.CASH, amount), Line.credit(Account.publicIncome(source), amount)));
  }

  /**
   * Shares an amount among the book's units by area, by largest remainder: the shares add up to the
   * amount exactly, each within one minor unit of its exact share; ties go to the unit listed
   * first.
   *
   * @param book the book; not null, with at least one unit
   * @param amount the amount to share; not null
   * @return each unit's share, in the book's unit order
   * @throws TrustException if the book has no units
   */
  public static Map<String, Money> sharesByArea(BookState book, Money amount) {
    TrustException.check(!book.units().isEmpty(), "cannot share %s: the book has no units", amount);
    Map<String, BigDecimal> areas = new LinkedHashMap<>();
    for (Unit unit : book.units()) {
      areas.put(unit.id(), unit.areaM2());
    }
    return Allocation.split(amount, areas);
  }

  /**
   * Distributes public revenue to the owners as credit on their accounts: a TRANSFER entry debiting
   * {@code income:public:<source>} and crediting each unit's {@code prepaid} with its share by
   * area, to be applied to its next charges.
   *
   * <p>The shares are owners' money like any prepayment, so once {@link Prepayments#apply} applies
   * them to charges, the PREPAYMENT_APPLIED credits enter a percentage remuneration's base
   * (DOMAIN.md §4 counts PREPAYMENT_APPLIED credits on the listed fees), even when the contract
   * does not list this public source or the assembly did not approve remuneration on it.
   *
   * @param book the book; not null
   * @param source the source the revenue came from; not null
   * @param amount the amount distributed; not null, positive
   * @param date the date; not null
   * @param id the entry's id; not null
   * @return the entry
   * @throws TrustException if the amount is not positive or not in the community's currency, or the
   *     book has no units
   */
  public static Entry distributeByArea(
      BookState book, String source, Money amount, LocalDate date, String id) {
    TrustException.check(amount.isPositive(), "a distribution must be positive: %s", amount);
    TrustException.check(
        amount.getCurrencyUnit().equals(book.currency()),
        "a distribution must be in %s: %s",
        book.currency(),
        amount);
    ImmutableEntry.Builder entry =
        Entry.builder()
            .id(id)
            .date(date)
            .kind(EntryKind.TRANSFER)
            .memo("public revenue (" + source + ") shared by area")
            .addLine(Line.debit(Account.publicIncome(source), amount));
    sharesByArea(book, amount)
        .forEach(
            (unit, share) -> {
              if (share.isPositive()) {
                entry.addLine(Line.forUnit(Account.PREPAID, Side.CREDIT, share, unit));
              }
            });
    return entry.build();
  }
}
