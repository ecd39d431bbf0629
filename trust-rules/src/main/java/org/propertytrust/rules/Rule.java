package org.propertytrust.rules;

/**
 * A named, documented check over a book: the standard catalog's rules (DOMAIN.md §6) and any a
 * platform adds.
 *
 * <p>A rule is a description plus a factory: every validation asks it for a fresh {@link Check},
 * which sees each entry once, in list order, with the ledger's state just before and just after it,
 * and then the whole book once at the end. A check never rescans the entries; what it needs across
 * them it keeps itself, in as little memory as it can.
 *
 * <p>Implementations must be immutable and thread-safe; their checks need not be.
 */
public interface Rule {
  /**
   * Returns the stable id ({@code "ledger.unbalanced"}); a rule added beyond the catalog should use
   * its own prefix.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the severity the rule reports with unless a rule set overrides it.
   *
   * @return the default severity
   */
  Severity severity();

  /**
   * Returns what the rule checks, in one line.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the rule's Chinese title ({@code "分录借贷不平衡"}).
   *
   * @return the title
   */
  String titleZh();

  /**
   * Starts checking one book.
   *
   * @param run what the whole validation shares: the book's sections, the as-of date, the spending
   *     policy; not null
   * @return the check, fresh for this validation
   */
  Check start(RunContext run);
}
