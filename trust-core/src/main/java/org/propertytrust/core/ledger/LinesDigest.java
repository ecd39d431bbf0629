package org.propertytrust.core.ledger;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A 128-bit digest of the lines of an entry, independent of their order.
 *
 * <p>It lets a reader that cannot hold every entry still tell whether a reversal mirrors the entry
 * it names exactly: keep each entry's {@link #mirrorOf(List) mirror digest} (a few dozen bytes) and
 * compare it with the reversal's {@link #of(List) digest}. Two line lists with the same lines in
 * any order have the same digest; the digest is a deterministic hash, not a cryptographic one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinesDigest {
  private static final long SEED_A = 0x9E3779B97F4A7C15L;
  private static final long SEED_B = 0xC2B2AE3D27D4EB4FL;

  private final long high;
  private final long low;

  private LinesDigest(long high, long low) {
    this.high = high;
    this.low = low;
  }

  /**
   * Returns the digest of the lines as they are.
   *
   * @param lines the lines; not null
   * @return the digest
   */
  public static LinesDigest of(List<Line> lines) {
    return digest(lines, false, 0);
  }

  /**
   * Returns the digest the exact mirror of these lines would have: every line on the other side.
   *
   * @param lines the lines; not null
   * @return the digest of the mirror
   */
  public static LinesDigest mirrorOf(List<Line> lines) {
    return digest(lines, true, 0);
  }

  /**
   * Returns the digest of the lines as they are, under a key: digests under a key the author of the
   * lines cannot know cannot be matched on purpose by lines that differ.
   *
   * @param lines the lines; not null
   * @param key the key, the same for every digest compared
   * @return the digest
   */
  public static LinesDigest of(List<Line> lines, long key) {
    return digest(lines, false, key);
  }

  /**
   * Returns the digest the exact mirror of these lines would have under a key.
   *
   * @param lines the lines; not null
   * @param key the key, the same for every digest compared
   * @return the digest of the mirror
   */
  public static LinesDigest mirrorOf(List<Line> lines, long key) {
    return digest(lines, true, key);
  }

  private static LinesDigest digest(List<Line> lines, boolean flip, long key) {
    long a = lines.size();
    long b = ~lines.size();
    long[] pair = new long[2];
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      lineHashes(line, line.isDebit() != flip, key, pair);
      a += mix(pair[0]);
      b += mix(pair[1] ^ SEED_A);
    }
    return new LinesDigest(mix(a), mix(b ^ SEED_B));
  }

  /** Hashes a line from both seeds at once, into {@code pair}: one pass over its text. */
  private static void lineHashes(Line line, boolean debit, long key, long[] pair) {
    pair[0] = SEED_A ^ key;
    pair[1] = SEED_B ^ Long.rotateLeft(key, 32);
    step(pair, line.account().code());
    step(pair, debit ? 1 : 2);
    step(pair, line.amountMinor());
    optional(pair, line.unitOrNull());
    YearMonth period = line.periodOrNull();
    step(pair, period != null ? period.getYear() * 12L + period.getMonthValue() : -1L);
    optional(pair, line.feeOrNull());
  }

  private static void optional(long[] pair, @Nullable String text) {
    if (text != null) {
      step(pair, 7);
      step(pair, text);
    } else {
      step(pair, 3);
    }
  }

  private static void step(long[] pair, String text) {
    long x = pair[0];
    long y = pair[1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      x = (x ^ c) * 0x100000001B3L;
      y = (y ^ c) * 0x100000001B3L;
    }
    pair[0] = mix(x ^ text.length());
    pair[1] = mix(y ^ text.length());
  }

  private static void step(long[] pair, long value) {
    pair[0] = mix(pair[0] ^ value) * 0xBF58476D1CE4E5B9L;
    pair[1] = mix(pair[1] ^ value) * 0xBF58476D1CE4E5B9L;
  }

  private static long mix(long z) {
    long x = z;
    x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  /**
   * Returns the first 64 bits of the digest.
   *
   * @return the high half
   */
  public long high() {
    return high;
  }

  /**
   * Returns the last 64 bits of the digest.
   *
   * @return the low half
   */
  public long low() {
    return low;
  }

  /**
   * Tells whether the other object is the same digest.
   *
   * @param other the other object
   * @return true if both halves are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LinesDigest
        && ((LinesDigest) other).high == high
        && ((LinesDigest) other).low == low;
  }

  /**
   * Returns a hash code of the digest.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(high * 31 + low);
  }

  /**
   * Returns the digest in hexadecimal.
   *
   * @return 32 hexadecimal digits
   */
  @Override
  public String toString() {
    return String.format("%016x%016x", high, low);
  }
}
