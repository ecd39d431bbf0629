package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.TrustBook;

/**
 * Writes books in the {@code trust-book/1} JSON format (FORMAT.md).
 *
 * <p>Writing is deterministic: the same book gives the same bytes, on any machine. Keys come in the
 * order of FORMAT.md's tables; amounts are decimal strings at the currency's scale ({@code 1.5} is
 * written {@code "1.50"}); areas, rates and percents are decimal strings as they were given; dates
 * are {@code YYYY-MM-DD}, months {@code YYYY-MM}, instants ISO-8601 with seconds and offset. Absent
 * optional fields are omitted, and so are optional fields holding their default ({@code fund}
 * OPERATING, {@code serviceLevels} 54321, {@code publicRevenueApprovedByAssembly} false, an empty
 * {@code relatedTo}); every section is written, an empty one as {@code []}. The output is UTF-8
 * without a byte-order mark, non-ASCII text is written as is, and the document ends with a newline.
 *
 * <p>Reading what was written gives an equal book.
 *
 * <p>A value the format cannot hold (a date after the year 9999, text with an unpaired surrogate)
 * is refused with a {@link TrustException}; failures of the output are {@link
 * UncheckedIOException}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrustBookWriter {
  private static final JsonFactory FACTORY = Json.writeFactory();
  private static final TrustBookWriter INDENTED = new TrustBookWriter(true);
  private static final TrustBookWriter COMPACT = new TrustBookWriter(false);

  private final boolean indented;

  private TrustBookWriter(boolean indented) {
    this.indented = indented;
  }

  /**
   * Returns a writer that indents with two spaces and ends lines with {@code \n}, for people.
   *
   * @return the writer
   */
  public static TrustBookWriter indented() {
    return INDENTED;
  }

  /**
   * Returns a writer without any white space between tokens, for machines and large books.
   *
   * @return the writer
   */
  public static TrustBookWriter compact() {
    return COMPACT;
  }

  /**
   * Writes a book to a stream, which is flushed and not closed.
   *
   * @param book the book; not null
   * @param out the stream; not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(TrustBook book, OutputStream out) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (indented) {
        g.setPrettyPrinter(prettyPrinter());
      }
      Writing.book(new ValidText(g), book);
      g.writeRaw('\n');
    } catch (JsonGenerationException e) {
      throw new TrustException(
          "the book cannot be written as UTF-8 JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a book to a file, replacing it.
   *
   * @param book the book; not null
   * @param file the file; not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(TrustBook book, Path file) {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      write(book, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a book's document as UTF-8 bytes.
   *
   * @param book the book; not null
   * @return the bytes
   */
  public byte[] toBytes(TrustBook book) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(book, out);
    return out.toByteArray();
  }

  /**
   * Returns a book's document as text.
   *
   * @param book the book; not null
   * @return the JSON text
   */
  public String toJson(TrustBook book) {
    return new String(toBytes(book), StandardCharsets.UTF_8);
  }

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
