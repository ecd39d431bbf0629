package org.propertytrust.cli;

import java.io.InputStream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The book a command reads, and how strictly: shared by the commands that read one. */
final class BookArgument {
  @Parameters(
      paramLabel = "BOOK",
      description = "The book (trust-book/1 JSON), or - for standard input.")
  String book;

  @Option(names = "--lenient", description = "Accept unknown fields, reporting each as a warning.")
  boolean lenient;

  /** The name to show for the book: the file name, or "standard input" for {@code -}. */
  String displayName() {
    return BookInput.displayName(book);
  }

  BookInput input(InputStream stdin) {
    return new BookInput(book, stdin, lenient);
  }
}
