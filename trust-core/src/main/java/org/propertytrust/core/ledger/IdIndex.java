package org.propertytrust.core.ledger;

import java.util.Arrays;

/**
 * The position of the first entry with each id, in a few dozen bytes per id: the ids' characters
 * one after another in one array (one byte each for ids in Latin-1, two otherwise), and an
 * open-addressing table of their hashes.
 *
 * <p>The hash is keyed by a seed chosen per index, so that ids crafted to collide cannot make the
 * table degenerate; lookups compare the characters, so results never depend on the seed.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class IdIndex {
  private final long seed;

  /** The characters of every id, first occurrence only, one after another. */
  private byte[] chars = new byte[1 << 12];

  private int used;

  /** For id number k: where its characters start; they end where id k + 1's start. */
  private int[] starts = new int[256];

  /** For id number k: the position of the entry that carries it first. */
  private int[] positions = new int[256];

  /** For id number k: whether its characters take two bytes each. */
  private boolean[] wide = new boolean[256];

  private int ids;

  /** Open addressing: id number + 1, or 0 for a free slot. */
  private int[] slots = new int[512];

  /** The hash of the id in each slot. */
  private int[] hashes = new int[512];

  IdIndex(long seed) {
    this.seed = seed;
  }

  /**
   * Returns the position of the first entry with the id, or -1.
   *
   * @param id the id
   * @return the position, or -1
   */
  int get(String id) {
    int hash = hash(id);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int k = slots[slot] - 1;
      if (k < 0) {
        return -1;
      }
      if (hashes[slot] == hash && matches(k, id)) {
        return positions[k];
      }
    }
  }

  /**
   * Records the position of an id unless the id is known.
   *
   * @param id the id
   * @param position its entry's position
   * @return the position of the first entry with the id, or -1 if this is the first
   */
  int putIfAbsent(String id, int position) {
    int hash = hash(id);
    int mask = slots.length - 1;
    int slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      int k = slots[slot] - 1;
      if (k < 0) {
        break;
      }
      if (hashes[slot] == hash && matches(k, id)) {
        return positions[k];
      }
    }
    if (ids + 1 >= starts.length) {
      int size = starts.length + (starts.length >> 1);
      starts = Arrays.copyOf(starts, size);
      positions = Arrays.copyOf(positions, size);
      wide = Arrays.copyOf(wide, size);
    }
    boolean twoBytes = false;
    for (int i = 0; i < id.length() && !twoBytes; i++) {
      twoBytes = id.charAt(i) > 0xFF;
    }
    int length = twoBytes ? 2 * id.length() : id.length();
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length + (chars.length >> 1), used + length));
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (twoBytes) {
        chars[used + 2 * i] = (byte) (c >> 8);
        chars[used + 2 * i + 1] = (byte) c;
      } else {
        chars[used + i] = (byte) c;
      }
    }
    starts[ids] = used;
    used += length;
    starts[ids + 1] = used;
    positions[ids] = position;
    wide[ids] = twoBytes;
    ids++;
    slots[slot] = ids;
    hashes[slot] = hash;
    if (ids * 2 > slots.length) {
      grow();
    }
    return -1;
  }

  private boolean matches(int k, String id) {
    int start = starts[k];
    int length = starts[k + 1] - start;
    if (wide[k]) {
      if (length != 2 * id.length()) {
        return false;
      }
      for (int i = 0; i < id.length(); i++) {
        char c = (char) (((chars[start + 2 * i] & 0xFF) << 8) | (chars[start + 2 * i + 1] & 0xFF));
        if (c != id.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    if (length != id.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if ((chars[start + i] & 0xFF) != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int slot = oldHashes[i] & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = oldSlots[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  private int hash(String id) {
    long h = seed;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return (int) Hashing.mix(h ^ id.length());
  }
}
