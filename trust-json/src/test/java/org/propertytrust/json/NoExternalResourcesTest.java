package org.propertytrust.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.core.fixtures.ExampleBooks;

/**
 * The reader resolves nothing outside the document it is given. JSON itself has no external
 * entities; what could still reach out is code: the reader has no network code at all, opens files
 * only where the caller names them (the book's own file, the spool file of a stream, the file a
 * book is written to), and treats {@code $ref} and {@code $schema} as what they are in
 * trust-book/1, unknown fields.
 */
class NoExternalResourcesTest {
  private static final JavaClasses JSON =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.propertytrust.json");

  @TempDir Path dir;

  @Test
  void theReaderHasNoNetworkCode() {
    assertThat(JSON.contain(TrustBookReader.class)).isTrue();
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net..", "javax.net..", "java.rmi..", "javax.naming..")
        .check(JSON);
  }

  @Test
  void onlyTheSourceTheReaderAndTheWriterOpenFiles() {
    // Each opens only the path its caller gives (the book, the spool file, the output).
    noClasses()
        .that()
        .haveNameNotMatching(
            "org\\.propertytrust\\.json\\.(Source|TrustBookReader|TrustBookWriter)(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Files")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.nio.channels..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileInputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.RandomAccessFile")
        .check(JSON);
  }

  @Test
  void refAndSchemaAreUnknownFieldsNeverFollowed() throws Exception {
    // A $ref naming a file next to the book, with content that would change the book if read.
    Path target = dir.resolve("units.json");
    Files.writeString(target, "[{ \"id\": \"EVIL\", \"areaM2\": \"1.00\" }]");
    String book =
        Resources.threeUnits()
            .replace(
                "\"format\": \"trust-book/1\",",
                "\"format\": \"trust-book/1\", \"$schema\": \""
                    + target.toUri()
                    + "\", \"$ref\": \""
                    + target.toUri()
                    + "\",");
    Path file = dir.resolve("book.json");
    Files.writeString(file, book, StandardCharsets.UTF_8);
    try (BookStream stream = TrustBookReader.lenient().open(file)) {
      assertThat(stream.book()).isEqualTo(ExampleBooks.threeUnits());
      assertThat(stream.warnings())
          .extracting(ReadProblem::path)
          .containsExactly("/$schema", "/$ref");
    }
    assertThat(ReadErrorsTest.problems(book))
        .extracting(ReadProblem::path)
        .containsExactly("/$schema", "/$ref");
  }
}
