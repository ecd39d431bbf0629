package org.propertytrust.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries of trust-rules (DESIGN.md): it reads core and never sees trust-json. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.propertytrust.rules");

  @Test
  void rulesNeverSeeJson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.propertytrust.json..",
            "org.propertytrust.scenario..",
            "org.propertytrust.cli..",
            "org.propertytrust.bench..")
        .check(CLASSES);
  }

  @Test
  void rulesUseNoJackson() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(CLASSES);
  }
}
