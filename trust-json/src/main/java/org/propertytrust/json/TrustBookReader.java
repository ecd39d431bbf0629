package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.book.TrustBook;

/**
 * Reads books in the {@code trust-book/1} JSON format (FORMAT.md).
 *
 * <p>Reading is strict by default: unknown fields, duplicate keys, wrong types, malformed amounts,
 * dates and months, a {@code format} other than {@code trust-book/1}, duplicate ids within a
 * section and any value the core model refuses to build are read errors. Every problem found is
 * reported at once, each with its JSON path, in one {@link BookReadException}; a book is returned
 * only when there was none. Business problems (unbalanced entries, unknown accounts or units,
 * duplicate entry ids, missing approvals) are not read errors: the book loads, and the rules report
 * them.
 *
 * <p>Amounts are decimal strings checked lexically before any number is built, so {@code
 * "1e1000000"} or a million digits cost nothing; an amount with more decimals than the community's
 * currency allows, a negative debit or credit, and a line with both or neither are read errors. The
 * limits of {@link ReadOptions} bound the work and memory a hostile document can cause.
 *
 * <p>Input is UTF-8. A UTF-8 byte-order mark is accepted and skipped (RFC 8259 lets a parser ignore
 * it; some editors write one); UTF-16 and UTF-32 input, invalid UTF-8, an empty document and a
 * truncated one are read errors. The writer never writes a byte-order mark.
 *
 * <p>Large books are read with {@link #open(Path)}, in two passes over the file and with memory
 * independent of the number of entries: see {@link BookStream}. {@link #read(Path)} and the other
 * {@code read} methods hold the whole book.
 *
 * <p>A lenient reader drops unknown fields with a warning each. The {@code read} methods return the
 * book alone; the {@code readWithWarnings} methods return it with its warnings ({@link
 * ReadResult}), those found inside the entries included.
 *
 * <p>No exception of this API is checked: read errors are {@link BookReadException}s, and failures
 * of the file system (a missing file, a full disk while spooling) are {@link
 * UncheckedIOException}s.
 *
 * <p>This class is immutable and thread-safe; one reader may serve any number of reads.
 */
public final class TrustBookReader {
  private static final TrustBookReader STRICT = new TrustBookReader(ReadOptions.strict());

  private final ReadOptions options;
  private final JsonFactory factory;

  private TrustBookReader(ReadOptions options) {
    this.options = options;
    this.factory = Json.readFactory(options);
  }

  /**
   * Returns a reader with the default, strict options.
   *
   * @return the reader
   */
  public static TrustBookReader strict() {
    return STRICT;
  }

  /**
   * Returns a reader that reports unknown fields as warnings and drops them, with the default
   * limits.
   *
   * @return the reader
   */
  public static TrustBookReader lenient() {
    return new TrustBookReader(ReadOptions.lenient());
  }

