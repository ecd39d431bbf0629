package org.propertytrust.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.book.TrustBook;

/**
 * What every check of one validation shares: the book's sections (without its entries, which the
 * checks see one at a time), the as-of date if one was given, and the spending policy of the book.
 */
public interface RunContext {
  /**
   * Returns the book's sections; its entry list is empty.
   *
   * @return the book without entries
   */
  TrustBook header();

  /**
   * Returns the as-of date given for the validation; when absent, the latest entry date is used and
   * known only at {@link Check#finish}.
   *
   * @return the as-of date, if given
   */
  Optional<LocalDate> asOf();

  /**
   * Returns the book's spending policy (contract, parties, votes, budget).
   *
   * @return the policy
   */
  SpendingPolicy spendingPolicy();
}
