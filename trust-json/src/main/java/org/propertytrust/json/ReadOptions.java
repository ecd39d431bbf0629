package org.propertytrust.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.ledger.Entry;

/**
 * How a {@link TrustBookReader} reads: what it does with unknown fields, and the limits that
 * protect it from hostile or broken input.
 *
 * <p>Every limit has a documented default. A book beyond a limit is refused with a read error that
 * names the limit (the option's name), never with an {@link OutOfMemoryError} or a stack overflow:
 *
 * <ul>
 *   <li>{@link #maxDocumentLength()}: the size of the document in bytes (characters for text
 *       input); {@value #DEFAULT_MAX_DOCUMENT_LENGTH} (1 GiB) by default;
 *   <li>{@link #maxNestingDepth()}: how deeply arrays and objects nest; {@value
 *       #DEFAULT_MAX_NESTING_DEPTH} by default (a book needs 4);
 *   <li>{@link #maxNumberLength()}: the characters of one JSON number; {@value
 *       #DEFAULT_MAX_NUMBER_LENGTH} by default (amounts are strings, and checked on their own);
 *   <li>{@link #maxStringLength()}: the characters of one string value; {@value
 *       #DEFAULT_MAX_STRING_LENGTH} by default;
 *   <li>{@link #maxNameLength()}: the characters of one field name; {@value
 *       #DEFAULT_MAX_NAME_LENGTH} by default;
 *   <li>{@link #maxLinesPerEntry()}: the lines of one entry; {@value #DEFAULT_MAX_LINES_PER_ENTRY}
 *       by default, the core's {@link Entry#MAX_LINES};
 *   <li>{@link #maxProblems()}: how many problems (and, separately, warnings) are listed; {@value
 *       #DEFAULT_MAX_PROBLEMS} by default. Problems beyond it are counted, and the count is
 *       reported as one last problem, so that a huge broken file cannot exhaust memory with
 *       messages.
 * </ul>
 *
 * <p>A book whose JSON is itself malformed is reported up to the point where the JSON breaks: what
 * follows cannot be read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadOptions {
  /** The default {@link #maxDocumentLength()}: 1 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;

  /** The default {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /** The default {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** The default {@link #maxNameLength()}. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** The default {@link #maxLinesPerEntry()}: the core's {@link Entry#MAX_LINES}. */
  public static final int DEFAULT_MAX_LINES_PER_ENTRY = Entry.MAX_LINES;

  /** The default {@link #maxProblems()}. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  private static final ReadOptions STRICT = builder().build();

  private final UnknownFields unknownFields;
  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxLinesPerEntry;
  private final int maxProblems;
  private final @Nullable Path spoolDirectory;

  private ReadOptions(Builder b) {
    this.unknownFields = b.unknownFields;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxNumberLength = b.maxNumberLength;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxLinesPerEntry = b.maxLinesPerEntry;
    this.maxProblems = b.maxProblems;
    this.spoolDirectory = b.spoolDirectory;
  }

  /**
   * Returns the default options: unknown fields rejected, every limit at its default.
   *
   * @return the strict options
   */
  public static ReadOptions strict() {
    return STRICT;
  }

  /**
   * Returns the default options, except that unknown fields are reported as warnings and dropped.
   *
   * @return the lenient options
   */
  public static ReadOptions lenient() {
    return builder().unknownFields(UnknownFields.WARN).build();
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.unknownFields = unknownFields;
    b.maxDocumentLength = maxDocumentLength;
    b.maxNestingDepth = maxNestingDepth;
    b.maxNumberLength = maxNumberLength;
    b.maxStringLength = maxStringLength;
    b.maxNameLength = maxNameLength;
    b.maxLinesPerEntry = maxLinesPerEntry;
    b.maxProblems = maxProblems;
    b.spoolDirectory = spoolDirectory;
    return b;
  }

  /**
   * Returns what the reader does with unknown fields; {@link UnknownFields#REJECT} by default.
   *
   * @return the policy
   */
  public UnknownFields unknownFields() {
    return unknownFields;
  }

  /**
   * Returns the largest document accepted, in bytes (characters for text input).
   *
   * @return the limit, positive
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns how deeply arrays and objects may nest.
   *
   * @return the limit, positive
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the most characters a JSON number may have.
   *
   * @return the limit, positive
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the most characters a string value may have.
   *
   * @return the limit, positive
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the most characters a field name may have.
   *
   * @return the limit, positive
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the most lines one entry may have.
   *
   * @return the limit, between 1 and {@link Entry#MAX_LINES}
   */
  public int maxLinesPerEntry() {
    return maxLinesPerEntry;
  }

  /**
   * Returns how many problems, and how many warnings, are listed at most.
   *
   * @return the limit, positive
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns the directory where {@link TrustBookReader#open(java.io.InputStream)} spools its input;
   * the system's temporary directory when empty.
   *
   * @return the directory
   */
  public Optional<Path> spoolDirectory() {
    return Optional.ofNullable(spoolDirectory);
  }

  StreamReadConstraints constraints() {
    // The parser's token count is left unbounded (-1, its default): the document length bounds it,
    // and no read option sets it.
    return StreamReadConstraints.builder()
        .maxTokenCount(-1)
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxNumberLength(maxNumberLength)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxNameLength)
        .build();
  }

  /**
   * Tells whether the other object holds the same options.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ReadOptions)) {
      return false;
    }
    ReadOptions o = (ReadOptions) other;
    return unknownFields == o.unknownFields
        && maxDocumentLength == o.maxDocumentLength
        && maxNestingDepth == o.maxNestingDepth
        && maxNumberLength == o.maxNumberLength
        && maxStringLength == o.maxStringLength
        && maxNameLength == o.maxNameLength
        && maxLinesPerEntry == o.maxLinesPerEntry
        && maxProblems == o.maxProblems
        && Objects.equals(spoolDirectory, o.spoolDirectory);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        unknownFields,
        maxDocumentLength,
        maxNestingDepth,
        maxNumberLength,
        maxStringLength,
        maxNameLength,
        maxLinesPerEntry,
        maxProblems,
        spoolDirectory);
  }

  /**
   * Returns the options as text, for logs.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReadOptions{unknownFields="
        + unknownFields
        + ", maxDocumentLength="
        + maxDocumentLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxStringLength="
        + maxStringLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxLinesPerEntry="
        + maxLinesPerEntry
        + ", maxProblems="
        + maxProblems
        + (spoolDirectory == null ? "" : ", spoolDirectory=" + spoolDirectory)
        + "}";
  }

  /** Builds {@link ReadOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private UnknownFields unknownFields = UnknownFields.REJECT;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxLinesPerEntry = DEFAULT_MAX_LINES_PER_ENTRY;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private @Nullable Path spoolDirectory;

    private Builder() {}

    /**
     * Sets what the reader does with unknown fields.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder unknownFields(UnknownFields policy) {
      this.unknownFields = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the largest document accepted.
     *
     * @param bytes the limit in bytes (characters for text input), positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxDocumentLength(long bytes) {
      this.maxDocumentLength = positive("maxDocumentLength", bytes);
      return this;
    }

    /**
     * Sets how deeply arrays and objects may nest.
     *
     * @param depth the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * Sets the most characters a JSON number may have.
     *
     * @param length the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive("maxNumberLength", length);
      return this;
    }

    /**
     * Sets the most characters a string value may have.
     *
     * @param length the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive("maxStringLength", length);
      return this;
    }

    /**
     * Sets the most characters a field name may have.
     *
     * @param length the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = (int) positive("maxNameLength", length);
      return this;
    }

    /**
     * Sets the most lines one entry may have.
     *
     * @param lines the limit, between 1 and {@link Entry#MAX_LINES}
     * @return this builder
     * @throws IllegalArgumentException if the limit is out of range
     */
    public Builder maxLinesPerEntry(int lines) {
      positive("maxLinesPerEntry", lines);
      if (lines > Entry.MAX_LINES) {
        throw new IllegalArgumentException(
            "maxLinesPerEntry must be at most " + Entry.MAX_LINES + ", not " + lines);
      }
      this.maxLinesPerEntry = lines;
      return this;
    }

    /**
     * Sets how many problems, and how many warnings, are listed at most.
     *
     * @param count the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxProblems(int count) {
      this.maxProblems = (int) positive("maxProblems", count);
      return this;
    }

    /**
     * Sets the directory where standard input and other streams are spooled for streaming.
     *
     * @param directory an existing, writable directory; not null
     * @return this builder
     */
    public Builder spoolDirectory(Path directory) {
      this.spoolDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public ReadOptions build() {
      return new ReadOptions(this);
    }

    private static long positive(String what, long value) {
      if (value <= 0) {
        throw new IllegalArgumentException(what + " must be positive, not " + value);
      }
      return value;
    }
  }
}
