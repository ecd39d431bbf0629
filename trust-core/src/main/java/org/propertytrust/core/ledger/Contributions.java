package org.propertytrust.core.ledger;

/**
 * How a line counts in a figure defined by the entries of one kind, with reversals cancelling their
 * originals on their own dates (DOMAIN.md §5).
 *
 * <p>A figure such as "PAYMENT credits to receivable" names a primary side (credit). A line of an
 * original entry counts when it is on that side; a line of a cancelling reversal counts, negated,
 * when it is on the other side (a reversal mirrors every line). So a payment and its reversal add
 * up to zero, whatever order they are listed in, and a non-exact reversal only cancels what it
 * actually mirrors.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contributions {
  private Contributions() {}

  /**
   * Returns what a line adds to a figure, in minor units.
   *
   * @param line the line; not null
   * @param cancellation whether the line's entry cancels an original ({@link
   *     LedgerState#isCancellation(int)})
   * @param primary the side the figure counts on original entries; not null
   * @return the line's amount, its negation, or zero
   */
  public static long of(Line line, boolean cancellation, Side primary) {
    if (!cancellation) {
      return line.side() == primary ? line.amountMinor() : 0;
    }
    return line.side() == primary ? 0 : -line.amountMinor();
  }
}
