package org.propertytrust.rules.catalog;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.ledger.Entry;

/** Parts of messages that several rules share: an entry's totals, counts of lines. */
final class MessageParts {
  private MessageParts() {}

  /** Returns the sum of the entry's debits, or a phrase saying it exceeds the ledger's range. */
  static String debits(Entry entry, CurrencyUnit currency) {
    try {
      return Money.ofMinor(currency, entry.debitMinor()).toString();
    } catch (ArithmeticException e) {
      return "more than the ledger's range";
    }
  }

  /** Returns the sum of the entry's credits, or a phrase saying it exceeds the ledger's range. */
  static String credits(Entry entry, CurrencyUnit currency) {
    try {
      return Money.ofMinor(currency, entry.creditMinor()).toString();
    } catch (ArithmeticException e) {
      return "more than the ledger's range";
    }
  }

  /** Returns two counts of lines compared: {@code "1 line vs 2"}, {@code "3 lines vs 2"}. */
  static String lineCounts(int first, int second) {
    return first + (first == 1 ? " line" : " lines") + " vs " + second;
  }
}
