package org.propertytrust.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one kind of object of the format: their names in the format's order (FORMAT.md),
 * and which of them are required. The reader reads by these lists, and the tests hold the JSON
 * Schema's {@code properties} and {@code required} to them, so the two cannot drift apart.
 *
 * <p>The names array is shared and must not be changed. Immutable.
 */
final class Fields {
  private final String[] names;
  private final long required;

  private Fields(String[] names, long required) {
    this.names = names;
    this.required = required;
  }

  /** The fields with the given names, none of them required. */
  static Fields of(String... names) {
    if (names.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 fields: " + names.length);
    }
    return new Fields(names.clone(), 0);
  }

  /** These fields, with the given ones required. */
  Fields required(String... required) {
    long bits = 0;
    for (String name : required) {
      int index = indexOf(name);
      if (index < 0) {
        throw new IllegalArgumentException("no field " + name);
      }
      bits |= 1L << index;
    }
    return new Fields(names, bits);
  }

  /** The names, in the format's order; the array is shared and must not be changed. */
  String[] names() {
    return names;
  }

  /** The bits (by index in {@link #names()}) of the required fields. */
  long required() {
    return required;
  }

  /** Whether the field with the given index is required. */
  boolean isRequired(int index) {
    return (required & (1L << index)) != 0;
  }

  /** The names of the required fields, in the format's order. */
  List<String> requiredNames() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (isRequired(i)) {
        out.add(names[i]);
      }
    }
    return out;
  }

  /** The index of a field, or -1. */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
