package org.propertytrust.json;

/**
 * The identity of the JSON interchange format: the value of a book's {@code format} field and the
 * media type of the documents.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrustBookFormat {
  /** The value of the {@code format} field of every book this library reads and writes. */
  public static final String FORMAT = "trust-book/1";

  /** The media type of a trust book document. */
  public static final String MEDIA_TYPE = "application/vnd.propertytrust.book+json";

  private TrustBookFormat() {}
}
