package org.propertytrust.core.handover;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Contributions;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;

/**
 * A change of trustee: making the owners' money the outgoing company still holds due from it,
 * recovering it into the trust account, and reporting what is open.
 *
 * <p>Prepaid fees an outgoing company collected stay owed to the units that paid them (their {@code
 * prepaid} balances); what changes is who holds the money: the company, as {@code due:<company>},
 * until it pays it into {@code cash}. Receivables stay the owners'. The seed's 怡和花园 recovered
 * ¥140,000 of prepaid fees this way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Handovers {
  private Handovers() {}

  /**
   * Makes the owners' money an outgoing trustee holds due from it: a HANDOVER entry debiting {@code
   * due:<from>} and crediting each unit's {@code prepaid} (prepaid fees held) and {@code deposit}
   * (deposits held), and {@code fund:operating} for other owners' money it held.
   *
   * @param book the book; not null
   * @param handover the handover; not null, one of the book's
   * @param prepaidHeld prepaid fees held, by unit; not null
   * @param depositsHeld deposits held, by unit; not null
   * @param otherHeld other owners' money held (unremitted collections, say); not null, may be zero
   * @param date the entry's date; not null
   * @param id the entry's id; not null
   * @return the entry
   * @throws TrustException if nothing is held, an amount is negative or not in the community's
   *     currency, or a unit is unknown
   */
  public static Entry recognise(
      BookState book,
      Handover handover,
      Map<String, Money> prepaidHeld,
      Map<String, Money> depositsHeld,
      Money otherHeld,
      LocalDate date,
      String id) {
    checkHandover(book, handover);
    ImmutableEntry.Builder entry =
        Entry.builder()
            .id(id)
            .date(date)
            .kind(EntryKind.HANDOVER)
            .trustee(handover.to())
            .memo("owners' money held by the outgoing trustee " + handover.from());
    Money total = Money.zero(book.currency());
    for (Map.Entry<String, Money> held : prepaidHeld.entrySet()) {
      total = total.plus(unitLine(book, entry, Account.PREPAID, held));
    }
    for (Map.Entry<String, Money> held : depositsHeld.entrySet()) {
      total = total.plus(unitLine(book, entry, Account.DEPOSIT, held));
    }
    TrustException.check(
        otherHeld.getCurrencyUnit().equals(book.currency()),
        "handover recognition: other money held must be in %s: %s",
        book.currency(),
        otherHeld);
    TrustException.check(!otherHeld.isNegative(), "money held must not be negative: %s", otherHeld);
    if (otherHeld.isPositive()) {
      entry.addLine(Line.credit(Account.FUND_OPERATING, otherHeld));
      total = total.plus(otherHeld);
    }
    TrustException.check(
        total.isPositive(), "the outgoing trustee %s holds nothing to recognise", handover.from());
    return entry.addLine(Line.debit(Account.due(handover.from()), total)).build();
  }

  private static Money unitLine(
      BookState book,
      ImmutableEntry.Builder entry,
      Account account,
      Map.Entry<String, Money> held) {
    TrustException.check(
        book.unit(held.getKey()).isPresent(), "unit %s is not a unit of the book", held.getKey());
    TrustException.check(
        held.getValue().getCurrencyUnit().equals(book.currency()),
        "handover recognition: %s held for unit %s must be in %s: %s",
        account,
        held.getKey(),
        book.currency(),
        held.getValue());
    TrustException.check(
        !held.getValue().isNegative(),
        "%s held for unit %s must not be negative: %s",
        account,
        held.getKey(),
        held.getValue());
    if (held.getValue().isPositive()) {
      entry.addLine(Line.forUnit(account, Side.CREDIT, held.getValue(), held.getKey()));
    }
    return held.getValue();
  }

  /**
   * Records money the outgoing trustee paid back into the trust account: a HANDOVER entry debiting
   * {@code cash} and crediting {@code due:<from>}.
   *
   * @param book the book as it stands; not null
   * @param handover the handover; not null, one of the book's
   * @param amount the amount recovered; not null, positive, at most what is open
   * @param date the date received; not null
   * @param id the entry's id; not null
   * @return the entry
   * @throws TrustException if the amount is not positive, not in the community's currency or
   *     exceeds what is open
   */
  public static Entry recover(
      BookState book, Handover handover, Money amount, LocalDate date, String id) {
    checkHandover(book, handover);
    TrustException.check(amount.isPositive(), "a recovery must be positive: %s", amount);
    TrustException.check(
        amount.getCurrencyUnit().equals(book.currency()),
        "a recovery must be in %s: %s",
        book.currency(),
        amount);
    Account due = Account.due(handover.from());
    Money open = book.ledger().balance(due);
    TrustException.check(
        !amount.isGreaterThan(open),
        "cannot recover %s from %s: only %s is open",
        amount,
        handover.from(),
        open);
    return Entry.builder()
        .id(id)
        .date(date)
        .kind(EntryKind.HANDOVER)
        .trustee(handover.to())
        .memo("owners' money recovered from the outgoing trustee " + handover.from())
        .addLine(Line.debit(Account.CASH, amount))
        .addLine(Line.credit(due, amount))
        .build();
  }

  /**
   * Reports what the outgoing trustee owed, what was recovered and what is open, as of a date.
   *
   * <p>A reversal cancels what it reverses, on its own date: a reversed recognition no longer
   * counts as owed (nor its prepaid fees as held), and a reversed recovery no longer counts as
   * recovered.
   *
   * @param book the book; not null
   * @param handover the handover; not null, one of the book's
   * @param asOf the date of the report; not null
   * @return the report
   */
  public static HandoverReport report(BookState book, Handover handover, LocalDate asOf) {
    checkHandover(book, handover);
    Account due = Account.due(handover.from());
    LedgerView ledger = book.ledger();
    List<Entry> entries = book.entries();
    long owed = 0;
    long recovered = 0;
    long receivable = 0;
    Map<String, Long> prepaid = new LinkedHashMap<>();
    ImmutableHandoverReport.Builder out = HandoverReport.builder().handover(handover).asOf(asOf);
    for (int index = 0; index < entries.size(); index++) {
      Entry entry = entries.get(index);
      if (!entry.date().isBefore(handover.date())
          && entry.trustee().filter(handover.from()::equals).isPresent()) {
        out.addEntriesByOutgoingTrustee(entry.id());
      }
      if (entry.date().isAfter(asOf)) {
        continue;
      }
      boolean cancel = ledger.isCancellation(index);
      boolean recognises = false;
      for (Line line : entry.lines()) {
        if (line.account().equals(due)) {
          long madeDue = Contributions.of(line, cancel, Side.DEBIT);
          owed += madeDue;
          recovered += Contributions.of(line, cancel, Side.CREDIT);
          recognises |= madeDue != 0;
        }
        if (line.account().equals(Account.RECEIVABLE) && entry.date().isBefore(handover.date())) {
          receivable += line.signedMinor();
        }
      }
      if (recognises) {
        for (Line line : entry.lines()) {
          if (line.account().equals(Account.PREPAID) && line.unit().isPresent()) {
            long held = Contributions.of(line, cancel, Side.CREDIT);
            if (held != 0) {
              prepaid.merge(line.unit().get(), held, Long::sum);
            }
          }
        }
      }
    }
    for (Map.Entry<String, Long> unit : prepaid.entrySet()) {
      if (unit.getValue() != 0) {
        out.putPrepaidHeld(unit.getKey(), Money.ofMinor(book.currency(), unit.getValue()));
      }
    }
    return out.owed(Money.ofMinor(book.currency(), owed))
        .recovered(Money.ofMinor(book.currency(), recovered))
        .receivablesAtHandover(Money.ofMinor(book.currency(), receivable))
        .build();
  }

  private static void checkHandover(BookState book, Handover handover) {
    TrustException.check(
        book.handovers().contains(handover),
        "the book has no handover on %s from %s to %s",
        handover.date(),
        handover.from(),
        handover.to());
  }

  /**
   * Returns the handovers of a book in date order.
   *
   * @param book the book; not null
   * @return the handovers
   */
  public static List<Handover> inOrder(BookState book) {
    return book.handovers().stream()
        .sorted(java.util.Comparator.comparing(Handover::date))
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }
}
