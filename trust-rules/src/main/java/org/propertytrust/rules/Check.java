package org.propertytrust.rules;

/**
 * One rule's work on one book. The engine calls {@link #beforeEntry} and {@link #afterEntry} for
 * every entry in list order, then {@link #finish} once. Every method does nothing by default.
 */
public interface Check {
  /**
   * Looks at an entry with the ledger as it was just before it.
   *
   * @param entry the entry and its context; not null
   * @param reporter where to report; not null
   */
  default void beforeEntry(EntryContext entry, Reporter reporter) {}

  /**
   * Looks at an entry with the ledger as it is just after it.
   *
   * @param entry the entry and its context; not null
   * @param reporter where to report; not null
   */
  default void afterEntry(EntryContext entry, Reporter reporter) {}

  /**
   * Looks at the book once every entry has been seen.
   *
   * @param finish the final context; not null
   * @param reporter where to report; not null
   */
  default void finish(FinishContext finish, Reporter reporter) {}
}
