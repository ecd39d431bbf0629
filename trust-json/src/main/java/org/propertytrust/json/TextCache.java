package org.propertytrust.json;

import org.jspecify.annotations.Nullable;

/**
 * A bounded map from short texts to values, looked up by a slice of a character buffer without
 * building a string: within one read, account codes, unit ids, fee codes, periods and entry kinds
 * repeat, and each is parsed and checked once. When full it starts afresh, so its size is bounded
 * whatever the input.
 *
 * <p>Its table starts small and doubles as texts are added (kept at most half full) up to 8,192
 * slots: a read makes several of these caches, and most reads (small books, refused ones) cache a
 * few dozen texts, so a table of the largest size made at once would cost more to allocate and
 * clear than the rest of the read.
 */
final class TextCache<V> {
  private static final int FIRST_SLOTS = 16;
  private static final int MAX_SLOTS = 8192;
  private static final int MAX_SIZE = MAX_SLOTS / 2;
  private static final int MAX_KEY_LENGTH = 64;

  private String[] keys = new String[FIRST_SLOTS];
  private Object[] values = new Object[FIRST_SLOTS];
  private int size;

  /** Returns the value cached for the text, or null. */
  @SuppressWarnings("unchecked")
  @Nullable V get(char[] buf, int off, int len) {
    if (len > MAX_KEY_LENGTH) {
      return null;
    }
    String[] k = keys;
    int mask = k.length - 1;
    int i = hash(buf, off, len) & mask;
    String key;
    while ((key = k[i]) != null) {
      if (matches(key, buf, off, len)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** Caches a value for a text that {@link #get} did not find. */
  void put(String key, V value) {
    if (key.length() > MAX_KEY_LENGTH) {
      return;
    }
    if (size >= MAX_SIZE) {
      java.util.Arrays.fill(keys, null);
      java.util.Arrays.fill(values, null);
      size = 0;
    } else if (2 * (size + 1) > keys.length) {
      grow();
    }
    if (insert(keys, values, key, value)) {
      size++;
    }
  }

  /** Doubles the table, keeping every text cached. */
  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        insert(keys, values, oldKeys[j], oldValues[j]);
      }
    }
  }

  /** Puts a value in a table; returns whether the key is new to it. */
  private static boolean insert(String[] keys, Object[] values, String key, Object value) {
    int mask = keys.length - 1;
    int i = hash(key) & mask;
    while (keys[i] != null) {
      if (keys[i].equals(key)) {
        values[i] = value;
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    return true;
  }

  /**
   * A hash of the length and three characters (first, middle, last): cheap, and enough to tell
   * apart the short codes of a book ({@code cash}, {@code U12}, {@code 2024-03}); collisions are
   * resolved by comparing the whole text.
   */
  private static int hash(char[] buf, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int h = len * 0x9E3779B1;
    h = (h ^ buf[off]) * 0x85EBCA6B;
    h = (h ^ buf[off + (len >> 1)]) * 0xC2B2AE35;
    h = (h ^ buf[off + len - 1]) * 0x27D4EB2F;
    return h ^ (h >>> 15);
  }

  private static int hash(String key) {
    int len = key.length();
    if (len == 0) {
      return 0;
    }
    int h = len * 0x9E3779B1;
    h = (h ^ key.charAt(0)) * 0x85EBCA6B;
    h = (h ^ key.charAt(len >> 1)) * 0xC2B2AE35;
    h = (h ^ key.charAt(len - 1)) * 0x27D4EB2F;
    return h ^ (h >>> 15);
  }

  private static boolean matches(String key, char[] buf, int off, int len) {
    if (key.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (key.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }
}
