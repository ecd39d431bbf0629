package org.propertytrust.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.json.BookStream;
import org.propertytrust.json.ReadOptions;
import org.propertytrust.json.TrustBookReader;

/**
 * Opens the book a command names: a file, or {@code -} for standard input (spooled to a temporary
 * file so that it can be read in two passes).
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
    return name.equals("-") ? "standard input" : name;
  }

  private Path path() {
    Path path = Path.of(name);
    if (!Files.exists(path)) {
      throw new CommandException(
          "cannot read " + name + ": no such file", new NoSuchFileException(name));
    }
    if (Files.isDirectory(path)) {
      throw new CommandException("cannot read " + name + ": it is a directory");
    }
    return path;
  }

  /** Opens the book for streaming. */
  BookStream open() {
    return name.equals("-") ? reader.open(stdin) : reader.open(path());
  }

  /** Reads the whole book. */
  TrustBook read() {
    return name.equals("-") ? reader.read(stdin) : reader.read(path());
  }
}
