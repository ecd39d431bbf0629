package org.propertytrust.json;

/**
 * A reusable, allocation-free {@link CharSequence} over a slice of a parser's character buffer, so
 * that decimal strings can be checked lexically without first being copied into a string.
 */
final class CharView implements CharSequence {
  private char[] buf = new char[0];
  private int off;
  private int len;

  CharView set(char[] buf, int off, int len) {
    this.buf = buf;
    this.off = off;
    this.len = len;
    return this;
  }

  @Override
  public int length() {
    return len;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= len) {
      throw new IndexOutOfBoundsException(index);
    }
    return buf[off + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(buf, off + start, end - start);
  }

  @Override
  public String toString() {
    return new String(buf, off, len);
  }
}
