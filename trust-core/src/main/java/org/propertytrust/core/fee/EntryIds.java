package org.propertytrust.core.fee;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A source of fresh entry ids for operations that create several entries. The caller is responsible
 * for ids being new to the book; a journal refuses an id it already holds with other content.
 */
@FunctionalInterface
public interface EntryIds {
  /**
   * Returns the next id.
   *
   * @return a valid id
   * @throws TrustException if no id is left
   */
  String next();

  /**
   * Returns ids made of a prefix and a counter: {@code prefix + 1}, {@code prefix + 2}, ...
   *
   * @param prefix the prefix, such as {@code "LF-2024-03-"}; not null
   * @return the id source
   */
  static EntryIds numbered(String prefix) {
    Ids.check("entry id prefix", prefix + "1");
    int[] counter = {0};
    return () -> prefix + ++counter[0];
  }

  /**
   * Returns the given ids, in order, then fails.
   *
   * @param ids the ids; not null
   * @return the id source
   */
  static EntryIds of(String... ids) {
    Deque<String> left = new ArrayDeque<>(Arrays.asList(ids));
    return () -> {
      TrustException.check(!left.isEmpty(), "no entry id left of %s", Arrays.toString(ids));
      return Ids.check("entry id", left.removeFirst());
    };
  }
}
