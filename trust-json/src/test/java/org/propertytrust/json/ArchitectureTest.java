package org.propertytrust.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries of trust-json (DESIGN.md): it reads core and never sees trust-rules. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.propertytrust.json");

  @Test
  void jsonNeverSeesRules() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.propertytrust.rules..",
            "org.propertytrust.scenario..",
            "org.propertytrust.cli..",
            "org.propertytrust.bench..")
        .check(CLASSES);
  }
}
