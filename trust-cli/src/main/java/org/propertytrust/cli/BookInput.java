package org.propertytrust.cli;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.propertytrust.json.BookStream;
import org.propertytrust.json.ReadOptions;
import org.propertytrust.json.ReadResult;
import org.propertytrust.json.TrustBookReader;

/**
 * Opens the book a command names: a file, or {@code -} for standard input (spooled to a temporary
 * file so that it can be read in two passes). A book that cannot be opened or read at all is an
 * {@link UnreadableBook} naming the reason.
 */
final class BookInput {
  private final String name;
  private final InputStream stdin;
  private final TrustBookReader reader;

  BookInput(String name, InputStream stdin, boolean lenient) {
    this.name = name;
    this.stdin = stdin;
    this.reader =
        TrustBookReader.withOptions(lenient ? ReadOptions.lenient() : ReadOptions.strict());
  }

  /** The name to show for the book: the file name, or "standard input". */
  String displayName() {
    return displayName(name);
  }

  /** The name to show for a book argument: the file name, or "standard input" for {@code -}. */
  static String displayName(String argument) {
    return argument.equals("-") ? "standard input" : argument;
  }

  private boolean isStdin() {
    return name.equals("-");
  }

  private Path path() {
    if (name.isEmpty()) {
      throw new UnreadableBook(displayName(), new Text("error.noName"), null);
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new UnreadableBook(displayName(), new Text("error.badName", e.getReason()), e);
    }
    if (!Files.exists(path)) {
      throw new UnreadableBook(displayName(), new Text("error.noSuchFile"), null);
    }
    if (Files.isDirectory(path)) {
      throw new UnreadableBook(displayName(), new Text("io.isDirectory"), null);
    }
    return path;
  }

  /** Opens the book for streaming; reading its entries may still fail (see {@link #reading}). */
  BookStream open() {
    return reading(() -> isStdin() ? reader.open(stdin) : reader.open(path()));
  }

  /** Reads the whole book, with the warnings of a lenient read. */
  ReadResult read() {
    return reading(
        () -> isStdin() ? reader.readWithWarnings(stdin) : reader.readWithWarnings(path()));
  }

  /**
   * Runs a step that reads the book, turning a failure to read the file or the input (as opposed to
   * a book the reader refuses) into an {@link UnreadableBook} that says why.
   */
  <T> T reading(Supplier<T> step) {
    try {
      return step.get();
    } catch (UncheckedIOException e) {
      Path path = isStdin() ? null : path();
      throw new UnreadableBook(displayName(), FileProblems.readReason(path, e.getCause()), e);
    }
  }
}
