package org.propertytrust.json;

import org.propertytrust.core.ledger.Entry;

/**
 * Receives the entries of a book, one at a time, as {@link BookStream#forEachEntry} reads them.
 *
 * <p>An entry is handed over only when it was read without error. Whether the whole read succeeded
 * is known only when {@code forEachEntry} returns normally: a caller that judges a book must give
 * no verdict when it throws.
 */
@FunctionalInterface
public interface EntryConsumer {
  /**
   * Receives one entry.
   *
   * @param index the entry's position in the {@code entries} array, from 0
   * @param entry the entry; not null
   */
  void accept(long index, Entry entry);
}
