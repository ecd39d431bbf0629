package org.propertytrust.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency directions of DESIGN.md, checked across every module at once. */
class ArchitectureTest {
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.propertytrust");

  @Test
  void coreDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.propertytrust.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.propertytrust.rules..",
            "org.propertytrust.json..",
            "org.propertytrust.scenario..",
            "org.propertytrust.cli..",
            "com.fasterxml..")
        .check(ALL);
  }

  @Test
  void rulesAndJsonNeverSeeEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.propertytrust.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.propertytrust.json..")
        .check(ALL);
    noClasses()
        .that()
        .resideInAPackage("org.propertytrust.json..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.propertytrust.rules..")
        .check(ALL);
  }

  @Test
  void scenariosDependOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.propertytrust.scenario..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.propertytrust.rules..", "org.propertytrust.json..", "org.propertytrust.cli..")
        .check(ALL);
  }
}
