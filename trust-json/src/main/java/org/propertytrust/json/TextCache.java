package org.propertytrust.json;

import org.jspecify.annotations.Nullable;

/**
 * A bounded map from short texts to values, looked up by a slice of a character buffer without
 * building a string: within one read, account codes, unit ids, fee codes, periods and entry kinds
 * repeat, and each is parsed and checked once. When full it starts afresh, so its size is bounded
 * whatever the input.
 */
final class TextCache<V> {
  private static final int SLOTS = 8192;
  private static final int MAX_SIZE = SLOTS / 2;
  private static final int MAX_KEY_LENGTH = 64;

  private final String[] keys = new String[SLOTS];
  private final Object[] values = new Object[SLOTS];
  private int size;

  /** Returns the value cached for the text, or null. */
  @SuppressWarnings("unchecked")
  @Nullable V get(char[] buf, int off, int len) {
    if (len > MAX_KEY_LENGTH) {
      return null;
    }
    int i = hash(buf, off, len) & (SLOTS - 1);
    String key;
    while ((key = keys[i]) != null) {
      if (matches(key, buf, off, len)) {
        return (V) values[i];
      }
      i = (i + 1) & (SLOTS - 1);
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
    }
    int i = hash(key) & (SLOTS - 1);
    while (keys[i] != null) {
      if (keys[i].equals(key)) {
        values[i] = value;
        return;
      }
      i = (i + 1) & (SLOTS - 1);
    }
    keys[i] = key;
    values[i] = value;
    size++;
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
