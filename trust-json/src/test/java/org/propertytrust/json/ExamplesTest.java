package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;

/** The reference books of FORMAT.md read, unchanged, to the books built in Java. */
class ExamplesTest {
  private final TrustBookReader reader = TrustBookReader.strict();

  @Test
  void threeUnitsReadsToTheBookBuiltInJava() {
    assertThat(reader.read(Resources.threeUnits())).isEqualTo(ExampleBooks.threeUnits());
  }

  @Test
  void mapleCourtReadsToTheBookBuiltInJava() {
    assertThat(reader.read(Resources.mapleCourt())).isEqualTo(ExampleBooks.mapleCourt());
  }

  @Test
  void examplesReadTheSameFromBytesFilesAndStreams(@TempDir Path dir) throws Exception {
    byte[] bytes = Resources.bytes("examples/maple-court.json");
    Path file = Files.write(dir.resolve("maple-court.json"), bytes);
    TrustBook expected = ExampleBooks.mapleCourt();
    assertThat(reader.read(bytes)).isEqualTo(expected);
    assertThat(reader.read(file)).isEqualTo(expected);
    assertThat(reader.read(new java.io.ByteArrayInputStream(bytes))).isEqualTo(expected);
  }
}
