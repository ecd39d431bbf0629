package org.propertytrust.core.ledger;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A ledger entry: an id, a date, a kind and its lines, with the links some kinds carry (the
 * expenditure an EXPENDITURE pays, the entry a REVERSAL cancels) and the trustee who posted it.
 *
 * <p>An entry's lines share one currency and have at most {@value #MAX_LINES} lines. Whether it
 * balances is a question, {@link #isBalanced()}, not a construction check: an unbalanced entry is
 * representable, so that {@code ledger.unbalanced} can report it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Entry {
  /** The most lines an entry may have. */
  public static final int MAX_LINES = 100_000;

  /** The longest memo accepted, in characters. */
  public static final int MAX_MEMO_LENGTH = 2_000;

  Entry() {}

  /**
   * Returns the entry's id, unique within a well-formed book.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the date the entry takes effect.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns what the entry records.
   *
   * @return the kind
   */
  public abstract EntryKind kind();

  /**
   * Returns a free-text note.
   *
   * @return the memo
   */
  public abstract Optional<String> memo();

  /**
   * Returns the id of the expenditure an EXPENDITURE entry pays.
   *
   * @return the expenditure id
   */
  public abstract Optional<String> expenditure();

  /**
   * Returns the id of the entry a REVERSAL cancels.
   *
   * @return the reversed entry's id
   */
  public abstract Optional<String> reverses();

  /**
   * Returns the trustee who posted the entry, when it is not the contract's trustee.
   *
   * @return the trustee's party id
   */
  public abstract Optional<String> trustee();

  /**
   * Returns the lines.
   *
   * @return the lines, in the order given
   */
  public abstract List<Line> lines();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableEntry.Builder builder() {
    return ImmutableEntry.builder();
  }

  /**
   * Returns an entry with the given lines and no links.
   *
   * @param id the id; not null
   * @param date the date; not null
   * @param kind the kind; not null
   * @param lines the lines; not null
   * @return the entry
   */
  public static Entry of(String id, LocalDate date, EntryKind kind, List<Line> lines) {
    return builder().id(id).date(date).kind(kind).addAllLines(lines).build();
  }

  /**
   * Returns the currency of the lines, or empty for an entry without lines.
   *
   * @return the currency
   */
  public Optional<CurrencyUnit> currency() {
    return lines().isEmpty()
        ? Optional.empty()
        : Optional.of(lines().get(0).amount().getCurrencyUnit());
  }

  /**
   * Returns the sum of the debits in minor units.
   *
   * @return the debits
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public long debitMinor() {
    long sum = 0;
    for (Line line : lines()) {
      if (line.isDebit()) {
        sum = Math.addExact(sum, line.amountMinor());
      }
    }
    return sum;
  }

  /**
   * Returns the sum of the credits in minor units.
   *
   * @return the credits
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public long creditMinor() {
    long sum = 0;
    for (Line line : lines()) {
      if (!line.isDebit()) {
        sum = Math.addExact(sum, line.amountMinor());
      }
    }
    return sum;
  }

  /**
   * Returns the sum of the debits.
   *
   * @param currency the currency, used when the entry has no lines; not null
   * @return the debits
   */
  public Money debits(CurrencyUnit currency) {
    return Money.ofMinor(currency, debitMinor());
  }

  /**
   * Returns the sum of the credits.
   *
   * @param currency the currency, used when the entry has no lines; not null
   * @return the credits
   */
  public Money credits(CurrencyUnit currency) {
    return Money.ofMinor(currency, creditMinor());
  }

  /**
   * Tells whether the entry balances: at least two lines, and debits equal to credits.
   *
   * @return true if balanced
   */
  public boolean isBalanced() {
    return lines().size() >= 2 && debitMinor() == creditMinor();
  }

  /**
   * Builds the REVERSAL that cancels this entry: every line mirrored (same account, amount and
   * dimensions on the other side), linked by {@link #reverses()}, posted by the same trustee.
   * Posting it restores every balance the original changed.
   *
   * @param id the reversal's id; not null
   * @param date the reversal's date; not null
   * @return the reversal
   */
  public Entry reversal(String id, LocalDate date) {
    ImmutableEntry.Builder out =
        builder()
            .id(id)
            .date(date)
            .kind(EntryKind.REVERSAL)
            .reverses(id())
            .memo("reversal of " + id());
    trustee().ifPresent(out::trustee);
    for (Line line : lines()) {
      out.addLine(line.mirror());
    }
    return out.build();
  }

  /**
   * Tells whether this entry's lines are exactly the mirror of another's: the same lines, every one
   * on the other side, in any order.
   *
   * @param original the entry this one would reverse; not null
   * @return true if this entry's lines mirror the original's exactly
   */
  public boolean mirrors(Entry original) {
    if (lines().size() != original.lines().size()) {
      return false;
    }
    Multiset<Line> mine = HashMultiset.create(lines());
    for (Line line : original.lines()) {
      if (!mine.remove(line.mirror())) {
        return false;
      }
    }
    return mine.isEmpty();
  }

  @Value.Check
  void check() {
    Ids.check("entry id", id());
    expenditure().ifPresent(x -> Ids.check("entry " + id() + " expenditure id", x));
    reverses().ifPresent(x -> Ids.check("entry " + id() + " reverses id", x));
    trustee().ifPresent(x -> Ids.check("entry " + id() + " trustee id", x));
    memo()
        .ifPresent(
            m ->
                TrustException.check(
                    m.length() <= MAX_MEMO_LENGTH,
                    "entry %s memo must be at most %s characters, not %s",
                    id(),
                    MAX_MEMO_LENGTH,
                    m.length()));
    TrustException.check(
        lines().size() <= MAX_LINES,
        "entry %s has %s lines; at most %s are allowed",
        id(),
        lines().size(),
        MAX_LINES);
    if (!lines().isEmpty()) {
      CurrencyUnit currency = lines().get(0).amount().getCurrencyUnit();
      for (Line line : lines()) {
        TrustException.check(
            line.amount().getCurrencyUnit().equals(currency),
            "entry %s mixes currencies: %s and %s",
            id(),
            currency,
            line.amount());
      }
    }
  }
}
