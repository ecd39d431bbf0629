package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;

/**
 * A book opened for streaming: its header (everything but the entries) was read when it was opened,
 * and its entries are read one at a time, as often as asked, without holding them.
 *
 * <p>Books often list {@code entries} before the sections needed to judge them, so a file is read
 * in two passes: the first read everything but the entries, skipping them token by token; each call
 * of {@link #forEachEntry} is a second pass that reads only the entries. The memory a pass needs
 * does not grow with the number of entries: one entry (and its lines) is held at a time, and
 * nothing is kept from one entry to the next.
 *
 * <p>Whether the book as a whole could be read is known only when {@code forEachEntry} returns:
 * when a problem is found in the entries, no further entry is handed over, the pass goes on to the
 * end to find every problem, and then a {@link BookReadException} lists them all. A caller that
 * judges a book (validation, metrics) must give no verdict when it throws.
 *
 * <p>Close the stream when done: a stream opened on an {@code InputStream} deletes its spool file.
 * Not thread-safe.
 */
public final class BookStream implements AutoCloseable {
  private final Source source;
  private final JsonFactory factory;
  private final ReadOptions options;
  private final BookReading.Header header;
  private final TrustBook book;
  private @Nullable Problems entryProblems;
  private @Nullable Path spool;
  private boolean closed;

  BookStream(
      Source source,
      JsonFactory factory,
      ReadOptions options,
      BookReading.Header header,
      @Nullable Path spool) {
    this.source = source;
    this.factory = factory;
    this.options = options;
    this.header = header;
    this.book = Objects.requireNonNull(header.book);
    this.spool = spool;
  }

  /**
   * Returns the book without its entries: community, parties, units, contract and every other
   * section, checked as a whole.
   *
   * @return the header book, whose {@link TrustBook#entries()} is empty
   */
  public TrustBook header() {
    return book;
  }

  /**
   * Returns the warnings found so far: the unknown fields a lenient reader dropped (a strict reader
   * has none). Those outside the entries are found when the stream is opened; those inside the
   * entries by a pass over them. So the list is complete once {@link #forEachEntry} (or {@link
   * #book()}) has returned or thrown its {@link BookReadException}; before the first pass it holds
   * only the warnings outside the entries, and after a pass ended early by the consumer's exception
   * only those found up to there. Each pass replaces the entries' warnings of the one before.
   *
   * @return the warnings, in document order; at most {@link ReadOptions#maxProblems()} listed, and
   *     then a last one that says how many more were found
   */
  public List<ReadProblem> warnings() {
    Problems entries = entryProblems;
    if (entries == null) {
      return header.problems.warnings();
    }
    Problems all = new Problems(options.maxProblems());
    all.addWarnings(header.problems);
    all.addWarnings(entries);
    return all.warnings();
  }

  /**
   * Reads the entries in order, handing each to the consumer with its index.
   *
   * @param consumer receives the entries; not null. An exception it throws ends the pass and is
   *     passed on
   * @throws BookReadException after the pass, if any entry could not be read; entries before the
   *     first problem may have been handed over, and the whole read has failed
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalStateException if the stream is closed
   */
  public void forEachEntry(EntryConsumer consumer) {
    Objects.requireNonNull(consumer, "consumer");
    if (closed) {
      throw new IllegalStateException("the book stream is closed");
    }
    Problems problems = new Problems(options.maxProblems());
    entryProblems = problems;
    BookReading.entries(source, factory, options, header, problems, consumer);
    if (problems.hasErrors()) {
      throw problems.exception();
    }
  }

  /**
   * Reads the entries into memory and returns the whole book.
   *
   * @return the book, entries included
   * @throws BookReadException if any entry could not be read
   * @throws IllegalStateException if the stream is closed
   */
  public TrustBook book() {
    List<Entry> entries = new ArrayList<>();
    forEachEntry((index, entry) -> entries.add(entry));
    return ImmutableTrustBook.copyOf(book).withEntries(entries);
  }

  /** Reads the entries into memory and returns the whole book with every warning. */
  ReadResult bookWithWarnings() {
    TrustBook whole = book();
    return ReadResult.of(whole, warnings());
  }

  /** Ends the stream, deleting its spool file if it has one. Closing twice does nothing. */
  @Override
  public void close() {
    closed = true;
    if (spool != null) {
      TrustBookReader.deleteQuietly(spool);
      spool = null;
    }
  }
}
