package org.propertytrust.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

  /** The name of the JSON Schema resource, in this class's package. */
  public static final String SCHEMA_RESOURCE = "trust-book-1.schema.json";

  private TrustBookFormat() {}

  /**
   * Returns the JSON Schema (draft 2020-12) of the format: the shape of a book in full. What a
   * schema cannot say (decimals per currency, references between sections, ids unique within a
   * section) the reader enforces.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = TrustBookFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