  /**
   * Returns a reader with the given options.
   *
   * @param options the options; not null
   * @return the reader
   */
  public static TrustBookReader withOptions(ReadOptions options) {
    return new TrustBookReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns this reader's options.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a whole book from a file.
   *
   * @param file the file; not null
   * @return the book
   * @throws BookReadException if the book cannot be read; every problem is listed
   * @throws UncheckedIOException if the file cannot be read
   */
  public TrustBook read(Path file) {
    return readWithWarnings(file).book();
  }

  /**
   * Reads a whole book from a file, with the warnings found while reading it.
   *
   * @param file the file; not null
   * @return the book and its warnings, in document order
   * @throws BookReadException if the book cannot be read; every problem is listed
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult readWithWarnings(Path file) {
    try (BookStream stream = open(file)) {
      return stream.bookWithWarnings();
    }
  }

  /**
   * Reads a whole book from a stream, which is read to its end (and not closed). The stream is held
   * in memory while it is read; use {@link #open(InputStream)} for books too large for that.
   *
   * @param in the stream; not null
   * @return the book
   * @throws BookReadException if the book cannot be read; every problem is listed
   * @throws UncheckedIOException if the stream cannot be read
   */
  public TrustBook read(InputStream in) {
    return readWithWarnings(in).book();
  }

  /**
   * Reads a whole book from a stream, with the warnings found while reading it. The stream is read
   * to its end (and not closed), and held in memory while it is read.
   *
   * @param in the stream; not null
   * @return the book and its warnings, in document order
   * @throws BookReadException if the book cannot be read; every problem is listed
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult readWithWarnings(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = Source.readAll(in, options.maxDocumentLength());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes == null) {
      throw tooLarge();
    }
    return read(Source.of(bytes));
  }

  /**
   * Reads a whole book from its UTF-8 bytes.
   *
   * @param json the document; not null
   * @return the book
   * @throws BookReadException if the book cannot be read; every problem is listed
   */
  public TrustBook read(byte[] json) {
    return readWithWarnings(json).book();
  }

  /**
   * Reads a whole book from its UTF-8 bytes, with the warnings found while reading it.
   *
   * @param json the document; not null
   * @return the book and its warnings, in document order
   * @throws BookReadException if the book cannot be read; every problem is listed
   */
  public ReadResult readWithWarnings(byte[] json) {
    return read(Source.of(json.clone()));
  }

  /**
   * Reads a whole book from its text.
   *
   * @param json the document; not null
   * @return the book
   * @throws BookReadException if the book cannot be read; every problem is listed
   */
  public TrustBook read(String json) {
    return readWithWarnings(json).book();
  }

  /**
   * Reads a whole book from its text, with the warnings found while reading it.
   *
   * @param json the document; not null
   * @return the book and its warnings, in document order
   * @throws BookReadException if the book cannot be read; every problem is listed
   */
  public ReadResult readWithWarnings(String json) {
    return read(Source.of(json));
  }

  private ReadResult read(Source source) {
    try (BookStream stream = open(source, null)) {
      return stream.bookWithWarnings();
    }
  }

  /**
   * Opens a book file for streaming: reads everything but the entries now (pass 1), and the entries
   * later, one at a time, with {@link BookStream#forEachEntry} (pass 2).
   *
   * @param file the file; not null
   * @return the open book; close it when done
   * @throws BookReadException if the book cannot be read; every problem is listed, those of the
   *     entries included
   * @throws UncheckedIOException if the file cannot be read
   */
  public BookStream open(Path file) {
    Objects.requireNonNull(file, "file");
    return open(Source.of(file), null);
  }

  /**
   * Opens a book read from a stream (standard input, say) for streaming. The stream is first
   * spooled to a temporary file (in {@link ReadOptions#spoolDirectory()}), which {@link
   * BookStream#close()} deletes; the stream is read to its end and not closed.
   *
   * @param in the stream; not null
   * @return the open book; close it when done
   * @throws BookReadException if the book cannot be read; every problem is listed
   * @throws UncheckedIOException if the stream cannot be read or the file not written
   */
  public BookStream open(InputStream in) {
    Objects.requireNonNull(in, "in");
    Path spool = null;
    try {
      spool =
          options.spoolDirectory().isPresent()
              ? Files.createTempFile(options.spoolDirectory().get(), "trust-book-", ".json")
              : Files.createTempFile("trust-book-", ".json");
      boolean complete = copy(in, spool, options.maxDocumentLength());
      if (!complete) {
        throw tooLarge();
      }
      BookStream stream = open(Source.of(spool), spool);
      spool = null;
      return stream;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (spool != null) {
        deleteQuietly(spool);
      }
    }
  }

  private BookStream open(Source source, @Nullable Path spool) {
    try {
      BookReading.Header header = BookReading.header(source, factory, options);
      if (header.problems.hasErrors()) {
        if (!header.unreadable) {
          Problems entries = new Problems(options.maxProblems());
          BookReading.entries(source, factory, options, header, entries, null);
          header.problems.addAll(entries);
        }
        throw header.problems.exception();
      }
      return new BookStream(source, factory, options, header, spool);
    } catch (RuntimeException e) {
      if (spool != null) {
        deleteQuietly(spool);
      }
      throw e;
    }
  }

  private BookReadException tooLarge() {
    return new BookReadException(
        java.util.List.of(
            ReadProblem.of(
                "",
                "the document is longer than "
                    + options.maxDocumentLength()
                    + " bytes (read option maxDocumentLength)")));
  }

  private static boolean copy(InputStream in, Path file, long limit) throws IOException {
    try (var out = Files.newOutputStream(file)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limit) {
          return false;
        }
        out.write(buf, 0, n);
      }
    }
    return true;
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing more can be done: the file is in the temporary directory.
    }
  }
}
